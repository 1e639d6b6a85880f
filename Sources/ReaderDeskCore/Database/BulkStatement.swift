import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

extension Statement {
    /// Binds integers and runs the statement once, through the C API: GRDB's argument boxing
    /// costs more than the insert itself when an import writes millions of rows. In-process
    /// observers still see the change (SQLite's hooks fire); only GRDB's per-statement
    /// bookkeeping is skipped, so use it inside write transactions of bulk work only.
    func executeIntegers(_ values: Int64...) throws {
        let statement = sqliteStatement
        for (i, value) in values.enumerated() { sqlite3_bind_int64(statement, Int32(i + 1), value) }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))), sql: sql)
        }
    }
}
