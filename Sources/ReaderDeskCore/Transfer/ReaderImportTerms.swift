import GRDB

/// The search terms of the readers an import adds. They are made on the second core with each
/// stretch of the file (`ReaderStretch`), spilled as they come to a temporary table, and written
/// at the end in term order: SQLite sorts them with its own external sort (bounded memory, runs
/// in temporary files) and then appends to the `reader_term` B-tree instead of seeking a random
/// page for each of millions of terms.
struct ReaderImportTerms {
    private var spill = BatchedInsert("INSERT INTO temp.import_term(term, reader_id)", width: 2)
    /// New readers whose spilled terms a later row of the file replaced (that row wrote its own).
    private var superseded: Set<Int64> = []

    init(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TABLE IF EXISTS temp.import_term;
                CREATE TEMP TABLE import_term(term TEXT NOT NULL, reader_id INTEGER NOT NULL);
                """)
    }

    /// The terms of the reader `id` this import has just added.
    mutating func added(_ db: Database, id: Int64, terms: [String]) throws {
        for term in terms { try spill.append(db, .text(term), .integer(id)) }
    }

    /// Whether the reader `id`, added by this import, still has its first terms waiting here.
    func isPending(_ id: Int64) -> Bool { !superseded.contains(id) }

    /// A later row changed the reader `id` this import added: its terms are that row's to write.
    mutating func supersede(_ id: Int64) { superseded.insert(id) }

    mutating func flush(_ db: Database) throws { try spill.flush(db) }

    /// Writes the terms of the readers still added, in term order, then drops the spill.
    mutating func write(_ db: Database) throws {
        try spill.flush(db)
        try db.execute(sql: "CREATE TEMP TABLE import_superseded(id INTEGER PRIMARY KEY)")
        var gone = BatchedInsert("INSERT INTO temp.import_superseded(id)", width: 1)
        for id in superseded.sorted() { try gone.append(db, .integer(id)) }
        try gone.flush(db)
        // BINARY order by term, then by reader: the primary key's own order.
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO reader_term(term, reader_id)
                SELECT term, reader_id FROM temp.import_term
                WHERE reader_id NOT IN (SELECT id FROM temp.import_superseded)
                ORDER BY term, reader_id;
                DROP TABLE temp.import_term;
                DROP TABLE temp.import_superseded;
                """)
    }
}
