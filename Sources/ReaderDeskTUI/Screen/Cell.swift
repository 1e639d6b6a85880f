/// One terminal column. A wide character fills its own cell and marks the next one as a
/// continuation, so the grid always has exactly `width` columns per row.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// True for the right half of a wide character; nothing is drawn there.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A horizontal run of changed cells, in whole characters (a wide character and its
/// continuation travel together). `cells` includes continuation cells.
public struct ScreenRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
    public init(x: Int, y: Int, cells: [Cell]) { self.x = x; self.y = y; self.cells = cells }

    /// The visible text of the run (continuations skipped).
    public var text: String {
        var s = ""
        for c in cells where !c.isContinuation { s.append(c.character) }
        return s
    }
}
