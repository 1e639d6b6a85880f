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

    /// Binds one text and one integer and runs the statement once (a search term and its reader).
    func executeTextAndInteger(_ text: String, _ value: Int64) throws {
        let statement = sqliteStatement
        let code: Int32 = text.utf8CString.withUnsafeBufferPointer { buffer in
            // SQLITE_TRANSIENT: SQLite copies the text before the buffer goes away.
            sqlite3_bind_text(statement, 1, buffer.baseAddress, Int32(buffer.count - 1), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            sqlite3_bind_int64(statement, 2, value)
            return sqlite3_step(statement)
        }
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))), sql: sql)
        }
    }

    /// Binds texts (nil for NULL) then integers, in that order, and runs the statement once.
    func executeTexts(_ texts: [String?], integers: [Int64]) throws {
        let statement = sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)   // SQLite copies the text
        for (i, text) in texts.enumerated() {
            if let text {
                _ = text.utf8CString.withUnsafeBufferPointer {
                    sqlite3_bind_text(statement, Int32(i + 1), $0.baseAddress, Int32($0.count - 1), transient)
                }
            } else {
                sqlite3_bind_null(statement, Int32(i + 1))
            }
        }
        for (i, value) in integers.enumerated() { sqlite3_bind_int64(statement, Int32(texts.count + i + 1), value) }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))), sql: sql)
        }
    }
}
