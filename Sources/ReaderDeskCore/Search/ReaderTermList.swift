import GRDB

/// Each reader's search terms listed in one row of `reader_term_list`, so that changing or
/// forgetting a reader finds the terms to delete by `reader_term`'s own key (the table has no index
/// by reader: `Schema.readerTermLists`). Terms are separated by U+001F, which no term holds: names,
/// emails and phones with control characters are refused (`Validate.hasControlCharacter`).
enum ReaderTermList {
    static let separator: UInt8 = 0x1F

    static func joined(_ terms: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(terms.reduce(0) { $0 + $1.utf8.count + 1 })
        for (i, term) in terms.enumerated() {
            if i > 0 { bytes.append(separator) }
            bytes.append(contentsOf: term.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stores the reader's list, replacing the one before.
    static func write(_ db: Database, readerId: Int64, _ terms: some Sequence<String>) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO reader_term_list(reader_id, terms) VALUES (?, ?)")
            .execute(arguments: [readerId, joined(Array(terms))])
    }

    /// Deletes the reader's terms and their list.
    static func delete(_ db: Database, readerId: Int64) throws {
        let stored = try String.fetchOne(
            db.cachedStatement(sql: "SELECT terms FROM reader_term_list WHERE reader_id = ?"), arguments: [readerId])
        guard let stored else { return }
        let delete = try db.cachedStatement(sql: "DELETE FROM reader_term WHERE term = ? AND reader_id = ?")
        for term in stored.utf8.split(separator: separator) {
            try delete.execute(arguments: [String(decoding: term, as: UTF8.self), readerId])
        }
        try db.cachedStatement(sql: "DELETE FROM reader_term_list WHERE reader_id = ?").execute(arguments: [readerId])
    }
}
