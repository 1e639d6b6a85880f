import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

/// One row of a statement stepped through SQLite's C API, valid only inside the visiting closure.
struct RawRow {
    let statement: OpaquePointer

    @inline(__always) func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    @inline(__always) func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

    @inline(__always) func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    /// The column as a String, nil when NULL.
    func string(_ column: Int32) -> String? {
        isNull(column) ? nil : String(decoding: text(column), as: UTF8.self)
    }

    /// The column's UTF-8 bytes, borrowed from SQLite until the next step.
    @inline(__always) func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let p = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p, count: count)
    }
}

extension Database {
    /// Visits every row of a read without a GRDB Row a row: millions of rows of integers and
    /// short texts cost what SQLite costs, not an allocation each.
    func eachRawRow(_ sql: String, _ args: [Int64] = [], _ body: (RawRow) throws -> Void) throws {
        let statement = try makeStatement(sql: sql)
        let h = statement.sqliteStatement
        defer { sqlite3_reset(h) }
        for (i, a) in args.enumerated() { sqlite3_bind_int64(h, Int32(i + 1), a) }
        let row = RawRow(statement: h)
        while true {
            let rc = sqlite3_step(h)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqliteConnection)))
            }
            try body(row)
        }
    }
}

extension Statement {
    /// Whether the statement, its integer parameters bound through the C API, yields a row: the
    /// hundreds of thousands of existence checks of a refresh without GRDB's boxing each.
    func yieldsRow(_ args: Int64...) throws -> Bool { try !firstColumn(args, limit: 1).isEmpty }

    /// The first column of every row, the integer parameters bound through the C API.
    func firstColumn(_ args: [Int64], limit: Int = .max) throws -> [Int64] {
        let h = sqliteStatement
        defer { sqlite3_reset(h) }
        for (i, a) in args.enumerated() { sqlite3_bind_int64(h, Int32(i + 1), a) }
        var out: [Int64] = []
        while out.count < limit {
            let rc = sqlite3_step(h)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(h))))
            }
            out.append(sqlite3_column_int64(h, 0))
        }
        return out
    }
}
