import GRDB

/// One readers import's writes: new cards are added, changed ones updated, the same left alone.
/// A column the file lacks (or an empty cell) leaves the stored value as it is.
///
/// New readers are written many to a statement with ids given here; their search terms, made and
/// sorted on the second core with the stretch, wait in a temporary file (`ReaderImportTerms`). The
/// readers a stretch names are looked up when it comes (`lookUp`), so nothing of the size of
/// the file or of the table is held; `endStretch` writes what the next lookup must see, and
/// `finish` what is pending.
struct ReaderUpsert {
    /// The original-record fields an import may set, as stored.
    struct ReaderState: Equatable {
        var name: String, type: String, tier: String
        var dept, subject, email, phone, address, postcode, birthday, extra: String?
    }

    /// A reader by card: its id, its fields, and whether this import added it and its terms
    /// still wait in the spill.
    typealias KnownReader = (id: Int64, state: ReaderState, pendingTerms: Bool)

    private let now: Int64
    /// The readers of the stretch being written, by card, as stored or as this stretch left them.
    private var known: [String: KnownReader] = [:]
    /// Cards of forgotten readers (`forgotten-ID`) in this stretch: taken, but by no one an import may update.
    private var retiredCards: Set<String> = []
    /// The first id this import gives: readers from here on are its own.
    private let firstNewId: Int64
    private var nextId: Int64
    /// Whether the table held any reader before: if not, only cards this import added can be
    /// known, and their hashes say which might be (a collision costs one lookup).
    private let startedEmpty: Bool
    private var addedCards: Set<Int> = []
    /// In a library that started empty: the hash of each card of the stretch, and those that come
    /// twice in it (only their readers need remembering for the rest of the stretch).
    private var cardHashes: [Int] = []
    private var repeatedHere: Set<Int> = []
    private var newReaders = BatchedInsert(
        """
        INSERT INTO reader(id, card, name, type, tier, dept, subject, email, phone, address, postcode, birthday, extra,
            created_at, updated_at)
        """, width: 15, rowsPerStatement: 60)
    /// Their term lists, written with them in id order (their terms wait for the end).
    private var newTermLists = BatchedInsert("INSERT INTO reader_term_list(reader_id, terms)", width: 2)
    private var newTerms: ReaderImportTerms

    init(_ db: Database, actor: Actor, terms: TermRuns) throws {
        now = actor.now
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader")
        startedEmpty = last == nil
        firstNewId = (last ?? 0) + 1
        nextId = firstNewId
        newTerms = ReaderImportTerms(terms, firstNewId: firstNewId)
    }

    /// Reads the stored readers of `rows`' cards, before the stretch is written.
    mutating func lookUp(_ db: Database, _ rows: [ReaderRow]) throws {
        known.removeAll(keepingCapacity: true)
        retiredCards.removeAll(keepingCapacity: true)
        cardHashes.removeAll(keepingCapacity: true)
        repeatedHere.removeAll(keepingCapacity: true)
        var cards = Set<String>()
        if startedEmpty {
            var seenHere = Set<Int>(minimumCapacity: rows.count)
            for row in rows {
                let hash = row.card.hashValue
                cardHashes.append(hash)
                if addedCards.contains(hash) { cards.insert(row.card) }
                if !seenHere.insert(hash).inserted { repeatedHere.insert(hash) }
            }
        } else {
            for row in rows { cards.insert(row.card) }
        }
        let all = Array(cards)
        for start in stride(from: 0, to: all.count, by: 500) {
            let part = all[start..<min(all.count, start + 500)]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, card, name, type, tier, dept, subject, email, phone, address, postcode, birthday, extra, forgotten
                    FROM reader WHERE card IN (\(databaseQuestionMarks(count: part.count)))
                    """, arguments: StatementArguments(Array(part)))
            while let r = try rows.next() {
                if r[13] as Bool { retiredCards.insert(r[1]); continue }
                let id: Int64 = r[0]
                known[r[1]] = (
                    id,
                    ReaderState(
                        name: r[2], type: r[3], tier: r[4], dept: r[5], subject: r[6], email: r[7],
                        phone: r[8], address: r[9], postcode: r[10], birthday: r[11], extra: r[12]),
                    id >= firstNewId && newTerms.isPending(id)
                )
            }
        }
    }

    /// A row's own problem with the database, before anything of it is written.
    func check(_ row: ReaderRow) throws {
        if retiredCards.contains(row.card) {
            throw ReaderDeskError.invalid(
                "card \(row.card) belonged to a forgotten reader and cannot be reused", Phrase("error.reader.forgotten", [row.card]))
        }
    }

    /// `at`: the row's place in the file (its stretch and its row there), where its terms wait;
    /// `termList`: those terms as the reader's list.
    mutating func add(
        _ db: Database, _ row: ReaderRow, at place: (stretch: Int, row: Int), termList: String, _ summary: inout ImportSummary
    ) throws {
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
            try newTermLists.append(db, .integer(id), .text(termList))
            newTerms.added(stretch: place.stretch, row: place.row, id: id)
            if startedEmpty {
                let hash = cardHashes[place.row]
                addedCards.insert(hash)
                if repeatedHere.contains(hash) { known[row.card] = (id, s, true) }
            } else {
                known[row.card] = (id, s, true)
            }
            summary.added += 1
            return
        }
        guard old.state != s else { summary.unchanged += 1; return }
        // The reader may be one of them, and its list replaced below.
        try newReaders.flush(db)
        try newTermLists.flush(db)
        try db.cachedStatement(
            sql: """
                UPDATE reader SET name = ?, type = ?, tier = ?, dept = ?, subject = ?, email = ?, phone = ?, address = ?,
                    postcode = ?, birthday = ?, extra = ?, updated_at = ? WHERE id = ?
                """
        ).execute(arguments: [
            s.name, s.type, s.tier, s.dept, s.subject, s.email, s.phone, s.address,
            s.postcode, s.birthday, s.extra, now, old.id,
        ])
        var pending = old.pendingTerms
        if (old.state.name, old.state.email, old.state.phone) != (s.name, s.email, s.phone) {
            // A reader an earlier row added has no terms in the table yet: this row's take their place.
            if pending { newTerms.supersede(old.id) }
            try AppDatabase.writeTerms(
                db, readerId: old.id, name: s.name, email: s.email, phone: s.phone,
                isNew: pending)
            pending = false
        }
        known[row.card] = (old.id, s, pending)
        summary.updated += 1
    }

    /// Writes the stretch's new readers (the next stretch looks them up).
    mutating func endStretch(_ db: Database) throws {
        try newReaders.flush(db)
        try newTermLists.flush(db)
    }

    /// Writes the readers and terms still pending.
    mutating func finish(_ db: Database) throws {
        try newReaders.flush(db)
        try newTermLists.flush(db)
        try newTerms.write(db)
    }
}
