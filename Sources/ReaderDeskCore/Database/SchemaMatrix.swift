import GRDB

extension Schema {
    /// Indexes for the matrix's daily refresh (see DailyScan).
    static func matrixSpeed(_ db: Database) throws {
        try db.execute(sql: """
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
}
