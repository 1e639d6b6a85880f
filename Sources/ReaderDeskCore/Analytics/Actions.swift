import GRDB

public enum ActionStatus: String, Vocabulary {
    case open, done, snoozed, dismissed
    public static let noun = "action status"
}

/// The six cells of the CRM matrix: object (service | reader) × purpose.
public struct MatrixCellInfo: Sendable, Equatable, Codable {
    public let cell: Int
    public let object: String
    public let purpose: String
    public let title: String
    public static let all: [MatrixCellInfo] = [
        .init(cell: 1, object: "service", purpose: "care", title: "service care: first use and upkeep"),
        .init(cell: 2, object: "reader", purpose: "care", title: "reader care: tier contacts, birthdays, complaints"),
        .init(cell: 3, object: "service", purpose: "recommend", title: "service recommendations: related and new services"),
        .init(cell: 4, object: "reader", purpose: "remind", title: "reader reminders: life stages"),
        .init(cell: 5, object: "service", purpose: "trend", title: "service trends: rising and falling use"),
        .init(cell: 6, object: "reader", purpose: "trend", title: "reader trends: activity, habits, tier moves"),
    ]
}

/// An action as lists show it: a reader (card) or a service (code), why, what to do, by when, by whom.
public struct ActionListing: Sendable, Equatable, Codable, FetchableRecord {
    public init(row: Row) throws {
        id = row["id"]; cell = row["cell"]; rule = row["rule"]; card = row["card"]; readerName = row["reader_name"]
        service = row["service"]; reason = .stored(row["reason"]); step = .stored(row["step"]); due = row["due"]
        owner = row["owner"]; status = ActionStatus(rawValue: row["status"]) ?? .open; snoozeUntil = row["snooze_until"]
        dismissReason = row["dismiss_reason"]; priority = row["priority"] ?? 0; held = row["held"] ?? false
        readers = row["readers"]; valueTier = (row["value_tier"] as String?).flatMap(ValueTier.init)
    }

    public var id: Int64
    public var cell: Int
    public var rule: String
    public var card: String?
    public var readerName: String?
    public var service: String?
    public var reason: Phrase
    public var step: Phrase
    public var due: String
    public var owner: String?
    public var status: ActionStatus
    public var snoozeUntil: String?
    public var dismissReason: String?
    /// Higher first; see `WorklistSettings` and the README's "Today's plan".
    public var priority: Double = 0
    /// The reader's value tier now (nil for a service action, or a reader with no use in 12 months).
    public var valueTier: ValueTier?
    /// Waiting behind the reader's `matrix.open_per_reader` higher-priority open actions.
    public var held: Bool = false
    /// A service action's readers: how many it concerns.
    public var readers: Int?
    enum CodingKeys: String, CodingKey {
        case id, cell, rule, card, service, reason, step, due, owner, status, priority, held, readers
        case readerName = "reader_name", snoozeUntil = "snooze_until", dismissReason = "dismiss_reason", valueTier = "value_tier"
    }
}

/// One cell of the matrix with its count of open actions and the first of them.
public struct MatrixCell: Sendable, Equatable {
    public var info: MatrixCellInfo
    public var open: Int
    public var overdue: Int
    public var actions: [ActionListing]
}

/// A staff member who owns actions, as filters name them.
public struct ActionOwner: Sendable, Equatable, Hashable {
    public var id: Int64
    public var login: String
    public init(id: Int64, login: String) { self.id = id; self.login = login }
}

public struct ActionFilter: Sendable, Equatable {
    public var cell: Int?
    public var ownerId: Int64?
    public var statuses: Set<ActionStatus> = [.open]
    public var card: String?
    public var limit: Int = 500
    public var offset: Int = 0
    /// Only actions about readers of these value tiers (`inactive`: readers with no current tier).
    public var valueTiers: Set<ValueTier> = []
    /// Only actions due by this day (YYYY-MM-DD).
    public var dueBy: String?
    /// Also the open actions held behind a reader's cap (never shown in worklists).
    public var includeHeld = false
    /// Only this rule (for example `follow-up`), or all but it.
    public var rule: String?
    public var excludeRule: String?
    public init(
        cell: Int? = nil, ownerId: Int64? = nil, statuses: Set<ActionStatus> = [.open], card: String? = nil, limit: Int = 500,
        offset: Int = 0, valueTiers: Set<ValueTier> = [], dueBy: String? = nil, includeHeld: Bool = false,
        rule: String? = nil, excludeRule: String? = nil
    ) {
        self.cell = cell; self.ownerId = ownerId; self.statuses = statuses; self.card = card; self.limit = limit
        self.offset = offset; self.valueTiers = valueTiers; self.dueBy = dueBy; self.includeHeld = includeHeld
        self.rule = rule; self.excludeRule = excludeRule
    }
}

