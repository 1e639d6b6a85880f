/// A rectangle of the screen.
public struct Rect: Sendable, Equatable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) { self.x = x; self.y = y; self.width = width; self.height = height }
    /// The inside of a box drawn on this rectangle.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }
}

/// Where things go for a terminal size: from `wideWidth` columns the reader list across the
/// full width on top and the other panes side by side below it (as mail readers lay out an
/// index over a message), else one pane under a tab bar. Both update and render use it, so
/// they agree on page sizes. The list owns whole screen rows, so a one-row scroll is a
/// top/bottom scroll region (DECSTBM), which every terminal has, tmux and screen included:
/// no repaint of the panes below, and no need for left and right margins.
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
        let top = Layout.topHeight(h)
        guard pane != Layout.topPane else { return Rect(x: 0, y: 0, width: size.width, height: top) }
        let below = PaneID.ordered.filter { $0 != Layout.topPane }
        let columns = Layout.split(size.width, shares: below.map(\.share))
        let i = below.firstIndex(of: pane)!
        return Rect(x: columns[..<i].reduce(0, +), y: top, width: columns[i], height: h - top)
    }

    /// The most columns a list's selection covers: an 80-column screen's pane. Moving it repaints what
    /// it covers on two rows, and the lower panes of a very wide terminal are wider than that (a
    /// ticket move at 240 columns: 340 bytes with the whole row).
    public static let selectionColumns = 78

    /// The pane across the top of the wide layout: the reader list, the one that scrolls most.
    static let topPane = PaneID.readers

    /// Rows of the top pane out of the `rows` above the status line: the larger half.
    static func topHeight(_ rows: Int) -> Int { (rows + 1) / 2 }

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

    /// Lines of a scrolling text view in a pane (a profile, a ticket, a tier's readers): the wide
    /// layout's top and lower panes differ in height.
    public func textRows(in pane: PaneID) -> Int { max(1, (rect(of: pane, focus: pane)?.inner.height ?? 1)) }
}
