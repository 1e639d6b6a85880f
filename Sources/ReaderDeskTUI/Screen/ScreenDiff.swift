extension Screen {
    /// The runs of cells that differ from `previous`, row by row, so a terminal can send only
    /// those. Runs are widened to whole characters; two changes separated by a short gap of
    /// unchanged cells are merged (one cursor move costs more than a few repeated cells).
    /// A screen of a different size counts as fully changed.
    public func diff(from previous: Screen?, mergeGap: Int = 3) -> [ScreenRun] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { row in
                ScreenRun(x: 0, y: row, cells: Array(cells[row * width..<(row + 1) * width]))
            }
        }
        var runs: [ScreenRun] = []
        for row in 0..<height {
            let base = row * width
            var col = 0
            var start = -1, end = -1  // current run, end exclusive
            while col < width {
                if cells[base + col] != previous.cells[base + col] {
                    var s = col, e = col + 1
                    // Keep wide characters whole in both the new and the old frame.
                    if s > 0 && (cells[base + s].isContinuation || previous.cells[base + s].isContinuation) { s -= 1 }
                    if e < width && (cells[base + e].isContinuation || previous.cells[base + e].isContinuation) { e += 1 }
                    if start >= 0 && s - end <= mergeGap {
                        end = max(end, e)
                    } else {
                        if start >= 0 { runs.append(run(row, start, end)) }
                        start = s; end = e
                    }
                    col = e
                } else {
                    col += 1
                }
            }
            if start >= 0 { runs.append(run(row, start, end)) }
        }
        return runs
    }

    private func run(_ row: Int, _ start: Int, _ end: Int) -> ScreenRun {
        ScreenRun(x: start, y: row, cells: Array(cells[row * width + start..<row * width + end]))
    }
}
