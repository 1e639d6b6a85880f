import GRDB

extension Schema {
    /// The matrix's actions, outreach notices, the cached current tiers and refresh bookkeeping.
    static func analytics(_ db: Database) throws {
        try db.execute(
            sql: """
                -- One row per reason instance (dedup): a snoozed or dismissed action stays so until the
                -- reason changes, which makes a new dedup key and so a new row.
                CREATE TABLE action (
                    id INTEGER PRIMARY KEY,
                    cell INTEGER NOT NULL CHECK (cell BETWEEN 1 AND 6),
                    rule TEXT NOT NULL,
                    reader_id INTEGER REFERENCES reader(id) ON DELETE CASCADE,
                    service_id INTEGER REFERENCES service(id) ON DELETE CASCADE,
                    dedup TEXT NOT NULL UNIQUE,
                    reason TEXT NOT NULL,
                    step TEXT NOT NULL,
                    due TEXT NOT NULL,                           -- YYYY-MM-DD
                    owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','snoozed','dismissed')),
                    snooze_until TEXT,
                    dismiss_reason TEXT,
                    closed_by INTEGER REFERENCES staff(id),
                    contact_id INTEGER,
                    seen INTEGER NOT NULL DEFAULT 0,             -- the refresh that last found the reason
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                CREATE INDEX action_cell ON action(status, cell, due);
                CREATE INDEX action_owner ON action(owner_id, status, cell);
                CREATE INDEX action_reader ON action(reader_id, cell, status);
                CREATE INDEX action_rule ON action(rule, status);

                -- A notice of a new resource sent to a segment; each recipient gets a contact row.
                CREATE TABLE outreach (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    service_id INTEGER REFERENCES service(id),
                    segment TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    cell INTEGER NOT NULL,
                    staff_id INTEGER NOT NULL REFERENCES staff(id),
                    at INTEGER NOT NULL,
                    recipients INTEGER NOT NULL
                );
                CREATE INDEX outreach_at ON outreach(at);
                CREATE INDEX contact_outreach ON contact(outreach_id) WHERE outreach_id IS NOT NULL;

                -- Each active reader's current tier (the pyramid of the 12 months before the refresh day).
                CREATE TABLE reader_value (
                    reader_id INTEGER PRIMARY KEY REFERENCES reader(id) ON DELETE CASCADE,
                    tier TEXT NOT NULL,
                    score REAL NOT NULL
                );
                CREATE INDEX reader_value_tier ON reader_value(tier);

                -- Tiers of the last four completed quarters (persistency in the 7P view, tier moves in cell 6).
                CREATE TABLE reader_quarter (
                    reader_id INTEGER NOT NULL REFERENCES reader(id) ON DELETE CASCADE,
                    quarter TEXT NOT NULL,
                    tier TEXT NOT NULL,
                    PRIMARY KEY (reader_id, quarter)
                ) WITHOUT ROWID;

                CREATE TABLE analytics_state (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
    }
}
