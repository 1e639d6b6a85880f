import GRDB

extension AppDatabase {
    @discardableResult
    public func addReader(_ actor: Actor, card: String, fields: ReaderFields) throws -> Reader {
        try actor.require(.writeRecords)
        return try write { db in try Self.insertReader(db, actor, card: card, fields: fields) }
    }

    static func insertReader(_ db: Database, _ actor: Actor, card: String, fields: ReaderFields) throws -> Reader {
        try Validate.code(card, "card")
        guard let name = fields.name else {
            throw ReaderDeskError.invalid("a new reader needs a name", Phrase("error.reader.needsName", [Phrase.field("reader.name")]))
        }
        if try Reader.filter(Column("card") == card).fetchCount(db) > 0 {
            throw ReaderDeskError(
                .duplicate, "card \(card) already exists: use 'readerdesk reader update \(card)'",
                phrase: Phrase("error.reader.exists", [card]))
        }
        var reader = Reader(card: card, name: name, now: actor.now)
        try apply(db, actor, fields, to: &reader)
        try reader.insert(db)
        try writeTerms(db, reader)
        try audit(db, actor, "reader.add", readerId: reader.id)
        return reader
    }

    @discardableResult
    public func updateReader(_ actor: Actor, card: String, fields: ReaderFields) throws -> Reader {
        try actor.require(.writeRecords)
        if fields.touchesAnalysis { try actor.require(.writeAnalysis) }
        return try write { db in try Self.updateReader(db, actor, card: card, fields: fields) }
    }

    static func updateReader(_ db: Database, _ actor: Actor, card: String, fields: ReaderFields) throws -> Reader {
        var reader = try reader(db, card: card)
        try apply(db, actor, fields, to: &reader)
        reader.updatedAt = actor.now
        try reader.update(db)
        try writeTerms(db, reader)
        try audit(db, actor, "reader.update", readerId: reader.id, detail: fields.fieldNames.joined(separator: ","))
        return reader
    }

    /// Validates every field first, then sets them: a bad one changes nothing.
    static func apply(_ db: Database, _ actor: Actor, _ f: ReaderFields, to r: inout Reader) throws {
        if let v = f.name { try Validate.line(v, "name", required: true, max: 200) }
        for (v, n) in [
            (f.dept, "department"), (f.subject, "subject"), (f.degree, "degree"),
            (f.address, "address"), (f.postcode, "postcode"),
        ] {
            if let v { try Validate.line(v, n) }
        }
        for (v, n) in [(f.attitude, "attitude"), (f.problems, "problems"), (f.needs, "needs")] {
            if let v { try Validate.text(v, n) }
        }
        if let v = f.email, !v.isEmpty { try Validate.email(v) }
        if let v = f.phone, !v.isEmpty { try Validate.phone(v) }
        let birthday = try f.birthday.map { $0.isEmpty ? "" : try LibraryCalendar.current.normaliseDay($0) }
        var librarianId: Int64??
        if let login = f.librarianLogin {
            librarianId = login.isEmpty ? .some(nil) : .some(try staff(db, login: login).id)
        }
        func blankIsNil(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }

        if let v = f.name { r.name = v }
        if let v = f.type { r.type = v }
        if let v = f.cardType { r.cardType = v }
        if f.dept != nil { r.dept = blankIsNil(f.dept) }
        if f.subject != nil { r.subject = blankIsNil(f.subject) }
        if f.degree != nil { r.degree = blankIsNil(f.degree) }
        if f.email != nil { r.email = blankIsNil(f.email) }
        if f.phone != nil { r.phone = blankIsNil(f.phone) }
        if f.address != nil { r.address = blankIsNil(f.address) }
        if f.postcode != nil { r.postcode = blankIsNil(f.postcode) }
        if birthday != nil { r.birthday = blankIsNil(birthday) }
        if f.attitude != nil { r.attitude = blankIsNil(f.attitude) }
        if f.problems != nil { r.problems = blankIsNil(f.problems) }
        if f.needs != nil { r.needs = blankIsNil(f.needs) }
        if let c = f.consent {
            r.consentEmail = c.contains(.email)
            r.consentPhone = c.contains(.phone)
            r.consentBirthday = c.contains(.birthday)
        }
        if let v = f.lifecycle { r.lifecycle = v }
        if let v = f.awareOfReference { r.awareOfReference = v }
        if let v = librarianId { r.librarianId = v }
        if f.extra != nil { r.extra = blankIsNil(f.extra) }
    }