extension AppDatabase {
    static let actionListingSQL = """
        SELECT action.id, action.cell, action.rule, reader.card, reader.name AS reader_name, service.code AS service,
               action.reason, action.step, action.due, staff.login AS owner, action.status, action.snooze_until, action.dismiss_reason,
               action.priority, action.held, action.readers, reader_value.tier AS value_tier
        FROM action LEFT JOIN reader ON reader.id = action.reader_id LEFT JOIN service ON service.id = action.service_id
        LEFT JOIN staff ON staff.id = action.owner_id LEFT JOIN reader_value ON reader_value.reader_id = action.reader_id
        """

    /// The six cells with counts and their most urgent open actions, from the stored actions
    /// brought up to date as `refresh` asks (the day's first full refresh does not wait by default).
    public func matrix(
        _ actor: Actor, mine: Bool = false, perCell: Int = 50, refresh: ActionRefresh = .background
    ) throws -> ActionAnswer<[MatrixCell]> {
        let freshness = try prepareActions(now: actor.now, refresh)
        return ActionAnswer(value: try matrixCached(actor, mine: mine, perCell: perCell), freshness: freshness)
    }

    /// The matrix as the action table holds it now, with no refresh: for the full-screen app, which
    /// refreshes in the background (`refreshActionsIfStale`) and shows this meanwhile.
    public func matrixCached(_ actor: Actor, mine: Bool = false, perCell: Int = 50) throws -> [MatrixCell] {
        let today = calendar.dayString(actor.now)
        return try read { db in
            let owner = mine ? actor.staff.id : nil
            let counts = try Row.fetchAll(
                db,
                sql: """
                    SELECT cell, count(*) AS n, sum(due < ?) AS overdue FROM action
                    WHERE status = 'open' AND held = 0 \(owner == nil ? "" : "AND owner_id = \(owner!)") GROUP BY cell
                    """, arguments: [today])
            var byCell: [Int: (Int, Int)] = [:]
            for r in counts { byCell[r["cell"]] = (r["n"], r["overdue"] ?? 0) }
            return try MatrixCellInfo.all.map { info in
                let list = try Self.actions(db, ActionFilter(cell: info.cell, ownerId: owner, limit: perCell))
                return MatrixCell(info: info, open: byCell[info.cell]?.0 ?? 0, overdue: byCell[info.cell]?.1 ?? 0, actions: list)
            }
        }
    }

    /// Actions by cell, owner, status or reader, most urgent first, brought up to date as `refresh` asks.
    public func actions(
        _ actor: Actor, _ filter: ActionFilter, refresh: ActionRefresh = .background
    ) throws -> ActionAnswer<[ActionListing]> {
        let freshness = try prepareActions(now: actor.now, refresh)
        return ActionAnswer(value: try read { db in try Self.actions(db, filter) }, freshness: freshness)
    }

    /// Actions as stored, with no refresh (the app refreshes in the background).
    public func actionsCached(_ filter: ActionFilter) throws -> [ActionListing] {
        try read { db in try Self.actions(db, filter) }
    }

    static func actions(_ db: Database, _ f: ActionFilter) throws -> [ActionListing] {
        let (conditions, args) = try actionConditions(db, f)
        return try ActionListing.fetchAll(
            db,
            sql: """
                \(actionListingSQL) WHERE \(conditions)
                ORDER BY action.priority DESC, action.due, action.id LIMIT \(f.limit) OFFSET \(f.offset)
                """, arguments: args)
    }

