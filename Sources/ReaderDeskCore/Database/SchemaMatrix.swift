import GRDB

extension Schema {
    /// Indexes for the matrix's daily refresh (see DailyScan).
    static func matrixSpeed(_ db: Database) throws {
        try db.execute(
            sql: """
                -- Usage by time, covering what the rules read: the edge days of a window are an index
                -- range scan with no lookups into the table.
                CREATE INDEX usage_at ON usage(at, reader_id, service_id, quantity, location);
                -- One quarter's tiers (with the reader id from the key) without scanning all quarters.
                CREATE INDEX reader_quarter_quarter ON reader_quarter(quarter, tier);
                """)
    }

    /// usage_at serves every range of time the service index served (pyramid edges, reader
    /// windows), so usage keeps two indexes, not three: every event written costs one less.
    static func usageByTime(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS usage_service")
    }

    /// The matrix's freshness check (every profile and matrix look) reads the last change of
    /// readers and tickets: an index makes that a lookup, not a scan of 100,000 readers (12 ms).
    static func changeStamps(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX reader_updated ON reader(updated_at);
                CREATE INDEX ticket_updated ON ticket(updated_at);
                """)
    }
}
