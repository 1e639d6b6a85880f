import ReaderDeskCore
import ReaderDeskWords

/// One attention item of a matrix cell or of today's plan: a reader or service, why, what to
/// do, when and by whom, with its priority.
public struct MatrixItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case action, followUp, ticket }
    /// A card number or a service code.
    public var subject: String
    public var name: String
    /// Why, as the core hands it over: rendered in the viewer's language (`Words.render`).
    public var reason: Phrase
    public var due: String?
    /// The action behind the item (done, snoozed or dismissed by id) and its reader, if any.
    public var actionID: Int64?
    public var card: String?
    public var cell: Int?
    public var kind: Kind = .action
    public var ticketID: Int64?
    public var priority: Double = 0
    public var valueTier: ValueTier?
    /// What to do, rendered like the reason.
    public var step: Phrase?
    public var owner: String?
    public init(
        subject: String, name: String, reason: Phrase, due: String? = nil,
        actionID: Int64? = nil, card: String? = nil, cell: Int? = nil
    ) {
        self.subject = subject; self.name = name; self.reason = reason; self.due = due
        self.actionID = actionID; self.card = card; self.cell = cell
    }
}

/// Today's plan as the pane shows it: the items that fit the capacity, and how many wait.
public struct TodayList: Sendable, Equatable {
    public var capacity: Int
    public var items: [MatrixItem]
    public var backlog: Int
    public init(capacity: Int, items: [MatrixItem], backlog: Int) { self.capacity = capacity; self.items = items; self.backlog = backlog }
}

/// One of the six cells: 1–3 about services, 4–6… see `MatrixCellID`.
public struct MatrixCellSummary: Sendable, Equatable {
    public var cell: Int
    public var count: Int
    public var top: [MatrixItem]
    public init(cell: Int, count: Int, top: [MatrixItem]) { self.cell = cell; self.count = count; self.top = top }
}

/// The 2×3 grid as the pane draws and walks it: the places come from the core's cell table
/// (`MatrixCellInfo.at(row:column:)` and its inverse `row`/`column`); this adds the words and glyphs.
public enum MatrixGrid {
    public static var rows: Int { MatrixCellInfo.rows }
    public static var columns: Int { MatrixCellInfo.columns }
    /// Cell number (1...6) at grid row (0 service, 1 reader) and column (0 care, 1 remind, 2 trend).
    public static func cell(row: Int, column: Int) -> Int { MatrixCellInfo.at(row: row, column: column).cell }
    /// The place of cell number `n` in the grid.
    public static func place(of n: Int) -> (row: Int, column: Int) {
        let info = MatrixCellInfo.numbered(n)!
        return (info.row, info.column)
    }
    public static let circled: [Character] = ["①", "②", "③", "④", "⑤", "⑥"]
    static let rowTitles: [Bilingual] = [Words.matrixService, Words.matrixReader]
    static let columnTitles: [Bilingual] = [Words.matrixCare, Words.matrixRemind, Words.matrixTrend]
}

/// A band of the value pyramid with its movement since the previous period.
public struct PyramidBand: Sendable, Equatable {
    /// The tiers drawn as bands, top first (inactive readers are a line below).
    public static let ranked: [ValueTier] = [.vip, .key, .mid, .basic]
    public var tier: String  // vip, key, mid, basic, inactive
    public var count: Int
    public var change: Int?
    /// What the library wants for this tier: its own `pyramid.goal.TIER`, else the default goal
    /// (`AppDatabase.tierGoalPhrases`), rendered in the viewer's language.
    public var goal: Phrase?
    public init(tier: String, count: Int, change: Int? = nil, goal: Phrase? = nil) {
        self.tier = tier; self.count = count; self.change = change; self.goal = goal
    }
}

public struct PyramidSummary: Sendable, Equatable {
    public var period: String
    public var bands: [PyramidBand]
    public init(period: String, bands: [PyramidBand]) { self.period = period; self.bands = bands }
}

/// Everything the matrix pane shows; `cells` is empty when the matrix rules are not installed.
public struct MatrixSummary: Sendable, Equatable {
    public var cells: [MatrixCellSummary]
    public var pending: Int
    public init(cells: [MatrixCellSummary], pending: Int) { self.cells = cells; self.pending = pending }
    public func cell(_ n: Int) -> MatrixCellSummary? { cells.first { $0.cell == n } }
}

extension Words {
    /// What kind of item a matrix row is, in the catalogue's words.
    static func kind(_ k: MatrixItem.Kind) -> Bilingual {
        switch k {
        case .action: return kindAction
        case .followUp: return kindFollowUp
        case .ticket: return kindTicket
        }
    }
}
