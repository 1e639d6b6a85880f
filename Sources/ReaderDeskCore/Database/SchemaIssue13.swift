import GRDB

extension Schema {
    /// Forgotten readers leave the reader count: this partial index counts them without a scan.
    static func forgottenReaders(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX reader_forgotten ON reader(id) WHERE forgotten")
    }

    /// Every reader's search terms made again (surnames read as surnames, both readings of a given-name
    /// character, ü as v and u, mixed full-and-initials forms: issue 13), cheaply: the terms are made in
    /// memory, sorted, and written into the emptied table in term order without its second index, so
    /// SQLite appends to the B-tree instead of seeking a page per term (as `ReaderImportTerms` does).
    static func pinyinNames(_ db: Database) throws {
        var pairs: [(term: String, id: Int64)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, email, phone FROM reader WHERE NOT forgotten")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            for term in SearchTerms.forReader(name: row[1], email: row[2], phone: row[3]) { pairs.append((term, id)) }
        }
        pairs.sort { a, b in
            if a.term.utf8.lexicographicallyPrecedes(b.term.utf8) { return true }
            if b.term.utf8.lexicographicallyPrecedes(a.term.utf8) { return false }
            return a.id < b.id
        }
        try db.execute(sql: "DELETE FROM reader_term; DROP INDEX reader_term_reader")
        var insert = BatchedInsert("INSERT OR IGNORE INTO reader_term(term, reader_id)", width: 2)
        for (term, id) in pairs { try insert.append(db, .text(term), .integer(id)) }
        try insert.flush(db)
        try db.execute(sql: "CREATE INDEX reader_term_reader ON reader_term(reader_id)")
    }
}
