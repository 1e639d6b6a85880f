import ReaderDeskCore

/// The frame being drawn: a grid of cells, built by rendering and then flushed by a
/// Terminal. Being a plain value makes snapshot tests and minimal flushing easy.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Draws one line of text at (x, y), sanitised, clipped to `maxWidth` columns and to the
    /// screen. A wide character that does not fit whole becomes a space.
    /// Returns the column just after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return x }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var col = x
        for ch in Sanitizer.singleLine(text) {
            if col >= limit { break }
            let w = DisplayWidth.width(of: ch)
            if w == 0 { continue }  // a lone combining mark has nothing to sit on
            if col < 0 { col += w; continue }  // starts left of the screen: skip what is off it
            if w == 2 && col + 1 >= limit {
                set(x: col, y: y, Cell(" ", style: style))
                col += 1
                break
            }
            set(x: col, y: y, Cell(ch, style: style))
            if w == 2 { set(x: col + 1, y: y, Cell(" ", style: style, isContinuation: true)) }
            col += w
        }
        return col
    }

    /// Fills a rectangle (clipped to the screen) with one narrow character.
    public mutating func fill(
        x: Int, y: Int, width w: Int, height h: Int,
        character: Character = " ", style: Style = .normal
    ) {
        let ch = DisplayWidth.width(of: character) == 1 ? character : " "
        let x0 = max(0, x), x1 = min(width, x + w)
        let y0 = max(0, y), y1 = min(height, y + h)
        guard x0 < x1 && y0 < y1 else { return }
        for row in y0..<y1 {
            for col in x0..<x1 { set(x: col, y: row, Cell(ch, style: style)) }
        }
    }

    /// Changes only the style of a rectangle, keeping the characters (e.g. a selection bar).
    public mutating func restyle(x: Int, y: Int, width w: Int, height h: Int = 1, style: Style) {
        let x0 = max(0, x), x1 = min(width, x + w)
        let y0 = max(0, y), y1 = min(height, y + h)
        guard x0 < x1 && y0 < y1 else { return }
        for row in y0..<y1 {
            for col in x0..<x1 { cells[row * width + col].style = style }
        }
    }

    public mutating func clear(style: Style = .normal) {
        fill(x: 0, y: 0, width: width, height: height, style: style)
    }

    /// Rows as plain strings with trailing spaces trimmed: the form snapshot tests compare.
    public func lines() -> [String] {
        (0..<height).map { row in
            var s = ""
            for col in 0..<width {
                let c = cells[row * width + col]
                if !c.isContinuation { s.append(c.character) }
            }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    public func text() -> String { lines().joined(separator: "\n") }

    /// Writes one cell, repairing any wide character it cuts in half: the orphaned half
    /// becomes a space so the grid never holds half a character.
    mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation && !cell.isContinuation && x > 0 {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if !old.isContinuation && x + 1 < width && cells[i + 1].isContinuation {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }
}
