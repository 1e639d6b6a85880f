import Foundation
import GRDB

/// One item of a person's day: a matrix action, a follow-up they promised, or a ticket of theirs.
public struct PlanItem: Sendable, Equatable, Codable {
    public enum Kind: String, Codable, Sendable { case action, followUp = "follow-up", ticket }
    public var kind: Kind
    public var action: Int64?
    public var ticket: Int64?
    public var cell: Int?
    public var rule: String
    public var card: String?
    public var name: String?
    public var valueTier: ValueTier?
    public var priority: Double
    public var reason: Phrase
    public var step: Phrase
    public var due: String
    public var owner: String?
    /// A backlog item's working day, as the person's capacity allows.
    public var planned: String?

    enum CodingKeys: String, CodingKey {
        case kind, action, ticket, cell, rule, card, name, priority, reason, step, due, owner, planned
        case valueTier = "value_tier"
    }
}

/// A person's plan for a day: at most their capacity, highest priority first; what does not fit
/// is the backlog, spread over the next working days by the same capacity. Nothing is dropped.
public struct TodayPlan: Sendable, Equatable {
    public var login: String
    public var date: String
    public var capacity: Int
    public var items: [PlanItem]
    /// The backlog, or its first items when the plan was asked for a window of it.
    public var backlog: [PlanItem]
    /// The whole backlog's size and its last planned working day, whatever part of it `backlog` holds.
    public var backlogCount: Int
    public var backlogThrough: String?
}

extension AppDatabase {
    /// The plan of `login` (default: the actor) for the actor's day. Reading another person's plan
    /// is for librarians and administrators; everyone may read their own. The actions are brought
    /// up to date as `refresh` asks (the day's first full refresh does not wait by default).
    public func todayPlan(
        _ actor: Actor, login: String? = nil, refresh: ActionRefresh = .background
    ) throws -> ActionAnswer<TodayPlan> {
        if let login, login != actor.staff.login { try actor.require(.reassignActions) }
        let freshness = try prepareActions(now: actor.now, refresh)
        return ActionAnswer(value: try todayPlanCached(actor, login: login), freshness: freshness)
    }

    /// The plan from the stored actions, with no refresh (the app refreshes in the background).
    /// `backlogDays` keeps only the backlog planned for that many next working days (what a person
    /// reads); the count and last planned day still cover the whole backlog, and only the rows kept
    /// are read — a busy owner of a big library has thousands planned (README "Today's plan").
    public func todayPlanCached(_ actor: Actor, login: String? = nil, backlogDays: Int? = nil) throws -> TodayPlan {
        if let login, login != actor.staff.login { try actor.require(.reassignActions) }
        let today = calendar.dayString(actor.now)
        return try read { db in
            let staff = try login.map { try Self.staff(db, login: $0) } ?? actor.staff
            let capacity = try Self.capacity(db, staffId: staff.id!)
            let tickets = try Self.ticketItems(db, staff: staff, now: actor.now, cal: calendar)
            // A complaint the person answers as its ticket's assignee is one item, not two.
            let own = Set(tickets.compactMap { $0.ticket.map(String.init) })
            let isTwice = { (a: ActionListing) in a.rule == "complaint" && own.contains(a.reason.arguments.first ?? "") }
            let due = ActionFilter(ownerId: staff.id, limit: Int.max, dueBy: today)
            let backlogLimit = backlogDays.map { max(0, $0) * capacity }
            var actions: [ActionListing]
            var counted: Int?  // the due actions not twice, when only a window of them is read
            if let backlogLimit {
                // The top rows by the same order as the sort below, and enough more for those dropped as twice.
                var window = due
                window.limit = capacity + backlogLimit + own.count
                actions = try Self.actions(db, window)
                // Complaints are few: read through the rule's index, not each of the person's due rows.
                let complaints = try String.fetchAll(
                    db,
                    sql: """
                        SELECT reason FROM action INDEXED BY action_rule
                        WHERE rule = 'complaint' AND status = 'open' AND held = 0 AND owner_id = ? AND due <= ?
                        """, arguments: [staff.id, today])
                let twice = complaints.filter { own.contains(Phrase.stored($0).arguments.first ?? "") }.count
                counted = try Self.actionCount(db, due) - twice
            } else {
                actions = try Self.actions(db, due)
            }
            actions.removeAll(where: isTwice)
            let total = (counted ?? actions.count) + tickets.count
            var all = actions.map { a in
                PlanItem(
                    kind: a.rule == "follow-up" ? .followUp : .action, action: a.id, cell: a.cell, rule: a.rule, card: a.card,
                    name: a.readerName ?? a.service, valueTier: a.valueTier, priority: a.priority, reason: a.reason,
                    step: a.step, due: a.due, owner: a.owner)
            }
            all += tickets
            all.sort { ($0.priority, $1.due, $1.action ?? $1.ticket ?? 0) > ($1.priority, $0.due, $0.action ?? $0.ticket ?? 0) }
            let items = Array(all.prefix(capacity))
            var backlog = Array(all.dropFirst(capacity).prefix(backlogLimit ?? Int.max))
            let backlogCount = max(0, total - capacity)
            let working = try WorkingDays.load(db, calendar)
            let days = working.next((backlogCount + capacity - 1) / max(1, capacity), after: actor.now)
            for i in backlog.indices { backlog[i].planned = days[i / capacity] }
            return TodayPlan(
                login: staff.login, date: today, capacity: capacity, items: items, backlog: backlog, backlogCount: backlogCount,
                backlogThrough: days.last)
        }
    }