    static func writeTerms(_ db: Database, _ r: Reader) throws {
        try writeTerms(db, readerId: r.id!, name: r.name, email: r.email, phone: r.phone)
    }

    /// `isNew` skips deleting old terms, for readers an import has just inserted (whose terms are
    /// not in the table yet; their list, if written, is replaced).
    static func writeTerms(
        _ db: Database, readerId: Int64, name: String, email: String?, phone: String?,
        isNew: Bool = false
    ) throws {
        if !isNew { try ReaderTermList.delete(db, readerId: readerId) }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO reader_term(term, reader_id) VALUES (?, ?)")
        let terms = SearchTerms.forReader(name: name, email: email, phone: phone)
        for term in terms { try insert.executeTextAndInteger(term, readerId) }
        try ReaderTermList.write(db, readerId: readerId, terms)
    }

    static func reader(_ db: Database, card: String) throws -> Reader {
        guard let r = try Reader.filter(Column("card") == card).fetchOne(db) else {
            throw ReaderDeskError.notFound("no reader with card \(card)", Phrase("error.reader.notFound", [card]))
        }
        return r
    }

    /// One reader as `actor` may see it (analysis hidden from the front desk).
    public func reader(_ actor: Actor, card: String) throws -> Reader {
        let r = try read { db in try Self.reader(db, card: card) }
        return actor.can(.readAnalysis) ? r : r.withoutAnalysis()
    }

    /// A page of readers in card order, optionally by card type, value tier and department.
    /// Forgotten readers are not listed (their anonymous statistics stay).
    public func readers(
        _ actor: Actor, cardType: CardType? = nil, valueTier: ValueTier? = nil, dept: String? = nil,
        limit: Int = 1000, offset: Int = 0
    ) throws -> [Reader] {
        try readersListed(actor, cardType: cardType, valueTier: valueTier, dept: dept, limit: limit, offset: offset).rows
    }

    /// Readers as `readers`, with how many match beyond the limit.
    public func readersListed(
        _ actor: Actor, cardType: CardType? = nil, valueTier: ValueTier? = nil, dept: String? = nil,
        limit: Int = 1000, offset: Int = 0
    ) throws -> Listed<Reader> {
        let (rows, total) = try read { db in
            var q = Reader.filter(Column("forgotten") == false)
            if let cardType { q = q.filter(Column("tier") == cardType.rawValue) }
            if let valueTier {
                let ranked = SQL("SELECT reader_id FROM reader_value WHERE tier = \(valueTier.rawValue)")
                q =
                    valueTier == .inactive
                    ? q.filter(sql: "id NOT IN (SELECT reader_id FROM reader_value)")
                    : q.filter(literal: "id IN (\(ranked))")
            }
            if let dept { q = q.filter(Column("dept") == dept) }
            let rows = try q.order(Column("card")).limit(limit, offset: offset).fetchAll(db)
            return (rows, rows.count < limit ? offset + rows.count : try q.fetchCount(db))
        }
        try auditBulkRead(actor, "reader.list", rows: rows.count)
        return Listed(rows: actor.can(.readAnalysis) ? rows : rows.map { $0.withoutAnalysis() }, total: total)
    }

