/// A rectangle of the screen whose content moved one row up or down between two frames: a
/// list in one pane scrolled by a row while the panes beside it stayed put. A terminal that
/// can scroll a rectangle (left and right margins) sends one scroll instead of repainting the
/// pane's rows, and never the neighbouring panes'.
public struct ScrolledBlock: Sendable, Equatable {
    /// Rows and columns of the region, inclusive.
    public var top, bottom, left, right: Int
    /// True when the content moved up (the list scrolled down, a new row appears at the bottom).
    public var up: Bool
}

extension Screen {
    /// The largest block (at least `minimumRows` rows) whose changed rows are the previous frame's
    /// rows one up or down, or nil. Only the changed columns decide; the block stops short of any
    /// wide character it would cut in half.
    public func scrolledBlock(from previous: Screen, minimumRows: Int = 3) -> ScrolledBlock? {
        guard previous.width == width, previous.height == height, height > minimumRows else { return nil }
        var best: ScrolledBlock?
        for up in [true, false] {
            let d = up ? 1 : -1
            let rows = (0..<height).map { y in y + d >= 0 && y + d < height ? shiftedMatch(row: y, from: y + d, previous) : nil }
            var first = 0
            while first < height {
                guard rows[first] != nil else { first += 1; continue }
                // A run of matching rows; a row or two inside it that do not match (the selection
                // that moved off) are repainted after the scroll like any other change.
                var last = first, probe = first + 1
                while probe < height && probe - last <= 3 {
                    if rows[probe] != nil { last = probe }
                    probe += 1
                }
                let matched = (first...last).compactMap { rows[$0] }
                let (runFirst, runLast) = (first, last)
                first = last + 1
                guard matched.count >= minimumRows else { continue }
                let left = matched.map(\.same.lowerBound).max()!, right = matched.map(\.same.upperBound).min()!
                guard left <= right, matched.allSatisfy({ left <= $0.changed.lowerBound && $0.changed.upperBound <= right }) else {
                    continue
                }
                // Scrolling up, row y shows the old row y + 1 and the region's last row is the new one.
                let top = up ? runFirst : runFirst - 1, bottom = up ? runLast + 1 : runLast
                guard (top...bottom).allSatisfy({ !cutsWideCharacter(row: $0, left: left, right: right, previous) }) else { continue }
                if bottom - top > (best.map { $0.bottom - $0.top } ?? 0) {
                    best = ScrolledBlock(top: top, bottom: bottom, left: left, right: right, up: up)
                }
            }
        }
        return best
    }

    /// For a changed row whose changed cells all equal row `source` of `previous`: the changed
    /// columns and the widest stretch around them where the row equals that source row.
    private func shiftedMatch(row y: Int, from source: Int, _ previous: Screen) -> (changed: ClosedRange<Int>, same: ClosedRange<Int>)? {
        let base = y * width, sourceBase = source * width
        guard let first = (0..<width).first(where: { cells[base + $0] != previous.cells[base + $0] }),
            let last = (0..<width).last(where: { cells[base + $0] != previous.cells[base + $0] })
        else { return nil }
        let equal = { (x: Int) in self.cells[base + x] == previous.cells[sourceBase + x] }
        guard (first...last).allSatisfy(equal) else { return nil }
        var lo = first, hi = last
        while lo > 0 && equal(lo - 1) { lo -= 1 }
        while hi < width - 1 && equal(hi + 1) { hi += 1 }
        return (first...last, lo...hi)
    }

    private func cutsWideCharacter(row y: Int, left: Int, right: Int, _ previous: Screen) -> Bool {
        [self, previous].contains { s in
            s.cells[y * width + left].isContinuation || (right + 1 < width && s.cells[y * width + right + 1].isContinuation)
        }
    }
}

/// The escape sequences that scroll a rectangle by one row, on terminals with left and right
/// margins (xterm's DECLRMM/DECSLRM, VT420 and later): asked for once at start-up, used only
/// when the terminal answered.
enum PaneScroll {
    /// DECRQM: is mode 69 (left/right margins) known? The reply is ESC [ ? 69 ; n $ y.
    static let query = "\u{1b}[?69$p"

    /// Saves the cursor and its attributes, sets the margins, scrolls (SU/SD), resets them and
    /// restores the cursor, so ncurses' idea of the cursor and colours stays true. The uncovered
    /// row is cleared in the default colours (SGR 0 first).
    static func sequence(_ b: ScrolledBlock) -> String {
        "\u{1b}7\u{1b}[0m\u{1b}[?69h\u{1b}[\(b.top + 1);\(b.bottom + 1)r\u{1b}[\(b.left + 1);\(b.right + 1)s"
            + "\u{1b}[\(b.top + 1);\(b.left + 1)H\u{1b}[\(b.up ? "S" : "T")"
            + "\u{1b}[s\u{1b}[?69l\u{1b}[r\u{1b}8"
    }
}
