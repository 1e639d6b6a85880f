import GRDB

public struct AuditFilter: Sendable {
    public var card: String?
    public var login: String?
    public var since: Int64?
    public var limit: Int
    public init(card: String? = nil, login: String? = nil, since: Int64? = nil, limit: Int = 1000) {
        self.card = card; self.login = login; self.since = since; self.limit = limit
    }
}

public struct AuditListing: Codable, Sendable, FetchableRecord {
    public var at: Int64
    public var login: String
    public var action: String
    public var card: String?
    public var detail: String
}

extension AppDatabase {
    /// Who viewed, exported or changed what, newest first (administrators).
    public func auditLog(_ actor: Actor, _ f: AuditFilter) throws -> [AuditListing] {
        try auditLogListed(actor, f).rows
    }

    /// The audit log as `auditLog`, with how many entries there are beyond the limit.
    public func auditLogListed(_ actor: Actor, _ f: AuditFilter) throws -> Listed<AuditListing> {
        try actor.require(.readAudit)
        let rows = try read { db in
            var conditions: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let card = f.card { conditions.append("audit.reader_id = ?"); args.append(try Self.reader(db, card: card).id!) }
            if let login = f.login { conditions.append("audit.login = ?"); args.append(login) }
            if let since = f.since { conditions.append("audit.at >= ?"); args.append(since) }
            let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Self.listed(
                db, AuditListing.self,
                sql: """
                    SELECT audit.at, audit.login, audit.action, reader.card, audit.detail
                    FROM audit LEFT JOIN reader ON reader.id = audit.reader_id \(whereSQL)
                    ORDER BY audit.at DESC, audit.id DESC
                    """, arguments: StatementArguments(args), limit: f.limit)
        }
        try recordAudit(actor, "audit.read")
        return rows
    }
}
