import GRDB

/// The search terms of the readers an import adds. They are made on the second core while the
/// first writes the readers, and written in term order at the end: SQLite then appends to the
/// `reader_term` B-tree instead of seeking a random page for each of ~860,000 terms.
struct ReaderImportTerms {
    /// Every term of the new rows, and the order to write them in: by term (UTF-8 bytes, as
    /// SQLite's BINARY collation compares), then by row, so new readers' ids ascend too.
    struct Made: Sendable {
        var terms: [String] = [], rowOfTerm: [Int32] = [], order: [Int32] = []
    }
    private let made: BackgroundTask<Made>
    /// The reader each row added, once written; nil for rows that added none (an update, a bad
    /// row) or whose reader a later row of the file changed (that row wrote its own terms).
    private var readerIds: [Int64?]

    /// Starts making the terms of `rows[i]` for every `i` in `rows` whose card is not `known`.
    init(rows: [ReaderRow], known: Set<String>) {
        readerIds = Array(repeating: nil, count: rows.count)
        made = BackgroundTask { Self.make(rows, known) }
    }

    private static func make(_ rows: [ReaderRow], _ known: Set<String>) -> Made {
        var terms: [String] = [], rowOfTerm: [Int32] = [], keys: [UInt64] = []
        for (i, row) in rows.enumerated() where !known.contains(row.card) {
            for term in SearchTerms.forReader(name: row.name, email: row.email, phone: row.phone) {
                terms.append(term)
                rowOfTerm.append(Int32(i))
                keys.append(prefixKey(term))
            }
        }
        // Most terms differ in their first eight bytes, so the sort compares integers and reads
        // the whole texts only on a tie.
        var order = Array(0..<Int32(terms.count))
        order.sort { a, b in
            let (ka, kb) = (keys[Int(a)], keys[Int(b)])
            if ka != kb { return ka < kb }
            let (ta, tb) = (terms[Int(a)].utf8, terms[Int(b)].utf8)
            if ta.lexicographicallyPrecedes(tb) { return true }
            if tb.lexicographicallyPrecedes(ta) { return false }
            return a < b
        }
        return Made(terms: terms, rowOfTerm: rowOfTerm, order: order)
    }

    /// The first eight UTF-8 bytes, big-endian, zero-padded: orders like the bytes themselves.
    private static func prefixKey(_ term: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for byte in term.utf8 {
            key = key << 8 | UInt64(byte)
            count += 1
            if count == 8 { return key }
        }
        return key << (8 * UInt64(8 - count))
    }

    /// Row `row` added the reader `id`.
    mutating func added(row: Int, id: Int64) { readerIds[row] = id }

    /// A later row changed the reader row `row` added: its terms are that row's to write.
    mutating func superseded(row: Int) { readerIds[row] = nil }

    /// Waits for the terms, then writes those of the readers still added.
    func write(_ db: Database) throws {
        let made = try made.value()
        var insert = BatchedInsert("INSERT OR IGNORE INTO reader_term(term, reader_id)", width: 2)
        for index in made.order {
            guard let id = readerIds[Int(made.rowOfTerm[Int(index)])] else { continue }
            try insert.append(db, .text(made.terms[Int(index)]), .integer(id))
        }
        try insert.flush(db)
    }
}
