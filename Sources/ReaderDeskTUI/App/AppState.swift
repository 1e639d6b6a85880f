import ReaderDeskCore

/// Typing in the readers pane: the query, the hits for it, and which hit is selected.
public struct SearchState: Sendable {
    public var text = ""
    /// The text `results` belong to; differs from `text` until the loader catches up.
    public var loadedText: String?
    public var results: [Reader] = []
    public var cursor = ListCursor()
    /// Typing goes into the field. After `Esc` from a profile the search stays, unfocused, so
    /// keys are commands again (`1 2 3` switch panes); `/` focuses it again.
    public var focused = true
}

/// An open profile; `data` is nil until loaded. `viewed` turns true once the opening is in
/// the audit log, so live reloads of the same opening are not logged again.
public struct ProfileState: Sendable {
    public var card: String
    public var data: ReaderProfile?
    public var scroll = 0
    public var viewed = false
    /// The action the profile was opened from, shown at its top; `c` completes it.
    public var action: MatrixItem?
    /// The pane Esc returns to (the matrix, when opened from an action), where it was left.
    public var returnTo: PaneID?
}

public struct ReadersState: Sendable {
    public var scope: ReaderScope = .all
    /// nil: not counted yet (or stale after a change).
    public var total: Int?
    public var cursor = ListCursor()
    /// The cached rows `window` start at this index of the list.
    public var windowOffset = 0
    public var window: [Reader] = []
    /// Value tier and score of the readers loaded (window and search results), by id.
    public var values: [Int64: SevenP.Value] = [:]
    public var windowStale = true
    public var search: SearchState?
    public var profile: ProfileState?

    /// The row at list index `i`, if it is in the cached window.
    public func row(_ i: Int) -> Reader? {
        let j = i - windowOffset
        return j >= 0 && j < window.count ? window[j] : nil
    }
}

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

/// The ticket queue's filters: which tickets by status (the open queue first), a kind, and "assigned to me".
public struct TicketsState: Sendable {
    public var queue = TicketQueue.open
    public var kind: TicketKind?
    public var mine = false
    public var list: [TicketListing]?
    public var cursor = ListCursor()
    /// The id of the selected ticket, so a reload can find it again.
    public var selectedID: Int64?
    public var detailID: Int64?
    public var detail: TicketDetail?
    /// Reusable answers whose keywords the open ticket's subject holds.
    public var suggestions: [Answer] = []
    public var scroll = 0
}

/// Who is at the desk and the counts the status line shows.
public struct StatusInfo: Sendable {
    public var login: String
    public var role: Role
    public var pending: Int?
    public var overdue = 0
    /// Contacts whose follow-up date has come and that no later contact has settled.
    public var followUps = 0
    /// The channel of this person's last contact: the contact form's default.
    public var lastChannel: Channel = .inPerson
    /// Counts need reloading (at start and after a change in the database).
    public var stale = true
    public var now: Int64
    public init(login: String, role: Role, now: Int64) { self.login = login; self.role = role; self.now = now }
}

/// How many lines each scrolling text has at the current size: the view measures them
/// (`AppRender.measure`) before a key is handled, so update knows the scroll limits without
/// building lines itself. 0 while a text is not loaded.
public struct LineCounts: Sendable, Equatable {
    public var help = 0
    public var profile = 0
    public var ticket = 0
    public init(help: Int = 0, profile: Int = 0, ticket: Int = 0) { self.help = help; self.profile = profile; self.ticket = ticket }
}

/// The whole app as a value: update changes it, render draws it.
public struct AppState: Sendable {
    public var size: TerminalSize
    public var language: Language
    /// The key table in force (defaults plus the user's overrides): dispatch and help use it.
    public var keys: KeyBindings
    /// Dates and months in the library's time zone.
    public let calendar: LibraryCalendar
    public var focus: PaneID = .readers
    public var help: Int?  // the help overlay's scroll, nil when closed
    /// The open form, drawn over the panes; it keeps its text through live reloads.
    public var form: Form?
    /// The effects of the key being handled, gathered as it is resolved; `handle` returns them.
    var effects: [AppEffect] = []
    public var readers = ReadersState()
    public var matrix = MatrixState()
    public var tickets = TicketsState()
    public var status: StatusInfo
    public var lineCounts = LineCounts()
    public var message: String?
    public var quit = false

    public init(
        size: TerminalSize, language: Language, status: StatusInfo,
        keys: KeyBindings = KeyBindings(), calendar: LibraryCalendar = .current
    ) {
        self.size = size
        self.language = language
        self.status = status
        self.keys = keys
        self.calendar = calendar
    }

    public var layout: Layout { Layout(size) }
    public var text: Localisation { Localisation(language) }

    /// Where keys go: an overlay, a text field, or the focused pane.
    public var keyContext: KeyContext {
        if help != nil { return .overlay }
        if form != nil { return .form }
        if focus == .readers, readers.search?.focused == true, readers.profile == nil { return .textInput }
        return focus.context
    }

    /// Forgets loaded data so the loader fetches it again, keeping selections (live refresh).
    public mutating func markStale() {
        status.stale = true
        readers.total = nil
        readers.windowStale = true
        readers.search?.loadedText = nil
        if readers.profile != nil { readers.profile?.data = nil }
        matrix.summary = nil
        matrix.today = nil
        matrix.list.total = nil
        matrix.list.stale = true
        matrix.pyramidLoaded = false
        matrix.tierReaders = nil
        matrix.trends = nil
        tickets.list = nil
        tickets.detail = nil
        form?.lookup?.stale = true  // look the reader up again, keeping what was typed
    }
}
