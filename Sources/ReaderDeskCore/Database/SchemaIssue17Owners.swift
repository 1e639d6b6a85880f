import GRDB

extension Schema {
    /// Issue 17: one owner's counts per cell (the matrix's `m` and `o`, the status line's follow-ups)
    /// from an index alone, as `action_open_cell` gives them for everyone's: with the held flag an
    /// equality, SQLite would otherwise walk a whole cell's open actions to find one owner's.
    static func ownerOpenCells(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX action_owner_open_cell ON action(owner_id, status, held, cell, due)")
    }
}
