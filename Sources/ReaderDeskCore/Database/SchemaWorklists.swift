import GRDB

extension Schema {
    /// The matrix as worklists: each action's priority, whether it waits behind the reader's other
    /// actions (`held`), a service action's readers (count and audience), and staff capacity.
    static func worklists(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE action ADD COLUMN priority REAL NOT NULL DEFAULT 0;
                ALTER TABLE action ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE action ADD COLUMN readers INTEGER;
                ALTER TABLE action ADD COLUMN audience TEXT;
                ALTER TABLE staff ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1);
                -- A person's plan: their open, shown actions by priority.
                CREATE INDEX action_worklist ON action(owner_id, status, held, priority);
                CREATE INDEX action_priority ON action(status, held, priority);
                -- Every rule runs again at the next look, so priorities, owners and caps apply at once.
                DELETE FROM analytics_state WHERE key = 'daily' OR key GLOB 'live*';
                -- Actions nobody covers go to an administrator.
                INSERT OR IGNORE INTO setting(key, value)
                    SELECT 'matrix.default_owner', login FROM staff WHERE role = 'admin' AND active ORDER BY id LIMIT 1;
                """)
    }
}
