import GRDB

extension Schema {
    /// Issue 17: `matrix` answers from the stored actions at a million readers. The counts per cell
    /// of the open actions not held come from an index alone, and a cell's most urgent open actions
    /// are read in order instead of sorting the whole cell (tens of thousands at that scale).
    static func matrixLists(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX action_open_cell ON action(status, held, cell, due);
                CREATE INDEX action_cell_priority ON action(status, cell, priority DESC, due);
                """)
    }
}
