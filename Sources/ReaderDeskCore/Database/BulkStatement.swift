import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

extension Statement {
    // Binding through the C API: GRDB's argument boxing costs more than the insert itself when
    // an import writes millions of rows. In-process observers still see the change (SQLite's
    // hooks fire); only GRDB's per-statement bookkeeping is skipped, so these are for write
    // transactions of bulk work only.

    /// Binds one text and one integer and runs the statement once (a search term and its reader).
    func executeTextAndInteger(_ text: String, _ value: Int64) throws {
        let statement = sqliteStatement
        bind(text, at: 1)
        sqlite3_bind_int64(statement, 2, value)
        try stepOnce()
    }

    /// Binds values in order and runs the statement once.
    func executeValues(_ values: some Collection<BulkValue>) throws {
        for (i, value) in values.enumerated() {
            switch value {
            case .text(let text): bind(text, at: Int32(i + 1))
            case .integer(let number): sqlite3_bind_int64(sqliteStatement, Int32(i + 1), number)
            case .real(let number): sqlite3_bind_double(sqliteStatement, Int32(i + 1), number)
            case .null: sqlite3_bind_null(sqliteStatement, Int32(i + 1))
            }
        }
        try stepOnce()
    }

    /// Binds a text from the string's own UTF-8 storage (no copy for native strings); SQLite
    /// copies it (SQLITE_TRANSIENT) before the buffer goes away.
    private func bind(_ text: String, at index: Int32) {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { _ = sqlite3_bind_text(sqliteStatement, index, "", 0, transient); return }
            _ = sqlite3_bind_text(
                sqliteStatement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                Int32(utf8.count), transient)
        }
    }

    private func stepOnce() throws {
        let statement = sqliteStatement
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))), sql: sql)
        }
    }
}

/// A value for the C-API binders, without GRDB's boxing.
enum BulkValue {
    case text(String), integer(Int64), real(Double), null

    init(_ text: String?) { self = text.map(BulkValue.text) ?? .null }
}

/// Rows gathered into INSERTs of many `VALUES` tuples: SQLite's per-statement work (a step, a
/// cursor opened, a seek from the root) is then paid once a batch instead of once a row, which
/// makes a bulk load two to three times faster. Call `flush` before reading what it wrote.
struct BatchedInsert {
    /// `INSERT … INTO table(columns)`, without `VALUES`.
    let head: String
    let width: Int
    let rowsPerStatement: Int
    /// What follows the values (an `ON CONFLICT` clause).
    let tail: String
    private var values: [BulkValue] = []

    init(_ head: String, width: Int, rowsPerStatement: Int = 200, tail: String = "") {
        self.head = head; self.width = width; self.rowsPerStatement = rowsPerStatement; self.tail = tail
        values.reserveCapacity(width * rowsPerStatement)
    }

    mutating func append(_ db: Database, _ row: BulkValue...) throws {
        values.append(contentsOf: row)
        if values.count == width * rowsPerStatement { try flush(db) }
    }

    /// Two values (a search term and its reader): no array made for each of millions of rows.
    mutating func append(_ db: Database, _ first: BulkValue, _ second: BulkValue) throws {
        values.append(first)
        values.append(second)
        if values.count == width * rowsPerStatement { try flush(db) }
    }

    mutating func flush(_ db: Database) throws {
        guard !values.isEmpty else { return }
        if values.count == width * rowsPerStatement {
            // The full statement's text is made once: GRDB's cache then finds it by this string.
            if fullSQL == nil { fullSQL = sql(rows: rowsPerStatement) }
            try db.cachedStatement(sql: fullSQL!).executeValues(values)
        } else {
            // The rest a row at a time: one more statement, not one for every size of a remainder.
            let one = try db.cachedStatement(sql: sql(rows: 1))
            for start in stride(from: 0, to: values.count, by: width) {
                try one.executeValues(values[start..<start + width])
            }
        }
        values.removeAll(keepingCapacity: true)
    }

    private var fullSQL: String?

    private func sql(rows: Int) -> String {
        let tuple = "(" + repeatElement("?", count: width).joined(separator: ", ") + ")"
        return head + " VALUES " + repeatElement(tuple, count: rows).joined(separator: ", ") + " " + tail
    }
}
