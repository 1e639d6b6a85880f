import GRDB

public struct TicketFilter: Sendable, Equatable {
    public var statuses: Set<TicketStatus>?
    public var kinds: Set<TicketKind>?
    public var assigneeId: Int64?
    public var limit: Int
    public init(statuses: Set<TicketStatus>? = nil, kinds: Set<TicketKind>? = nil, assigneeId: Int64? = nil, limit: Int = 500) {
        self.statuses = statuses; self.kinds = kinds; self.assigneeId = assigneeId; self.limit = limit
    }
    /// The working queue: everything not yet resolved.
    public static let open = TicketFilter(statuses: [.new, .open, .waiting])
}

/// The queue's status filter: the open queue (new, open, waiting) first, then one status, or all.
public enum TicketQueue: String, CaseIterable, Sendable {
    case open, waiting, resolved, closed, all
    public var statuses: Set<TicketStatus>? {
        switch self {
        case .open: [.new, .open, .waiting]
        case .waiting: [.waiting]
        case .resolved: [.resolved]
        case .closed: [.closed]
        case .all: nil
        }
    }
    /// The next choice, round the circle (the `f` key).
    public var next: TicketQueue { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

extension AppDatabase {
    static let ticketListingSQL = """
        SELECT ticket.id, ticket.kind, ticket.status, ticket.priority, ticket.subject, reader.card,
               reader.name AS reader_name, staff.login AS assignee, ticket.due_at, ticket.created_at, ticket.version,
               ticket.has_sla, ticket.waiting_since
        FROM ticket LEFT JOIN reader ON reader.id = ticket.reader_id LEFT JOIN staff ON staff.id = ticket.assignee_id
        """

    /// The queue as `actor` lists it: a long list is a bulk read, audited.
    public func tickets(_ actor: Actor, _ filter: TicketFilter) throws -> [TicketListing] {
        let rows = try tickets(filter)
        try auditBulkRead(actor, "ticket.list", rows: rows.count)
        return rows
    }

    /// The same with how many there are beyond the limit.
    public func ticketsListed(_ actor: Actor, _ filter: TicketFilter) throws -> Listed<TicketListing> {
        let rows = try ticketsListed(filter)
        try auditBulkRead(actor, "ticket.list", rows: rows.rows.count)
        return rows
    }

    /// Open work first (waiting on the reader after ours, then resolved, then closed); within
    /// each, by due time — a waiting ticket by the time it had left when it paused — then
    /// priority; tickets without an SLA after those with one.
    /// Only the rows (the app's queue): the count of all that match is a second pass over them.
    public func tickets(_ filter: TicketFilter) throws -> [TicketListing] {
        try ticketsListed(filter, counted: false).rows
    }

    /// The queue as `tickets`, with how many match beyond the limit.
    public func ticketsListed(_ filter: TicketFilter, counted: Bool = true) throws -> Listed<TicketListing> {
        try read { db in
            var conditions: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let s = filter.statuses {
                conditions.append("ticket.status IN (\(s.map { _ in "?" }.joined(separator: ",")))")
                args += s.map(\.rawValue)
            }
            if let k = filter.kinds {
                conditions.append("ticket.kind IN (\(k.map { _ in "?" }.joined(separator: ",")))")
                args += k.map(\.rawValue)
            }
            if let a = filter.assigneeId { conditions.append("ticket.assignee_id = ?"); args.append(a) }
            let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Self.listed(
                db, TicketListing.self,
                sql: """
                    \(Self.ticketListingSQL) \(whereSQL)
                    ORDER BY CASE ticket.status WHEN 'new' THEN 0 WHEN 'open' THEN 0 WHEN 'waiting' THEN 1 WHEN 'resolved' THEN 2 ELSE 3 END,
                        ticket.has_sla DESC, CASE WHEN ticket.waiting_since IS NULL THEN ticket.due_at ELSE ticket.due_at - ticket.waiting_since END, CASE ticket.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, ticket.id
                    """, arguments: StatementArguments(args), limit: filter.limit, counted: counted)
        }
    }

    /// One ticket with its replies, notes (only for staff who may see them — all staff) and history.
    public func ticketDetail(id: Int64) throws -> TicketDetail {
        try read { db in
            guard let t = try Ticket.fetchOne(db, key: id),
                let listing = try TicketListing.fetchOne(db, sql: "\(Self.ticketListingSQL) WHERE ticket.id = ?", arguments: [id])
            else { throw ReaderDeskError.notFound("no ticket #\(id)", Phrase("error.ticket.notFound", [String(id)])) }
            let entries = try TicketEntry.fetchAll(
                db,
                sql: """
                    SELECT ticket_entry.id, staff.login AS staff, ticket_entry.at, ticket_entry.internal, ticket_entry.body
                    FROM ticket_entry JOIN staff ON staff.id = ticket_entry.staff_id WHERE ticket_id = ? ORDER BY at, ticket_entry.id
                    """, arguments: [id])
            let history = try TicketChange.fetchAll(
                db,
                sql: """
                    SELECT staff.login AS staff, ticket_history.at, field, old_value, new_value
                    FROM ticket_history JOIN staff ON staff.id = ticket_history.staff_id WHERE ticket_id = ? ORDER BY at, ticket_history.id
                    """, arguments: [id])
            return TicketDetail(ticket: t, listing: listing, entries: entries, history: history)
        }
    }

    public func tickets(forReader card: String) throws -> [TicketListing] {
        try read { db in
            let r = try Self.reader(db, card: card)
            return try TicketListing.fetchAll(
                db, sql: "\(Self.ticketListingSQL) WHERE ticket.reader_id = ? ORDER BY ticket.created_at DESC",
                arguments: [r.id!])
        }
    }

    /// Open tickets past their due time (see `TicketClock.isOverdue`).
    public func overdueTicketCount(now: Int64) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM ticket WHERE has_sla = 1
                        AND ((status IN ('new','open') AND due_at < ?) OR (status = 'waiting' AND due_at < waiting_since))
                    """, arguments: [now]) ?? 0
        }
    }
}

/// How many of each thing the database holds (`readerdesk stats`).
public struct Stats: Codable, Sendable, Equatable {
    public var readers, staff, services, usageEvents, contacts, tickets: Int
    enum CodingKeys: String, CodingKey { case readers, staff, services, contacts, tickets, usageEvents = "usage_events" }
}

extension AppDatabase {
    public func stats() throws -> Stats {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            // Forgotten readers are not readers any more (their anonymous use stays in `usageEvents`).
            let readers = try count("reader") - (try Int.fetchOne(db, sql: "SELECT count(*) FROM reader WHERE forgotten") ?? 0)
            return Stats(
                readers: readers, staff: try count("staff"), services: try count("service"),
                usageEvents: try count("usage"), contacts: try count("contact"), tickets: try count("ticket"))
        }
    }
}
