import ReaderDeskCore

public enum MatrixView: Sendable, Equatable {
    case today, grid, cell(Int), pyramid, trends
    /// The readers of one tier of the pyramid (vip, key, mid, basic).
    case pyramidTier(String)

    var isPyramidTier: Bool { if case .pyramidTier = self { return true } else { return false } }
}

/// A window of a long list: its true length, and the rows cached around the visible ones.
public struct ListWindow: Sendable {
    /// nil: not counted yet (or stale after a change).
    public var total: Int?
    public var cursor = ListCursor()
    public var offset = 0
    public var rows: [MatrixItem] = []
    public var stale = true

    public func row(_ i: Int) -> MatrixItem? {
        let j = i - offset
        return j >= 0 && j < rows.count ? rows[j] : nil
    }
}

public struct MatrixState: Sendable {
    public var row = 0, column = 0
    /// Opens on today's plan for the person at the keyboard.
    public var view: MatrixView = .today
    /// The grid and the cell lists: only the actions I own (`m`) or one colleague owns (`o`), of
    /// one value tier (`f`); a cell (`Enter`) zooms to its list.
    public var mine = false
    public var owner: ActionOwner?
    /// Who owns open actions, for `o` to go through (loaded with the grid).
    public var owners: [ActionOwner]?
    public var tier: ValueTier?
    public var summary: MatrixSummary?
    public var today: TodayList?
    public var todayCursor = ListCursor()
    public var list = ListWindow()
    public var pyramid: PyramidSummary?
    public var pyramidLoaded = false
    /// The pyramid's period: the last completed month, quarter (the default) or year (`f`).
    public var pyramidKind: Period.Kind = .quarter
    /// The band chosen with ↑/↓ (0 vip … 3 basic); Enter lists its readers.
    public var pyramidBand = 0
    public var tierReaders: [TierReader]?
    public var tierCursor = ListCursor()
    public var trends: (months: [Int], services: [ServiceUse])?
    public var selectedCell: Int { MatrixGrid.cell(row: row, column: column) }

    /// The filter behind the grid's counts, the cell lists and the status line's pending count.
    public func filter(owner: Int64?) -> ActionFilter {
        ActionFilter(ownerId: mine ? owner : self.owner?.id, valueTiers: tier.map { [$0] } ?? [])
    }

    /// The filter changed: counts and lists load again, from the top.
    public mutating func refilter() {
        summary = nil
        list = ListWindow()
    }
}
