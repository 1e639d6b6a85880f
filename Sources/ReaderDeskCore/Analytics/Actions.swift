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
    public var id: Int64
    public var cell: Int
    public var rule: String
    public var card: String?
    public var readerName: String?
    public var service: String?
    public var reason: String
    public var step: String
    public var due: String
    public var owner: String?
    public var status: ActionStatus
    public var snoozeUntil: String?
    public var dismissReason: String?
    enum CodingKeys: String, CodingKey {
        case id, cell, rule, card, service, reason, step, due, owner, status
        case readerName = "reader_name", snoozeUntil = "snooze_until", dismissReason = "dismiss_reason"
    }
}

/// One cell of the matrix with its count of open actions and the first of them.
public struct MatrixCell: Sendable, Equatable {
    public var info: MatrixCellInfo
    public var open: Int
    public var overdue: Int
    public var actions: [ActionListing]
}

public struct ActionFilter: Sendable, Equatable {
    public var cell: Int?
    public var ownerId: Int64?
    public var statuses: Set<ActionStatus> = [.open]
    public var card: String?
    public var limit: Int = 500
    public init(cell: Int? = nil, ownerId: Int64? = nil, statuses: Set<ActionStatus> = [.open], card: String? = nil, limit: Int = 500) {
        self.cell = cell; self.ownerId = ownerId; self.statuses = statuses; self.card = card; self.limit = limit
    }
}

extension AppDatabase {
    static let actionListingSQL = """
        SELECT action.id, action.cell, action.rule, reader.card, reader.name AS reader_name, service.code AS service,
               action.reason, action.step, action.due, staff.login AS owner, action.status, action.snooze_until, action.dismiss_reason
        FROM action LEFT JOIN reader ON reader.id = action.reader_id LEFT JOIN service ON service.id = action.service_id
        LEFT JOIN staff ON staff.id = action.owner_id
        """

    /// The six cells with counts and their most urgent open actions; refreshes the rules first when stale.
    public func matrix(_ actor: Actor, mine: Bool = false, perCell: Int = 50) throws -> [MatrixCell] {
        try refreshActionsIfStale(now: actor.now)
        return try matrixCached(actor, mine: mine, perCell: perCell)
    }

    /// The matrix as the action table holds it now, with no refresh: for the full-screen app, which
    /// refreshes in the background (`refreshActionsIfStale`) and shows this meanwhile.
    public func matrixCached(_ actor: Actor, mine: Bool = false, perCell: Int = 50) throws -> [MatrixCell] {
        let today = calendar.dayString(actor.now)
        return try read { db in
            let owner = mine ? actor.staff.id : nil
            let counts = try Row.fetchAll(db, sql: """
                SELECT cell, count(*) AS n, sum(due < ?) AS overdue FROM action
                WHERE status = 'open' \(owner == nil ? "" : "AND owner_id = \(owner!)") GROUP BY cell
                """, arguments: [today])
            var byCell: [Int: (Int, Int)] = [:]
            for r in counts { byCell[r["cell"]] = (r["n"], r["overdue"] ?? 0) }
            return try MatrixCellInfo.all.map { info in
                let list = try Self.actions(db, ActionFilter(cell: info.cell, ownerId: owner, limit: perCell))
                return MatrixCell(info: info, open: byCell[info.cell]?.0 ?? 0, overdue: byCell[info.cell]?.1 ?? 0, actions: list)
            }
        }
    }

    /// Actions by cell, owner, status or reader, most urgent first.
    public func actions(_ actor: Actor, _ filter: ActionFilter) throws -> [ActionListing] {
        try refreshActionsIfStale(now: actor.now)
        return try read { db in try Self.actions(db, filter) }
    }

    /// Actions as stored, with no refresh (the app refreshes in the background).
    public func actionsCached(_ filter: ActionFilter) throws -> [ActionListing] {
        try read { db in try Self.actions(db, filter) }
    }

    static func actions(_ db: Database, _ f: ActionFilter) throws -> [ActionListing] {
        var conditions = ["action.status IN (\(f.statuses.map { "'\($0.rawValue)'" }.joined(separator: ",")))"]
        var args: [any DatabaseValueConvertible] = []
        if let c = f.cell { conditions.append("action.cell = ?"); args.append(c) }
        if let o = f.ownerId { conditions.append("action.owner_id = ?"); args.append(o) }
        if let card = f.card { conditions.append("action.reader_id = ?"); args.append(try reader(db, card: card).id!) }
        return try ActionListing.fetchAll(db, sql: """
            \(actionListingSQL) WHERE \(conditions.joined(separator: " AND "))
            ORDER BY action.due, action.cell, action.id LIMIT \(f.limit)
            """, arguments: StatementArguments(args))
    }

    /// Marks an action done (logging a contact with its cell does this for the reader's actions).
    public func completeAction(_ actor: Actor, id: Int64) throws {
        try changeAction(actor, id: id, verb: "done") { db in
            try db.execute(sql: "UPDATE action SET status = 'done', closed_by = ?, updated_at = ? WHERE id = ?",
                           arguments: [actor.staff.id, actor.now, id])
        }
    }

    /// Hides an action until `until` (YYYY-MM-DD); it comes back then if its reason still holds.
    public func snoozeAction(_ actor: Actor, id: Int64, until: String) throws {
        let day = try calendar.normaliseDay(until)
        guard day > calendar.dayString(actor.now) else { throw ReaderDeskError.invalid("--until must be after today, not \(day)") }
        try changeAction(actor, id: id, verb: "snooze") { db in
            try db.execute(sql: "UPDATE action SET status = 'snoozed', snooze_until = ?, closed_by = ?, updated_at = ? WHERE id = ?",
                           arguments: [day, actor.staff.id, actor.now, id])
        }
    }

    /// Drops an action for good: it returns only if its reason changes (a new instance of it).
    public func dismissAction(_ actor: Actor, id: Int64, reason: String) throws {
        try Validate.line(reason, "--reason", required: true)
        try changeAction(actor, id: id, verb: "dismiss") { db in
            try db.execute(sql: "UPDATE action SET status = 'dismissed', dismiss_reason = ?, closed_by = ?, updated_at = ? WHERE id = ?",
                           arguments: [reason, actor.staff.id, actor.now, id])
        }
    }

    func changeAction(_ actor: Actor, id: Int64, verb: String, _ change: (Database) throws -> Void) throws {
        try actor.require(.writeRecords)
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, reader_id FROM action WHERE id = ?", arguments: [id]) else {
                throw ReaderDeskError.notFound("no action #\(id): 'readerdesk action list' shows the open ones")
            }
            let status: String = row["status"]
            guard status == "open" || status == "snoozed" else {
                throw ReaderDeskError.invalid("action #\(id) is already \(status)")
            }
            try change(db)
            try Self.audit(db, actor, "action.\(verb)", readerId: row["reader_id"], detail: "#\(id)")
        }
    }
}