    /// The staff members who own open actions, by login: the owners a list can be filtered by.
    /// One index probe per staff member (action_owner), not a pass over every open action.
    public func actionOwners() throws -> [ActionOwner] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT staff.id, staff.login FROM staff
                    WHERE EXISTS (SELECT 1 FROM action WHERE action.owner_id = staff.id AND action.status = 'open')
                    ORDER BY staff.login
                    """
            ).map { ActionOwner(id: $0[0], login: $0[1]) }
        }
    }

    /// How many actions a filter finds, whatever its limit: the number a list's header shows.
    public func actionCount(_ f: ActionFilter) throws -> Int {
        try read { db in try Self.actionCount(db, f) }
    }

    static func actionCount(_ db: Database, _ f: ActionFilter) throws -> Int {
        let (conditions, args) = try actionConditions(db, f)
        // The tiers join only where a tier is asked for: SQLite keeps an unused LEFT JOIN, a lookup a row.
        let tiers = f.valueTiers.isEmpty ? "" : "LEFT JOIN reader_value ON reader_value.reader_id = action.reader_id"
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM action \(tiers) WHERE \(conditions)", arguments: args) ?? 0
    }

    static func actionConditions(_ db: Database, _ f: ActionFilter) throws -> (String, StatementArguments) {
        var conditions = ["action.status IN (\(f.statuses.map { "'\($0.rawValue)'" }.joined(separator: ",")))"]
        var args: [any DatabaseValueConvertible] = []
        // For open actions alone the plain equality lets `action_worklist` (owner, status, held, priority, due)
        // serve a person's list in priority order.
        if !f.includeHeld { conditions.append(f.statuses == [.open] ? "action.held = 0" : "NOT (action.status = 'open' AND action.held)") }
        if let c = f.cell { conditions.append("action.cell = ?"); args.append(c) }
        if let o = f.ownerId { conditions.append("action.owner_id = ?"); args.append(o) }
        if let card = f.card { conditions.append("action.reader_id = ?"); args.append(try reader(db, card: card).id!) }
        if let d = f.dueBy { conditions.append("action.due <= ?"); args.append(d) }
        if let r = f.rule { conditions.append("action.rule = ?"); args.append(r) }
        if let r = f.excludeRule { conditions.append("action.rule != ?"); args.append(r) }
        if !f.valueTiers.isEmpty {
            var tiers = f.valueTiers.filter { $0 != .inactive }.map { "'\($0.rawValue)'" }.joined(separator: ",")
            if tiers.isEmpty { tiers = "''" }
            conditions.append(
                f.valueTiers.contains(.inactive)
                    ? "action.reader_id IS NOT NULL AND (reader_value.tier IS NULL OR reader_value.tier IN (\(tiers)))"
                    : "reader_value.tier IN (\(tiers))")
        }
        return (conditions.joined(separator: " AND "), StatementArguments(args))
    }

    /// Marks an action done (logging a contact with its cell does this for the reader's actions).
    public func completeAction(_ actor: Actor, id: Int64) throws {
        try changeAction(actor, id: id, verb: "done") { db in
            try db.execute(
                sql: "UPDATE action SET status = 'done', closed_by = ?, updated_at = ? WHERE id = ?",
                arguments: [actor.staff.id, actor.now, id])
        }
    }

    /// Hides an action until `until` (YYYY-MM-DD); it comes back then if its reason still holds.
    public func snoozeAction(_ actor: Actor, id: Int64, until: String) throws {
        let day = try calendar.normaliseDay(until)
        guard day > calendar.dayString(actor.now) else {
            throw ReaderDeskError.invalid(
                "until must be after today, not \(day)", Phrase("error.field.afterToday", [Phrase.field("until"), day]))
        }
        try changeAction(actor, id: id, verb: "snooze") { db in
            try db.execute(
                sql: "UPDATE action SET status = 'snoozed', snooze_until = ?, closed_by = ?, updated_at = ? WHERE id = ?",
                arguments: [day, actor.staff.id, actor.now, id])
        }
    }

    /// Drops an action for good: it returns only if its reason changes (a new instance of it).
    public func dismissAction(_ actor: Actor, id: Int64, reason: String) throws {
        try Validate.line(reason, "reason", required: true)
        try changeAction(actor, id: id, verb: "dismiss") { db in
            try db.execute(
                sql: "UPDATE action SET status = 'dismissed', dismiss_reason = ?, closed_by = ?, updated_at = ? WHERE id = ?",
                arguments: [reason, actor.staff.id, actor.now, id])
        }
    }

    func changeAction(_ actor: Actor, id: Int64, verb: String, _ change: (Database) throws -> Void) throws {
        try actor.require(.writeRecords)
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, reader_id FROM action WHERE id = ?", arguments: [id]) else {
                throw ReaderDeskError.notFound(
                    "no action #\(id): 'readerdesk action list' shows the open ones", Phrase("error.action.notFound", [String(id)]))
            }
            let status: String = row["status"]
            guard status == "open" || status == "snoozed" else {
                throw ReaderDeskError.invalid(
                    "action #\(id) is already \(status)", Phrase("error.action.already", [String(id), "action:" + status]))
            }
            try change(db)
            try Self.audit(db, actor, "action.\(verb)", readerId: row["reader_id"], detail: "#\(id)")
            // The reader's next waiting action, if any, takes the freed place.
            if let readerId = row["reader_id"] as Int64? { try Self.holdBeyondCap(db, readerId: readerId) }
        }
    }
}
