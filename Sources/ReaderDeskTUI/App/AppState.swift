import ReaderDeskCore
import ReaderDeskWords

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
