/// A rectangle of the screen.
public struct Rect: Sendable, Equatable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) { self.x = x; self.y = y; self.width = width; self.height = height }
    /// The inside of a box drawn on this rectangle.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }
}

/// Where things go for a terminal size: three panes side by side from `wideWidth` columns,
/// else one pane under a tab bar. Both update and render use it, so they agree on page sizes.
public struct Layout: Sendable, Equatable {
    public static let minimum = (width: 60, height: 16)
    public static let wideWidth = 160

    public let size: TerminalSize
    public var tooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }
    public var wide: Bool { size.width >= Layout.wideWidth }
    public var statusLine: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
    public var tabBar: Rect? { wide ? nil : Rect(x: 0, y: 0, width: size.width, height: 1) }

    public init(_ size: TerminalSize) { self.size = size }

    /// The rectangle of a pane, or nil when it is not shown (narrow layout, another tab).
    public func rect(of pane: PaneID, focus: PaneID) -> Rect? {
        let h = size.height - 1
        guard wide else {
            return pane == focus ? Rect(x: 0, y: 1, width: size.width, height: h - 1) : nil
        }
        let columns = Layout.split(size.width, shares: PaneID.ordered.map(\.share))
        let i = PaneID.ordered.firstIndex(of: pane)!
        return Rect(x: columns[..<i].reduce(0, +), y: 0, width: columns[i], height: h)
    }

    /// Widths for side-by-side panes: each takes its share of what the panes before it left
    /// (rounded down), so the last takes the rest and the widths add up to `width`.
    static func split(_ width: Int, shares: [Int]) -> [Int] {
        var left = width, sharesLeft = shares.reduce(0, +)
        return shares.map { share in
            let w = sharesLeft == share ? left : left * share / sharesLeft
            left -= w
            sharesLeft -= share
            return w
        }
    }

    /// Rows of the reader list: the box, a column header and (while searching) the search line.
    public func readerRows(searching: Bool) -> Int {
        let inner = (rect(of: .readers, focus: .readers) ?? Rect(x: 0, y: 0, width: 0, height: 0)).inner
        return max(1, inner.height - 1 - (searching ? 1 : 0))
    }

    /// Rows of the ticket queue: the box, the filter line and a column header.
    public var ticketRows: Int {
        let inner = (rect(of: .tickets, focus: .tickets) ?? Rect(x: 0, y: 0, width: 0, height: 0)).inner
        return max(1, inner.height - 2)
    }

    /// Columns of the ticket view's text, which wraps to them.
    public var ticketTextWidth: Int { (rect(of: .tickets, focus: .tickets)?.inner.width ?? size.width) }

    /// Rows of a matrix list (today's plan, a cell): the box and a header line with a blank under it.
    public var matrixRows: Int {
        let inner = (rect(of: .matrix, focus: .matrix) ?? Rect(x: 0, y: 0, width: 0, height: 0)).inner
        return max(1, inner.height - 3)
    }

    /// Lines of a scrolling text view (profile, ticket, help) in a pane.
    public var textRows: Int { max(1, (rect(of: .readers, focus: .readers)?.inner.height ?? 1)) }
}
