import GRDB

/// A ticket (工单): a complaint, suggestion, question, fault, request or praise, in a queue.
public struct Ticket: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "ticket"
    public var id: Int64?
    public var kind: TicketKind
    public var subject: String
    public var body: String
    public var readerId: Int64?
    public var priority: Priority
    public var status: TicketStatus
    public var assigneeId: Int64?
    public var createdBy: Int64
    public var createdAt: Int64
    public var updatedAt: Int64
    public var dueAt: Int64
    public var firstResponseAt: Int64?
    public var resolvedAt: Int64?
    public var closedAt: Int64?
    public var satisfaction: Int?
    /// Bumped by every change; a write naming an older version is refused.
    public var version: Int
    /// False for kinds that carry no SLA (setting sla.none.kinds): no due time, never overdue.
    public var hasSLA = true
    /// While the ticket waits on the reader its SLA clock is stopped: since when.
    public var waitingSince: Int64?
    /// Pauses that have ended, already added to `dueAt`.
    public var pausedSeconds: Int64 = 0

    enum CodingKeys: String, CodingKey {
        case id, kind, subject, body, priority, status, satisfaction, version
        case hasSLA = "has_sla", waitingSince = "waiting_since", pausedSeconds = "paused_seconds"
        case readerId = "reader_id", assigneeId = "assignee_id", createdBy = "created_by"
        case createdAt = "created_at", updatedAt = "updated_at", dueAt = "due_at"
        case firstResponseAt = "first_response_at", resolvedAt = "resolved_at", closedAt = "closed_at"
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A ticket with the names a queue shows.
public struct TicketListing: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var kind: TicketKind
    public var status: TicketStatus
    public var priority: Priority
    public var subject: String
    public var card: String?
    public var readerName: String?
    public var assignee: String?
    public var dueAt: Int64
    public var createdAt: Int64
    public var version: Int
    public var hasSLA: Bool
    public var waitingSince: Int64?
    enum CodingKeys: String, CodingKey {
        case id, kind, status, priority, subject, card, assignee, version
        case readerName = "reader_name", dueAt = "due_at", createdAt = "created_at"
        case hasSLA = "has_sla", waitingSince = "waiting_since"
    }
}

public struct TicketEntry: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var staff: String
    public var at: Int64
    public var isInternal: Bool
    public var body: String
    enum CodingKeys: String, CodingKey { case id, staff, at, body, isInternal = "internal" }
}

public struct TicketChange: Codable, Sendable, Equatable, FetchableRecord {
    public var staff: String
    public var at: Int64
    public var field: String
    public var oldValue: String?
    public var newValue: String?
    enum CodingKeys: String, CodingKey { case staff, at, field, oldValue = "old_value", newValue = "new_value" }

    /// The change as a person reads it, for the interface to render in its language:
    /// `ticket.history.<field>` with the old and the new value (stored forms: a status, a login…);
    /// `created` has the kind, `reply` and `note` none.
    public var phrase: Phrase {
        switch field {
        case "created": return Phrase("ticket.history.created", [newValue ?? ""])
        case "reply", "note": return Phrase("ticket.history." + field)
        default: return Phrase("ticket.history." + field, [oldValue ?? "", newValue ?? ""])
        }
    }
}

/// Everything about one ticket, for `ticket show` and the ticket view.
public struct TicketDetail: Sendable {
    public var ticket: Ticket
    public var listing: TicketListing
    public var entries: [TicketEntry]
    public var history: [TicketChange]
}
