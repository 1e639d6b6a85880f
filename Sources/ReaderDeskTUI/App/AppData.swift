import ReaderDeskCore

/// The app's only way to the database: small queries for what is on screen (a window of
/// readers, one profile, the queue), never whole tables. Errors become messages, not crashes.
public final class AppData {
    public let database: AppDatabase
    public let staff: Staff
    /// "Now": fixed by `$READERDESK_NOW`, else the wall clock.
    public let clock: () -> Int64
    public var calendar: LibraryCalendar { database.calendar }

    public init(database: AppDatabase, staff: Staff, clock: @escaping () -> Int64) {
        self.database = database
        self.staff = staff
        self.clock = clock
    }

    public var actor: Actor { Actor(staff: staff, now: clock()) }

    public func dataVersion() -> Int { (try? database.dataVersion()) ?? 0 }

    public func readerCount(_ scope: ReaderScope) throws -> Int {
        try database.readerCount(actor, scope: scope)
    }

    public func readers(_ scope: ReaderScope, offset: Int, limit: Int) throws -> [Reader] {
        try database.readerWindow(actor, scope: scope, offset: offset, limit: limit)
    }

    public func search(_ text: String, limit: Int = 200) throws -> [Reader] {
        try database.searchReaders(actor, text, limit: limit)
    }

    /// `audit` only for a new opening: live reloads of an open profile are not new looks.
    public func profile(card: String, audit: Bool = true) throws -> ReaderProfile {
        try database.profile(actor, card: card, audit: audit)
    }

    public func staffList() throws -> [Staff] { try database.allStaff() }

    public func lastChannel() throws -> Channel? { try database.lastChannel(staffId: staff.id!) }

    public func dueFollowUps() throws -> [ContactListing] { try database.dueFollowUps(actor, limit: 50) }

    public func dueFollowUpCount() throws -> Int { try database.dueFollowUpCount(actor) }

    public func tickets(_ filter: TicketFilter) throws -> [TicketListing] { try database.tickets(filter) }

    public func ticketDetail(id: Int64) throws -> TicketDetail { try database.ticketDetail(id: id) }

    public func overdueTickets() throws -> Int { try database.overdueTicketCount(now: clock()) }

    /// The six cells with their counts and top actions. Empty until the matrix rules exist.
    public func matrix() throws -> MatrixSummary {
        MatrixSummary(cells: [], pending: 0)
    }

    /// All open actions of one cell.
    public func cellActions(_ cell: Int) throws -> [MatrixItem] { [] }

    /// The value pyramid of the current period, or nil when ranking is not available.
    public func pyramid() throws -> PyramidSummary? { nil }

    /// Use of every service over the last `months` months, for sparklines and bars.
    public func serviceTrends(months count: Int = 12) throws -> (months: [Int], services: [ServiceUse]) {
        var keys = [calendar.monthKey(clock())]
        while keys.count < count { keys.insert(calendar.previousMonth(keys[0]), at: 0) }
        return (keys, try database.serviceTrends(months: keys))
    }

    /// After a contact logged from an action: true once the action is done (the contact's
    /// cell may already have completed it).
    public func finishAction(_ id: Int64) throws -> Bool { false }

    public func snoozeAction(_ id: Int64, until day: String) throws {
        throw ReaderDeskError.invalid("matrix actions are not installed yet")
    }

    public func dismissAction(_ id: Int64, reason: String) throws {
        throw ReaderDeskError.invalid("matrix actions are not installed yet")
    }
}