    /// Search as you type: card prefix, name, pinyin in full or by initials, email, phone.
    public func searchReaders(_ actor: Actor, _ text: String, limit: Int = 50) throws -> [Reader] {
        let rows = try read { db in try Self.searchReaders(db, text, limit: limit) }
        try auditBulkRead(actor, "reader.search", rows: rows.count)
        return actor.can(.readAnalysis) ? rows : rows.map { $0.withoutAnalysis() }
    }

    static func searchReaders(_ db: Database, _ text: String, limit: Int) throws -> [Reader] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let q = SearchTerms.normaliseQuery(trimmed)
        guard !q.isEmpty else { return [] }
        let digits = trimmed.filter(\.isASCIIDigit)
        let phoneLike = digits.count >= 3 && trimmed.allSatisfy { $0.isASCIIDigit || " +-()".contains($0) }
        let end = "\u{10FFFF}"
        // Each source is read in its index's order and stops after a few hundred hits, so a short
        // prefix ("2" of a card, "z" of a name) that matches most readers costs no more than a
        // long one. The hits are ranked (exact card, exact name, then shorter names first) on their
        // sort keys, and only the `limit` kept are read whole.
        var rank: [Int64: Int] = [:]
        func collect(_ sql: String, _ args: StatementArguments, _ r: Int) throws {
            for id in try Int64.fetchAll(db, sql: sql, arguments: args) where rank[id] == nil { rank[id] = r }
        }
        // Forgotten readers have no terms; their placeholder cards are not searched either.
        try collect("SELECT id FROM reader WHERE card = ? AND NOT forgotten", [trimmed], 0)
        try collect(
            "SELECT id FROM reader WHERE card > ?1 AND card < ?1 || ?2 AND NOT forgotten ORDER BY card LIMIT ?3", [trimmed, end, limit], 1)
        try collect(
            "SELECT reader_id FROM reader_term WHERE term >= ?1 AND term < ?1 || ?2 ORDER BY term LIMIT ?3", [q, end, limit * 2], 1)
        if phoneLike {
            try collect(
                "SELECT reader_id FROM reader_term WHERE term >= ?1 AND term < ?1 || ?2 ORDER BY term LIMIT ?3", [digits, end, limit * 2], 1
            )
        }
        guard !rank.isEmpty else { return [] }
        let keys = try Row.fetchAll(
            db, sql: "SELECT id, name, card FROM reader WHERE id IN (\(rank.keys.map(String.init).joined(separator: ",")))"
        )
        .map { (id: $0[0] as Int64, name: $0[1] as String, card: $0[2] as String) }
        let top = keys.sorted { a, b in
            let ra = rank[a.id]!, rb = rank[b.id]!
            if ra != rb { return ra < rb }
            let ea = a.name == trimmed, eb = b.name == trimmed
            if ea != eb { return ea }
            if a.name.count != b.name.count { return a.name.count < b.name.count }
            return a.card < b.card
        }.prefix(limit).map(\.id)
        let rows = Dictionary(
            uniqueKeysWithValues: try Reader.fetchAll(
                db, sql: "SELECT * FROM reader WHERE id IN (\(top.map(String.init).joined(separator: ",")))"
            )
            .map { ($0.id!, $0) })
        return top.compactMap { rows[$0] }
    }

    /// The subject librarian who owns a reader: the one named on the record, else a librarian
    /// covering the reader's department or subject.
    static func owner(_ db: Database, _ r: Reader) throws -> Staff? {
        if let id = r.librarianId, let s = try Staff.fetchOne(db, key: id) { return s }
        return try Staff.fetchOne(
            db,
            sql: """
                SELECT staff.* FROM staff_area JOIN staff ON staff.id = staff_area.staff_id
                WHERE staff_area.area IN (?, ?) AND staff.role != 'front-desk' AND staff.active
                ORDER BY staff_area.area = ? DESC, staff.role = 'librarian' DESC, staff.id LIMIT 1
                """, arguments: [r.dept ?? "", r.subject ?? "", r.dept ?? ""])
    }

    public func owner(of reader: Reader) throws -> Staff? {
        try read { db in try Self.owner(db, reader) }
    }
}
