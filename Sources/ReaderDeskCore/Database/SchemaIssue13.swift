import GRDB

extension Schema {
    /// Forgotten readers leave the reader count: this partial index counts them without a scan.
    static func forgottenReaders(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX reader_forgotten ON reader(id) WHERE forgotten")
    }

    /// Search terms of Han names made again: surnames read as surnames, both readings of a given-name
    /// character, ü as v and u, mixed full-and-initials forms (issue 13). Latin names' terms did not
    /// change, so only readers whose name has a Han character are touched, in one pass.
    static func pinyinNames(_ db: Database) throws {
        let delete = try db.makeStatement(sql: "DELETE FROM reader_term WHERE reader_id = ?")
        let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO reader_term(term, reader_id) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, email, phone FROM reader WHERE NOT forgotten")
        var pending: [(Int64, String, String?, String?)] = []
        while let row = try rows.next() {
            let name: String = row[1]
            if name.contains(where: Pinyin.isHan) { pending.append((row[0], name, row[2], row[3])) }
        }
        for (id, name, email, phone) in pending {
            try delete.execute(arguments: [id])
            for term in SearchTerms.forReader(name: name, email: email, phone: phone) {
                try insert.execute(arguments: [term, id])
            }
        }
    }
}
