import GRDB

/// The named migrations. Append new ones at the end; never edit a migration that has shipped.
enum Schema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-foundation", migrate: foundation)
        migrator.registerMigration("v2-analytics", migrate: analytics)
        migrator.registerMigration("import-counter-figures", migrate: counterFigures)
        migrator.registerMigration("v3-matrix-speed", migrate: matrixSpeed)
        migrator.registerMigration("v4-usage-by-time", migrate: usageByTime)
        migrator.registerMigration("v5-change-stamps", migrate: changeStamps)
        migrator.registerMigration("v6-i13-pinyin-names", migrate: pinyinNames)
        migrator.registerMigration("v6-i12-worklists", migrate: worklists)
        migrator.registerMigration("v6-i13-forgotten-readers", migrate: forgottenReaders)
        migrator.registerMigration("v6-i16-mail", migrate: mail)
        migrator.registerMigration("v7-i14-audit-chain", migrate: auditChain)
        migrator.registerMigration("v6-i13-ticket-sla-pause", migrate: ticketSLAPause)
        migrator.registerMigration("v8-i17-matrix-lists", migrate: matrixLists)
        // An index alone: no need to check every foreign key of a big library afterwards.
        migrator.registerMigration("v9-i17-today-window", foreignKeyChecks: .immediate, migrate: todayWindow)
        migrator.registerMigration("v9-i17-owner-open-cells", foreignKeyChecks: .immediate, migrate: ownerOpenCells)
        migrator.registerMigration("v10-i17-reader-term-lists", foreignKeyChecks: .immediate, migrate: readerTermLists)
        migrator.registerMigration("v10-i17-reader-checks", foreignKeyChecks: .immediate, migrate: readerChecksWithoutLists)
    }

    /// Integer keys everywhere; times as Unix seconds; calendar dates as 'YYYY-MM-DD' text.
    /// Indexes follow the paths a person waits for (search, a reader's profile, the queue, periods).
    static func foundation(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE staff (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN (\(Role.sqlList))),
                    areas TEXT NOT NULL DEFAULT '',            -- departments/subjects covered, comma-separated
                    active INTEGER NOT NULL DEFAULT 1,
                    created_at INTEGER NOT NULL
                );
                -- One row per department or subject a staff member covers: finds a reader's librarian fast.
                CREATE TABLE staff_area (
                    area TEXT NOT NULL COLLATE NOCASE,
                    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                    PRIMARY KEY (area, staff_id)
                ) WITHOUT ROWID;
                -- An OS login that acts as another staff login (set by an administrator).
                CREATE TABLE login_alias (
                    os_login TEXT PRIMARY KEY,
                    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE
                );

                CREATE TABLE reader (
                    id INTEGER PRIMARY KEY,
                    card TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL DEFAULT 'undergraduate' CHECK (type IN (\(ReaderType.sqlList))),
                    tier TEXT NOT NULL DEFAULT 'regular' CHECK (tier IN (\(CardType.sqlList))),
                    dept TEXT, subject TEXT, degree TEXT,
                    email TEXT, phone TEXT, address TEXT, postcode TEXT,
                    birthday TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    attitude TEXT, problems TEXT, needs TEXT,
                    consent_email INTEGER NOT NULL DEFAULT 0,
                    consent_phone INTEGER NOT NULL DEFAULT 0,
                    consent_birthday INTEGER NOT NULL DEFAULT 0,
                    lifecycle TEXT NOT NULL DEFAULT 'acquired' CHECK (lifecycle IN (\(Lifecycle.sqlList))),
                    aware_of_reference INTEGER NOT NULL DEFAULT 0,
                    librarian_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
                    extra TEXT,                                  -- JSON object of imported columns we keep
                    forgotten INTEGER NOT NULL DEFAULT 0,        -- personal data erased, statistics kept
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                CREATE INDEX reader_dept ON reader(dept, card);
                CREATE INDEX reader_subject ON reader(subject);
                CREATE INDEX reader_tier ON reader(tier, card);
                CREATE INDEX reader_librarian ON reader(librarian_id);
                -- Birthday care looks up by month-day, whatever the year.
                CREATE INDEX reader_birthday_md ON reader(substr(birthday, 6)) WHERE consent_birthday = 1;

                -- Normalised search terms (lower-case name words, pinyin in full and by initials, email,
                -- phone digits), written with the reader; searched by prefix through the primary key.
                CREATE TABLE reader_term (
                    term TEXT NOT NULL,
                    reader_id INTEGER NOT NULL REFERENCES reader(id) ON DELETE CASCADE,
                    PRIMARY KEY (term, reader_id)
                ) WITHOUT ROWID;
                CREATE INDEX reader_term_reader ON reader_term(reader_id);

                CREATE TABLE service (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    class TEXT NOT NULL CHECK (class IN (\(ServiceClass.sqlList))),
                    points INTEGER NOT NULL CHECK (points >= 0),
                    subjects TEXT NOT NULL DEFAULT '',           -- comma-separated
                    hosts TEXT NOT NULL DEFAULT '',              -- proxy host names, comma-separated
                    created_at INTEGER NOT NULL
                );

                -- Service-level usage only: never what was read. location: 0 onsite, 1 campus, 2 remote.
                CREATE TABLE usage (
                    id INTEGER PRIMARY KEY,
                    reader_id INTEGER NOT NULL REFERENCES reader(id) ON DELETE CASCADE,
                    service_id INTEGER NOT NULL REFERENCES service(id),
                    at INTEGER NOT NULL,
                    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
                    location INTEGER NOT NULL DEFAULT 0 CHECK (location BETWEEN 0 AND 2)
                );
                CREATE INDEX usage_reader ON usage(reader_id, at);
                CREATE INDEX usage_service ON usage(service_id, at);

                -- Monthly roll-up per reader and service, kept up to date on every write of usage and
                -- left behind when detail is purged: periods and trends read this, not the detail.
                -- month is year*100+month in the library's time zone (setting library.timezone).
                CREATE TABLE usage_month (
                    month INTEGER NOT NULL,
                    reader_id INTEGER NOT NULL REFERENCES reader(id) ON DELETE CASCADE,
                    service_id INTEGER NOT NULL REFERENCES service(id),
                    quantity INTEGER NOT NULL,
                    events INTEGER NOT NULL,
                    onsite INTEGER NOT NULL DEFAULT 0,           -- quantity used on site
                    late INTEGER NOT NULL DEFAULT 0,             -- quantity between 22:00 and 06:00
                    first_at INTEGER NOT NULL,
                    last_at INTEGER NOT NULL,
                    PRIMARY KEY (month, reader_id, service_id)
                ) WITHOUT ROWID;
                CREATE INDEX usage_month_reader ON usage_month(reader_id, month);
                CREATE INDEX usage_month_service ON usage_month(service_id, month);

                CREATE TABLE contact (
                    id INTEGER PRIMARY KEY,
                    reader_id INTEGER NOT NULL REFERENCES reader(id) ON DELETE CASCADE,
                    staff_id INTEGER NOT NULL REFERENCES staff(id),
                    at INTEGER NOT NULL,
                    channel TEXT NOT NULL CHECK (channel IN (\(Channel.sqlList))),
                    cell INTEGER CHECK (cell BETWEEN 1 AND 6),
                    read_level INTEGER CHECK (read_level BETWEEN 1 AND 6),
                    minutes INTEGER CHECK (minutes >= 0),
                    summary TEXT NOT NULL,
                    follow_up TEXT CHECK (follow_up IS NULL OR follow_up GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    outreach_id INTEGER
                );
                CREATE INDEX contact_reader ON contact(reader_id, at);
                CREATE INDEX contact_staff ON contact(staff_id, at);
                CREATE INDEX contact_at ON contact(at);
                CREATE INDEX contact_follow_up ON contact(follow_up) WHERE follow_up IS NOT NULL;

                CREATE TABLE ticket (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN (\(TicketKind.sqlList))),
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL DEFAULT '',
                    reader_id INTEGER REFERENCES reader(id) ON DELETE SET NULL,
                    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN (\(Priority.sqlList))),
                    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN (\(TicketStatus.sqlList))),
                    assignee_id INTEGER REFERENCES staff(id),
                    created_by INTEGER NOT NULL REFERENCES staff(id),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    due_at INTEGER NOT NULL,
                    first_response_at INTEGER,
                    resolved_at INTEGER,
                    closed_at INTEGER,
                    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
                    version INTEGER NOT NULL DEFAULT 1           -- optimistic concurrency: bumped by every change
                );
                CREATE INDEX ticket_queue ON ticket(status, due_at);
                CREATE INDEX ticket_assignee ON ticket(assignee_id, status, due_at);
                CREATE INDEX ticket_reader ON ticket(reader_id);

                -- Public replies and internal notes.
                CREATE TABLE ticket_entry (
                    id INTEGER PRIMARY KEY,
                    ticket_id INTEGER NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
                    staff_id INTEGER NOT NULL REFERENCES staff(id),
                    at INTEGER NOT NULL,
                    internal INTEGER NOT NULL DEFAULT 0,
                    body TEXT NOT NULL
                );
                CREATE INDEX ticket_entry_ticket ON ticket_entry(ticket_id, at);

                -- Every change of a ticket: who, when, what.
                CREATE TABLE ticket_history (
                    id INTEGER PRIMARY KEY,
                    ticket_id INTEGER NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
                    staff_id INTEGER NOT NULL REFERENCES staff(id),
                    at INTEGER NOT NULL,
                    field TEXT NOT NULL,
                    old_value TEXT,
                    new_value TEXT
                );
                CREATE INDEX ticket_history_ticket ON ticket_history(ticket_id, at);

                CREATE TABLE life_event (
                    id INTEGER PRIMARY KEY,
                    reader_id INTEGER NOT NULL REFERENCES reader(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN (\(LifeEventKind.sqlList))),
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT
                );
                CREATE INDEX life_event_date ON life_event(date);
                CREATE INDEX life_event_reader ON life_event(reader_id, date);

                CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;

                -- Append-only: who did what. Details never hold personal data (ids and field names only),
                -- so erasing a reader leaves nothing personal here.
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    login TEXT NOT NULL,
                    action TEXT NOT NULL,
                    reader_id INTEGER,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX audit_reader ON audit(reader_id, at);
                CREATE INDEX audit_login ON audit(login, at);
                CREATE INDEX audit_at ON audit(at);
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
    }
}
