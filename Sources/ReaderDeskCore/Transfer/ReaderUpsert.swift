import GRDB

/// One readers import's writes: new cards are added, changed ones updated, the same left alone.
/// A column the file lacks (or an empty cell) leaves the stored value as it is.
///
/// New readers are written many to a statement with ids given here, and their search terms are
/// made on the second core meanwhile (`ReaderImportTerms`); `finish` writes what is pending.
struct ReaderUpsert {
    /// The original-record fields an import may set, as stored.
    struct ReaderState: Equatable {
        var name: String, type: String, tier: String
        var dept, subject, email, phone, address, postcode, birthday, extra: String?
    }

    /// A reader by card: its id, its fields, and the row of this import that added it, if one did.
    typealias KnownReader = (id: Int64, state: ReaderState, addedByRow: Int?)

    private let now: Int64
    private var known: [String: KnownReader] = [:]
    /// Cards of forgotten readers (`forgotten-ID`): taken, but by no one an import may update.
    private var retiredCards: Set<String> = []
    private var nextId: Int64
    private var newReaders = BatchedInsert(
        """
        INSERT INTO reader(id, card, name, type, tier, dept, subject, email, phone, address, postcode, birthday, extra,
            created_at, updated_at)
        """, width: 15, rowsPerStatement: 60)
    private var newTerms: ReaderImportTerms

    init(_ db: Database, actor: Actor, rows: [ReaderRow]) throws {
        now = actor.now
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, card, name, type, tier, dept, subject, email, phone, address, postcode, birthday, extra, forgotten
                FROM reader
                """)
        known.reserveCapacity(rows.count)
        while let r = try cursor.next() {
            if r[13] as Bool { retiredCards.insert(r[1]); continue }
            known[r[1]] = (
                r[0],
                ReaderState(
                    name: r[2], type: r[3], tier: r[4], dept: r[5], subject: r[6], email: r[7],
                    phone: r[8], address: r[9], postcode: r[10], birthday: r[11], extra: r[12]), nil
            )
        }
        nextId = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader") ?? 0) + 1
        newTerms = ReaderImportTerms(rows: rows, known: Set(known.keys).union(retiredCards))
    }

    /// A row's own problem with the database, before anything of it is written.
    func check(_ row: ReaderRow) throws {
        if retiredCards.contains(row.card) {
            throw ReaderDeskError.invalid(
                "card \(row.card) belonged to a forgotten reader and cannot be reused", Phrase("error.reader.forgotten", [row.card]))
        }
    }

    mutating func add(_ db: Database, _ row: ReaderRow, at index: Int, _ summary: inout ImportSummary) throws {
        let old = known[row.card]
        var s = old?.state ?? ReaderState(name: row.name, type: ReaderType.undergraduate.rawValue, tier: CardType.regular.rawValue)
        s.name = row.name
        if let v = row.type { s.type = v.rawValue }
        if let v = row.cardType { s.tier = v.rawValue }
        if let v = row.dept { s.dept = v }
        if let v = row.subject { s.subject = v }
        if let v = row.email { s.email = v }
        if let v = row.phone { s.phone = v }
        if let v = row.address { s.address = v }
        if let v = row.postcode { s.postcode = v }
        if let v = row.birthday { s.birthday = v }
        if !row.extra.isEmpty { s.extra = Importer.mergedExtra(s.extra, row.extra) }
        guard let old else {
            let id = nextId
            nextId += 1
            try newReaders.append(
                db, .integer(id), .text(row.card), .text(s.name), .text(s.type), .text(s.tier),
                BulkValue(s.dept), BulkValue(s.subject), BulkValue(s.email), BulkValue(s.phone),
                BulkValue(s.address), BulkValue(s.postcode), BulkValue(s.birthday), BulkValue(s.extra),
                .integer(now), .integer(now))
            newTerms.added(row: index, id: id)
            known[row.card] = (id, s, index)
            summary.added += 1
            return
        }
        guard old.state != s else { summary.unchanged += 1; return }
        try newReaders.flush(db)  // the reader may be one of them
        try db.cachedStatement(
            sql: """
                UPDATE reader SET name = ?, type = ?, tier = ?, dept = ?, subject = ?, email = ?, phone = ?, address = ?,
                    postcode = ?, birthday = ?, extra = ?, updated_at = ? WHERE id = ?
                """
        ).execute(arguments: [
            s.name, s.type, s.tier, s.dept, s.subject, s.email, s.phone, s.address,
            s.postcode, s.birthday, s.extra, now, old.id,
        ])
        var addedByRow = old.addedByRow
        if (old.state.name, old.state.email, old.state.phone) != (s.name, s.email, s.phone) {
            // A reader an earlier row added has no terms in the table yet: this row's take their place.
            if let added = addedByRow { newTerms.superseded(row: added) }
            try AppDatabase.writeTerms(
                db, readerId: old.id, name: s.name, email: s.email, phone: s.phone,
                isNew: addedByRow != nil)
            addedByRow = nil
        }
        known[row.card] = (old.id, s, addedByRow)
        summary.updated += 1
    }

    /// Writes the readers and terms still pending.
    mutating func finish(_ db: Database) throws {
        try newReaders.flush(db)
        try newTerms.write(db)
    }
}
