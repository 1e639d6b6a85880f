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

extension Schema {
    /// Issue 17: `today` reads only the rows it lists. The person's worklist index carries the due
    /// day too, so how many more they have due (thousands for a busy owner of a big library) is
    /// counted from the index alone, and the rows listed are still read in priority order.
    static func todayWindow(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP INDEX action_worklist;
                CREATE INDEX action_worklist ON action(owner_id, status, held, priority, due);
                """)
    }
}
