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

    /// One step, the statement reset after; an error names the statement.
    func stepOnce() throws {
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

/// Search terms and their readers written many to a statement, the terms bound straight from one
/// buffer of their bytes (SQLite reads them in place: no copy of each of millions of terms, as
/// binding a Swift string needs). `ReaderImportTerms` fills a batch on the second core.
struct TermBatch: Sendable {
    /// The terms' UTF-8 end to end; term `i` is `bytes[starts[i]..<starts[i + 1]]`.
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    var readers: [Int64] = []

    var count: Int { readers.count }

    mutating func append(_ term: String, reader: Int64) {
        bytes.append(contentsOf: term.utf8)
        starts.append(bytes.count)
        readers.append(reader)
    }

    static let rowsPerStatement = 200

    /// `INSERT OR IGNORE INTO reader_term` of every term of the batch.
    func insert(_ db: Database) throws {
        let full = try db.cachedStatement(sql: Self.sql(rows: Self.rowsPerStatement))
        let one = try db.cachedStatement(sql: Self.sql(rows: 1))
        let fullRows = count - count % Self.rowsPerStatement
        try bytes.withUnsafeBufferPointer { text in
            // The terms' buffer outlives every step that reads it.
            let inPlace = unsafeBitCast(0, to: sqlite3_destructor_type.self)
            let base = UnsafeRawPointer(text.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            func run(_ statement: Statement, from first: Int, rows: Int) throws {
                let handle = statement.sqliteStatement
                for r in 0..<rows {
                    let i = first + r
                    sqlite3_bind_text(handle, Int32(2 * r + 1), base + starts[i], Int32(starts[i + 1] - starts[i]), inPlace)
                    sqlite3_bind_int64(handle, Int32(2 * r + 2), readers[i])
                }
                try statement.stepOnce()
            }
            for first in stride(from: 0, to: fullRows, by: Self.rowsPerStatement) {
                try run(full, from: first, rows: Self.rowsPerStatement)
            }
            for i in fullRows..<count { try run(one, from: i, rows: 1) }
        }
    }

    private static func sql(rows: Int) -> String {
        "INSERT OR IGNORE INTO reader_term(term, reader_id) VALUES " + repeatElement("(?, ?)", count: rows).joined(separator: ", ")
    }
}
