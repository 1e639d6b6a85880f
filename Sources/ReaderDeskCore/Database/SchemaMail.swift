import Foundation
import GRDB

extension Schema {
    /// Mail in and out (issue 16): what was sent to whom for what (so a retry sends nothing
    /// twice and a reply finds its ticket), what was received (so a second delivery makes
    /// nothing), who wrote a ticket that came by mail, outreach texts, reusable answers, where a
    /// satisfaction score came from, and the `intake` role for the MTA's account.
    static func mail(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE mail_sent (
                    id INTEGER PRIMARY KEY,
                    reader_id INTEGER REFERENCES reader(id) ON DELETE CASCADE,
                    purpose TEXT NOT NULL,                       -- outreach:ID, reply:ENTRY, survey:TICKET
                    ticket_id INTEGER REFERENCES ticket(id) ON DELETE SET NULL,
                    message_id TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL CHECK (status IN ('pending','sent','failed')),
                    error TEXT,
                    at INTEGER NOT NULL,
                    UNIQUE (reader_id, purpose)
                );
                CREATE INDEX mail_sent_ticket ON mail_sent(ticket_id);

                -- One row per message received, whatever became of it; details name ids, not people.
                CREATE TABLE mail_received (
                    message_id TEXT PRIMARY KEY,
                    at INTEGER NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('ticket','reply','satisfaction','unsubscribe','ignored')),
                    ticket_id INTEGER REFERENCES ticket(id) ON DELETE SET NULL,
                    detail TEXT NOT NULL DEFAULT ''
                ) WITHOUT ROWID;
                CREATE INDEX mail_received_at ON mail_received(at);

                -- A ticket that came by mail: the sender's address (for an unknown sender, the only clue).
                CREATE TABLE ticket_mail (
                    ticket_id INTEGER PRIMARY KEY REFERENCES ticket(id) ON DELETE CASCADE,
                    sender TEXT NOT NULL,
                    known INTEGER NOT NULL
                );
                -- A ticket entry that is the reader's own mail, not a staff reply.
                CREATE TABLE ticket_entry_mail (
                    entry_id INTEGER PRIMARY KEY REFERENCES ticket_entry(id) ON DELETE CASCADE,
                    message_id TEXT NOT NULL
                );

                -- The texts of an outreach sent by mail, kept so that a retry sends the same message.
                CREATE TABLE outreach_mail (
                    outreach_id INTEGER PRIMARY KEY REFERENCES outreach(id) ON DELETE CASCADE,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                -- Saved bilingual templates for notices.
                CREATE TABLE mail_template (
                    name TEXT PRIMARY KEY,
                    subject_en TEXT NOT NULL DEFAULT '', body_en TEXT NOT NULL DEFAULT '',
                    subject_zh TEXT NOT NULL DEFAULT '', body_zh TEXT NOT NULL DEFAULT ''
                ) WITHOUT ROWID;

                -- Where a ticket's satisfaction came from: staff typed it, or the reader replied with a digit.
                ALTER TABLE ticket ADD COLUMN satisfaction_source TEXT CHECK (satisfaction_source IN ('staff','reader'));
                UPDATE ticket SET satisfaction_source = 'staff' WHERE satisfaction IS NOT NULL;


                -- Reusable answers (both languages), found by title and keywords (pinyin too), and each use.
                CREATE TABLE answer (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    body_en TEXT NOT NULL DEFAULT '',
                    body_zh TEXT NOT NULL DEFAULT '',
                    keywords TEXT NOT NULL DEFAULT '',           -- comma-separated
                    created_by INTEGER NOT NULL REFERENCES staff(id),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                CREATE TABLE answer_use (
                    id INTEGER PRIMARY KEY,
                    answer_id INTEGER NOT NULL REFERENCES answer(id) ON DELETE CASCADE,
                    ticket_id INTEGER REFERENCES ticket(id) ON DELETE SET NULL,
                    staff_id INTEGER NOT NULL REFERENCES staff(id),
                    at INTEGER NOT NULL
                );
                CREATE INDEX answer_use_at ON answer_use(at, answer_id);
                """)
        try allowRoles(db, Role.sqlList)
    }

    /// The role list is a CHECK, so the staff table is rebuilt with the roles of today. The new
    /// table is the old one's own definition with only that list changed, so columns other
    /// migrations added (capacity, …) and its indexes and triggers come along. GRDB runs a
    /// migration with foreign keys deferred and checks them all before it commits.
    static func allowRoles(_ db: Database, _ roles: String) throws {
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'staff'"),
            let list = sql.range(of: #"role\s+IN\s*\([^)]*\)"#, options: .regularExpression),
            let name = sql.range(of: "staff")
        else {
            throw ReaderDeskError(.io, "the staff table has no role list to extend", phrase: Phrase("error.schema.roles"))
        }
        var created = sql.replacingCharacters(in: list, with: "role IN (\(roles))")
        created.replaceSubrange(name, with: "staff_new")
        let others = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE tbl_name = 'staff' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
        try db.execute(sql: created)
        try db.execute(sql: "INSERT INTO staff_new SELECT * FROM staff")
        try db.execute(sql: "DROP TABLE staff")
        try db.execute(sql: "ALTER TABLE staff_new RENAME TO staff")
        for statement in others { try db.execute(sql: statement) }
    }
}
