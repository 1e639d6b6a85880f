import ReaderDeskCore

/// What the matrix pane needs loaded: counts, Today, a cell's window of actions, the pyramid, the trends.
extension AppLoader {
    func syncMatrix(_ s: inout AppState) throws {
        let filter = s.matrix.filter(owner: data.staff.id)
        if s.matrix.summary == nil { s.matrix.summary = try data.matrix(filter) }
        if s.matrix.owners == nil { s.matrix.owners = try data.actionOwners() }
        switch s.matrix.view {
        case .today:
            if s.matrix.today == nil { s.matrix.today = try data.today() }
        case .grid:
            break
        case .cell(let n):
            var f = filter
            f.cell = n
            try syncWindow(&s.matrix.list, filter: f, visible: s.layout.matrixRows)
        case .pyramid:
            if !s.matrix.pyramidLoaded {
                s.matrix.pyramid = try data.pyramid(kind: s.matrix.pyramidKind)
                s.matrix.pyramidLoaded = true
            }
        case .pyramidTier(let tier):
            if s.matrix.tierReaders == nil { s.matrix.tierReaders = try data.tierReaders(kind: s.matrix.pyramidKind, tier: tier) }
        case .trends:
            if s.matrix.trends == nil { s.matrix.trends = try data.serviceTrends() }
        }
    }

    /// Counts a cell's list and fetches three screens around the visible rows, as the reader
    /// list does: every item can be reached, and a move within the window needs no query.
    func syncWindow(_ w: inout ListWindow, filter: ActionFilter, visible: Int) throws {
        if w.total == nil {
            w.total = try data.actionCount(filter)
            w.stale = true
        }
        if let offset = w.cursor.windowToLoad(total: w.total ?? 0, visible: visible, offset: w.offset, cached: w.rows.count, stale: w.stale)
        {
            w.rows = try data.actions(filter, offset: offset, limit: visible * 3)
            w.offset = offset
            w.stale = false
        }
    }
}
