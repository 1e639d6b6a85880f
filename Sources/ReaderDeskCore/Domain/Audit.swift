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
    static func audit(_ db: Database, _ actor: Actor, _ action: String, readerId: Int64? = nil, detail: String = "") throws {
        try db.execute(sql: "INSERT INTO audit(at, login, action, reader_id, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [actor.now, actor.staff.login, action, readerId, detail])
    }

    /// Records that someone looked at or exported something.
    public func recordAudit(_ actor: Actor, _ action: String, readerId: Int64? = nil, detail: String = "") throws {
        try write { db in try Self.audit(db, actor, action, readerId: readerId, detail: detail) }
    }
}
