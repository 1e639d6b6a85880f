import GRDB

public struct AuditEntry: Codable, Sendable, FetchableRecord {
    public var id: Int64
    public var at: Int64
    public var login: String
    public var action: String
    public var readerId: Int64?
    public var detail: String
    enum CodingKeys: String, CodingKey { case id, at, login, action, detail, readerId = "reader_id" }
}

extension AppDatabase {
    /// Appends to the audit log inside the caller's transaction. `detail` names things (ids, field
    /// names, file kinds), never personal values.
    /// Each row is chained to the one before (`AuditChain`); the caller's immediate transaction
    /// keeps two writers from taking the same place in the chain.
    static func audit(_ db: Database, _ actor: Actor, _ action: String, readerId: Int64? = nil, detail: String = "") throws {
        let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        let id = (last.map { $0["id"] as Int64 } ?? 0) + 1
        let hash = AuditChain.hash(
            id: id, at: actor.now, login: actor.staff.login, action: action, readerId: readerId,
            detail: detail, previous: last.map { $0["hash"] as String } ?? "")
        try db.execute(
            sql: "INSERT INTO audit(id, at, login, action, reader_id, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [id, actor.now, actor.staff.login, action, readerId, detail, hash])
    }

    /// A listing, search or export longer than this is a bulk read, and audited.
    public static let bulkReadRows = 200

    /// Audits a listing when it returned more than `bulkReadRows` rows; the detail is the count.
    public func auditBulkRead(_ actor: Actor, _ action: String, rows: Int) throws {
        if rows > Self.bulkReadRows { try recordAudit(actor, action, detail: "\(rows) rows") }
    }

    /// Records that someone looked at or exported something.
    public func recordAudit(_ actor: Actor, _ action: String, readerId: Int64? = nil, detail: String = "") throws {
        try write { db in try Self.audit(db, actor, action, readerId: readerId, detail: detail) }
    }
}