    /// The person's tickets still to act on and due within `today.ticket.hours` (or overdue);
    /// a ticket waiting on the reader is not theirs to act on.
    static func ticketItems(_ db: Database, staff: Staff, now: Int64, cal: LibraryCalendar) throws -> [PlanItem] {
        let horizon = now + Int64(try number(db, "today.ticket.hours") * 3600)
        let weights = try PriorityWeights.load(db)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT ticket.id, ticket.kind, ticket.subject, ticket.due_at, reader.card, reader.name, reader_value.tier,
                       (SELECT max(at) FROM contact WHERE contact.reader_id = ticket.reader_id AND contact.outreach_id IS NULL) AS last
                FROM ticket INDEXED BY ticket_assignee LEFT JOIN reader ON reader.id = ticket.reader_id
                LEFT JOIN reader_value ON reader_value.reader_id = ticket.reader_id
                WHERE ticket.assignee_id = ? AND ticket.status IN ('new', 'open') AND ticket.due_at <= ? AND ticket.has_sla = 1
                """, arguments: [staff.id, horizon])
        let today = cal.dayString(now)
        return rows.map { r in
            let kind: String = r["kind"], dueAt: Int64 = r["due_at"], due = cal.dayString(dueAt)
            let rule = kind == "complaint" ? "complaint" : kind == "fault" ? "upkeep" : "ticket"
            let quiet = (r["last"] as Int64?).map { cal.daysSince($0, now: now) }
            let card: String? = r["card"]
            let priority = weights.priority(
                rule: rule, tier: (r["tier"] as String?).flatMap(ValueTier.init), hasReader: card != nil,
                daysLate: cal.days(from: due, to: today), daysSinceContact: quiet)
            return PlanItem(
                kind: .ticket, ticket: r["id"], rule: kind, card: card, name: r["name"],
                valueTier: (r["tier"] as String?).flatMap(ValueTier.init), priority: priority,
                reason: Phrase("plan.ticket", ["\(r["id"] as Int64)", "kind:\(kind)", Phrase.minute(dueAt, cal)]),
                step: Phrase(dueAt < now ? "plan.ticket.overdue" : "plan.ticket.soon"),
                due: due, owner: staff.login)
        }
    }
}

extension WorkingDays {
    static func load(_ db: Database, _ cal: LibraryCalendar) throws -> WorkingDays {
        WorkingDays(
            cal: cal, weekend: try AppDatabase.setting(db, "calendar.weekend"), closed: try AppDatabase.setting(db, "calendar.closed"))
    }
}
