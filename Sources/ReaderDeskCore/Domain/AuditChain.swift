import GRDB

/// The audit log as a hash chain: each row's `hash` is SHA-256 over its own content and the hash of
/// the row before, so editing, deleting or reordering a row breaks every hash after it. Someone who
/// can write the file can recompute the whole chain, so the head (the last hash) is printed by
/// `backup`: a head kept elsewhere proves later that the rows up to it were not touched.
public enum AuditChain {
    /// The hash of one row given the previous row's hash ("" before the first row). Fields are
    /// length-prefixed, so no two different rows share an encoding.
    public static func hash(
        id: Int64, at: Int64, login: String, action: String, readerId: Int64?,
        detail: String, previous: String
    ) -> String {
        var bytes: [UInt8] = []
        for field in ["\(id)", "\(at)", login, action, readerId.map { "\($0)" } ?? "", detail, previous] {
            let utf8 = Array(field.utf8)
            bytes += Array("\(utf8.count):".utf8) + utf8 + [0x0A]
        }
        return SHA256.hex(bytes)
    }

    /// What a check of the whole chain found.
    public struct Verification: Codable, Sendable, Equatable {
        public var rows: Int
        /// The last row's id and hash: what a backup records.
        public var headId: Int64?
        public var head: String?
        /// The first row whose hash does not match its content and the row before.
        public var firstBroken: Int64?
        enum CodingKeys: String, CodingKey { case rows, head, headId = "head_id", firstBroken = "first_broken" }
    }

    static func verify(_ db: Database) throws -> Verification {
        var v = Verification(rows: 0)
        var previous = ""
        let rows = try Row.fetchCursor(db, sql: "SELECT id, at, login, action, reader_id, detail, hash FROM audit ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            let stored: String = row["hash"]
            v.rows += 1
            if v.firstBroken == nil,
                stored
                    != hash(
                        id: id, at: row["at"], login: row["login"], action: row["action"],
                        readerId: row["reader_id"], detail: row["detail"], previous: previous)
            {
                v.firstBroken = id
            }
            previous = stored
            v.headId = id
            v.head = stored
        }
        return v
    }

    /// Chains the rows written before the chain existed (the migration that adds it).
    static func chainExisting(_ db: Database) throws {
        var previous = ""
        let rows = try Row.fetchAll(db, sql: "SELECT id, at, login, action, reader_id, detail FROM audit ORDER BY id")
        for row in rows {
            let id: Int64 = row["id"]
            previous = hash(
                id: id, at: row["at"], login: row["login"], action: row["action"], readerId: row["reader_id"],
                detail: row["detail"], previous: previous)
            try db.execute(sql: "UPDATE audit SET hash = ? WHERE id = ?", arguments: [previous, id])
        }
    }
}

extension AppDatabase {
    /// Checks the audit chain (administrators); the check itself is audited after it ran.
    public func verifyAudit(_ actor: Actor) throws -> AuditChain.Verification {
        try actor.require(.readAudit)
        let v = try read { db in try AuditChain.verify(db) }
        try recordAudit(actor, "audit.verify", detail: v.firstBroken.map { "broken at #\($0)" } ?? "intact, \(v.rows) rows")
        return v
    }

    /// The current head of the chain, for a backup to print.
    public func auditHead() throws -> (id: Int64, hash: String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").map { ($0["id"], $0["hash"]) }
        }
    }
}

extension Schema {
    /// i14: the audit log becomes a hash chain. Existing rows are chained in id order; the
    /// append-only trigger steps aside for that one pass. A row inserted without a hash is refused.
    static func auditChain(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
                DROP TRIGGER audit_no_update;
                """)
        try AuditChain.chainExisting(db)
        try db.execute(
            sql: """
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_chained BEFORE INSERT ON audit WHEN NEW.hash = ''
                    BEGIN SELECT RAISE(ABORT, 'an audit row needs its chain hash'); END;
                """)
    }
}
