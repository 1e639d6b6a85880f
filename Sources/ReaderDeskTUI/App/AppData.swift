import ReaderDeskCore

/// The app's only way to the database: small queries for what is on screen (a window of
/// readers, one profile, the queue), never whole tables, and the writes a form or a key asks
/// for. The handle is private, so nothing else in the app reaches the database.
/// Errors become messages, not crashes.
public final class AppData {
    private let database: AppDatabase
    public let staff: Staff
    /// "Now": fixed by `$READERDESK_NOW`, else the wall clock.
    public let clock: @Sendable () -> Int64
    /// When a background thread keeps the matrix actions fresh (the real app), panes read the
    /// actions as stored and never wait for the rules; otherwise (tests) they refresh first.
    public var refreshesInBackground = false
    public var calendar: LibraryCalendar { database.calendar }

    public init(database: AppDatabase, staff: Staff, clock: @escaping @Sendable () -> Int64) {
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

    /// The value tier and score of these readers.
    public func values(_ readers: [Reader]) throws -> [Int64: SevenP.Value] {
        try database.readerValues(ids: readers.compactMap(\.id))
    }

    public func search(_ text: String, limit: Int = 200) throws -> [Reader] {
        try database.searchReaders(actor, text, limit: limit)
    }

    public func suggestedAnswers(subject: String) throws -> [Answer] { try database.suggestedAnswers(subject: subject) }

    /// Reusable answers for a reply: those found by what was typed, or with nothing typed the
    /// ones the ticket's subject suggests, then the rest.
    public func answers(matching query: String, ticket: Int64) throws -> [Answer] {
        guard query.trimmingCharacters(in: .whitespaces).isEmpty else { return try database.answers(matching: query) }
        let suggested = try database.suggestedAnswers(subject: try database.ticketDetail(id: ticket).ticket.subject)
        let ids = Set(suggested.map(\.id))
        return suggested + (try database.answers()).filter { !ids.contains($0.id) }
    }

    /// `audit` only for a new opening: live reloads of an open profile are not new looks.
    public func profile(card: String, audit: Bool = true) throws -> ReaderProfile {
        try database.profile(actor, card: card, audit: audit)
    }

    public func staffList() throws -> [Staff] { try database.allStaff() }

    public func lastChannel() throws -> Channel? { try database.lastChannel(staffId: staff.id!) }

    public func dueFollowUpCount() throws -> Int { try database.dueFollowUpCount(actor) }

    public func tickets(_ filter: TicketFilter) throws -> [TicketListing] { try database.tickets(filter) }

    public func ticketDetail(id: Int64) throws -> TicketDetail { try database.ticketDetail(id: id) }

    public func overdueTickets() throws -> Int { try database.overdueTicketCount(now: clock()) }

    /// The rules run first in tests; the real app refreshes them in the background.
    private func refreshUnlessBackground() throws {
        if !refreshesInBackground { try database.refreshActionsIfStale(now: clock()) }
    }

    /// Who owns open actions, by login (the matrix's `o`).
    public func actionOwners() throws -> [ActionOwner] { try database.actionOwners() }

    /// The six cells with their counts and top actions, under the pane's filter: the counts
    /// come from the same filter as the lists, so headers, lists and the status line agree.
    public func matrix(_ base: ActionFilter = ActionFilter()) throws -> MatrixSummary {
        try refreshUnlessBackground()
        var cells: [MatrixCellSummary] = []
        for info in MatrixCellInfo.all {
            var f = base
            f.cell = info.cell
            let count = try database.actionCount(f)
            f.limit = 5
            cells.append(MatrixCellSummary(cell: info.cell, count: count, top: try database.actionsCached(f).map(Self.item)))
        }
        return MatrixSummary(cells: cells, pending: cells.reduce(0) { $0 + $1.count })
    }

    /// How many open actions a filter finds: a list's true length.
    public func actionCount(_ filter: ActionFilter) throws -> Int { try database.actionCount(filter) }

    /// One page of a filtered list of open actions, highest priority first.
    public func actions(_ base: ActionFilter, offset: Int, limit: Int) throws -> [MatrixItem] {
        try refreshUnlessBackground()
        var f = base
        f.offset = offset
        f.limit = limit
        return try database.actionsCached(f).map(Self.item)
    }

    /// The plan of the person at the keyboard for today.
    public func today() throws -> TodayList {
        try refreshUnlessBackground()
        // The pane lists today's items and counts the backlog: none of the backlog's rows are read.
        let plan = try database.todayPlanCached(actor, backlogDays: 0)
        return TodayList(capacity: plan.capacity, items: plan.items.map(Self.item), backlog: plan.backlogCount)
    }

    static func item(_ a: ActionListing) -> MatrixItem {
        var m = MatrixItem(
            subject: a.card ?? a.service ?? "", name: a.readerName ?? a.service ?? "", reason: a.reason, due: a.due,
            actionID: a.id, card: a.card, cell: a.cell)
        m.kind = a.rule == "follow-up" ? .followUp : .action
        m.priority = a.priority; m.valueTier = a.valueTier; m.step = a.step; m.owner = a.owner
        return m
    }

    static func item(_ p: PlanItem) -> MatrixItem {
        var m = MatrixItem(
            subject: p.card ?? "", name: p.name ?? p.card ?? "", reason: p.reason, due: p.due,
            actionID: p.action, card: p.card, cell: p.cell)
        m.kind = p.kind == .ticket ? .ticket : p.kind == .followUp ? .followUp : .action
        m.ticketID = p.ticket
        m.priority = p.priority; m.valueTier = p.valueTier; m.step = p.step; m.owner = p.owner
        return m
    }

    /// The last completed month, quarter or year before now.
    public func lastCompleted(_ kind: Period.Kind) throws -> Period {
        let now = clock(), month = calendar.monthKey(now)
        switch kind {
        case .month:
            let m = calendar.previousMonth(month)
            return try calendar.period(String(format: "%04d-%02d", m / 100, m % 100))
        case .year: return try calendar.period(String(month / 100 - 1))
        default: return calendar.previous(calendar.quarter(containing: now))
        }
    }

    /// The value pyramid of the last completed period of `kind` (a quarter by default), with each
    /// band's change since the period before it and the tier's goal when the library set one.
    public func pyramid(kind: Period.Kind = .quarter) throws -> PyramidSummary? {
        let last = try lastCompleted(kind)
        // The bands are sizes only, and the sizes follow from the active count: no ranking.
        let (earlier, later) = (try database.pyramidSize(calendar.previous(last)), try database.pyramidSize(last))
        let goals = try database.tierGoalPhrases()
        let bands = ValueTier.allCases.map { tier -> PyramidBand in
            let count = tier == .inactive ? later.inactive : later.tiers[tier]
            let before = tier == .inactive ? earlier.inactive : earlier.tiers[tier]
            return PyramidBand(tier: tier.rawValue, count: count, change: count - before, goal: goals[tier])
        }
        return PyramidSummary(period: last.label, bands: bands)
    }

    /// The readers of one tier in the last completed period of `kind`, best first, with what moved them.
    public func tierReaders(kind: Period.Kind, tier: String) throws -> [TierReader] {
        try database.tierReaders(try lastCompleted(kind), tier: try ValueTier.parse(tier))
    }

    /// Use of every service over the last `months` months, for sparklines and bars.
    public func serviceTrends(months count: Int = 12) throws -> (months: [Int], services: [ServiceUse]) {
        let t = try database.serviceTrends(now: clock(), months: count)
        // The pane lists the services used in the window, most used first.
        var used: [ServiceUse] = []
        for series in t.services {
            let total = series.uses.reduce(0, +)
            if total > 0 {
                used.append(ServiceUse(service: series.service, name: series.name, total: total, lastAt: 0, monthly: series.uses))
            }
        }
        used.sort { $0.total != $1.total ? $0.total > $1.total : $0.service < $1.service }
        return (t.months, used)
    }

    /// After a contact logged from an action: true once the action is done (the contact's
    /// cell may already have completed it).
    public func finishAction(_ id: Int64, card: String) throws -> Bool {
        let done = try database.actions(actor, ActionFilter(statuses: [.done], card: card, limit: 10_000), refresh: .fresh).value
        if done.contains(where: { $0.id == id }) { return true }
        try database.completeAction(actor, id: id)
        return true
    }

    public func snoozeAction(_ id: Int64, until day: String) throws {
        try database.snoozeAction(actor, id: id, until: day)
    }

    public func dismissAction(_ id: Int64, reason: String) throws {
        try database.dismissAction(actor, id: id, reason: reason)
    }

    // MARK: Writes: each as the person at the keyboard, now.

    public func logContact(_ input: ContactInput) throws { _ = try database.logContact(actor, input) }

    public func newTicket(kind: TicketKind, subject: String, body: String, card: String?, priority: Priority) throws -> Ticket {
        try database.newTicket(actor, kind: kind, subject: subject, body: body, card: card, priority: priority)
    }

    public func replyTicket(_ id: Int64, text: String, internal isInternal: Bool, expectedVersion: Int) throws -> MailDelivery? {
        try database.replyTicket(actor, id: id, text: text, internal: isInternal, expectedVersion: expectedVersion).mail
    }

    public func recordAnswerUse(_ answer: Int64, ticket: Int64) throws {
        try database.recordAnswerUse(actor, answerId: answer, ticketId: ticket)
    }

    public func linkTicket(_ id: Int64, card: String, expectedVersion: Int) throws {
        _ = try database.linkTicket(actor, id: id, card: card, expectedVersion: expectedVersion)
    }

    public func setTicketStatus(_ id: Int64, to status: TicketStatus, expectedVersion: Int) throws {
        _ = try database.setTicketStatus(actor, id: id, to: status, expectedVersion: expectedVersion)
    }

    public func resolveTicket(_ id: Int64, satisfaction: Int?, expectedVersion: Int) throws {
        _ = try database.resolveTicket(actor, id: id, satisfaction: satisfaction, expectedVersion: expectedVersion)
    }

    public func assignTicket(_ id: Int64, to login: String, expectedVersion: Int) throws {
        _ = try database.assignTicket(actor, id: id, to: login, expectedVersion: expectedVersion)
    }

    public func addReader(card: String, fields: ReaderFields) throws { _ = try database.addReader(actor, card: card, fields: fields) }

    public func updateReader(card: String, fields: ReaderFields) throws { _ = try database.updateReader(actor, card: card, fields: fields) }

    public func addLifeEvent(card: String, kind: LifeEventKind, date: String, note: String?) throws {
        _ = try database.addLifeEvent(actor, card: card, kind: kind, date: date, note: note)
    }

    /// Every rule of the six cells evaluated afresh (the benchmark times this).
    public func refreshActions(now: Int64, force: Bool) throws { try database.refreshActions(now: now, force: force) }

    /// The background thread's work: idle readers lapse and stale actions refresh. The closure
    /// holds the database and the clock, not this object, so the thread shares nothing else.
    public var backgroundRefresh: @Sendable () -> Void {
        let database = database, clock = clock
        return {
            try? database.lapseIdleReadersIfDue(now: clock())
            try? database.refreshActionsIfStale(now: clock())
        }
    }
}
