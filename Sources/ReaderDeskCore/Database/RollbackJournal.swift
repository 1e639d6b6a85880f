import GRDB

extension AppDatabase {
    /// Runs `body`, one write transaction that loads a big file into an empty table, with the
    /// file in rollback-journal mode when no other connection has it open, and back in
    /// write-ahead logging afterwards. With the log every page the load writes is written twice,
    /// to the log and then into the file (0.7 GB twice for a million readers); with a rollback
    /// journal, pages past the file's old end go into the file once and need no journal at all.
    ///
    /// When another connection has the file open (a colleague's app, this process's data-version
    /// watcher), the switch is refused at once, without waiting, and `body` runs with the log as
    /// always. Either way the transaction is all or nothing: a crash leaves a hot journal that
    /// the next opener rolls back. A colleague who opens the library meanwhile waits (busy timeout)
    /// until the load is done.
    func withoutWriteAheadLog<T>(_ body: () throws -> T) throws -> T {
        guard let pool = writer as? DatabasePool else { return try body() }
        pool.releaseMemory()  // this process's idle reader connections are closed
        let switched = try pool.writeWithoutTransaction { db -> Bool in
            let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 30_000
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)") }
            // A rollback journal is safe across a power cut only with every sync made.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            guard (try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")) == "delete" else {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                return false
            }
            return true
        }
        guard switched else { return try body() }
        defer {
            // Refused only if someone holds the file this very moment; the next connection to
            // open it (GRDB's pool) turns the log back on then.
            try? pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
        }
        return try body()
    }

    /// Whether `table` has no rows, asked on the writing connection (no reader connection opened).
    func isEmpty(_ table: String) throws -> Bool {
        try writer.writeWithoutTransaction { db in
            try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(table))") ?? true
        }
    }
}
