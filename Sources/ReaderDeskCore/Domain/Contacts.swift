import GRDB

public struct ContactInput: Sendable {
    public var card: String
    public var channel: Channel
    public var cell: Int?
    public var readLevel: Int?
    public var minutes: Int?
    public var summary: String
    public var followUp: String?
    public var at: Int64?
    public init(
        card: String, channel: Channel, cell: Int? = nil, readLevel: Int? = nil, minutes: Int? = nil,
        summary: String, followUp: String? = nil, at: Int64? = nil
    ) {
        self.card = card; self.channel = channel; self.cell = cell; self.readLevel = readLevel
        self.minutes = minutes; self.summary = summary; self.followUp = followUp; self.at = at
    }
}

extension AppDatabase {
    /// A contact with the names a listing shows: followed by WHERE and ORDER BY.
    static let contactListingSQL = """
        SELECT contact.id, reader.card, reader.name AS reader_name, staff.login AS staff, contact.at,
               contact.channel, contact.cell, contact.read_level, contact.minutes, contact.summary, contact.follow_up
        FROM contact JOIN reader ON reader.id = contact.reader_id JOIN staff ON staff.id = contact.staff_id
        """

    /// Logs a contact. Hooks in `contactLogged` let other parts react in the same transaction
    /// (the matrix completes the reader's open actions of that cell).
    @discardableResult
    public func logContact(_ actor: Actor, _ input: ContactInput) throws -> Contact {
        try actor.require(.writeRecords)
        try Validate.range(input.cell, "cell", 1...6)
        try Validate.range(input.readLevel, "read", 1...6)
        try Validate.range(input.minutes, "minutes", 0...(24 * 60))
        try Validate.text(input.summary, "summary", required: true)
        let followUp = try input.followUp.map { try calendar.normaliseDay($0) }
        return try write { db in
            let r = try Self.reader(db, card: input.card)
            var c = Contact(
                readerId: r.id!, staffId: actor.staff.id!, at: input.at ?? actor.now, channel: input.channel,
                cell: input.cell, readLevel: input.readLevel, minutes: input.minutes,
                summary: input.summary, followUp: followUp)
            try c.insert(db)
            try Self.audit(db, actor, "contact.log", readerId: c.readerId, detail: "#\(c.id!) \(c.channel.rawValue)")
            try Self.contactLogged(db, actor, c, calendar: calendar)
            return c
        }
    }

    /// Contacts as `actor` lists them: a long list is a bulk read, audited.
    public func contacts(_ actor: Actor, card: String? = nil, limit: Int = 1000) throws -> [ContactListing] {
        try contactsListed(actor, card: card, limit: limit).rows
    }

    /// The same with how many there are beyond the limit.
    public func contactsListed(_ actor: Actor, card: String? = nil, limit: Int = 1000) throws -> Listed<ContactListing> {
        let rows = try contactsListed(card: card, limit: limit)
        try auditBulkRead(actor, "contact.list", rows: rows.rows.count)
        return rows
    }

    public func contacts(card: String? = nil, limit: Int = 1000) throws -> [ContactListing] {
        try contactsListed(card: card, limit: limit).rows
    }

    /// Contacts as `contacts`, with how many there are beyond the limit.
    public func contactsListed(card: String? = nil, limit: Int = 1000) throws -> Listed<ContactListing> {
        try read { db in
            let readerId = try card.map { try Self.reader(db, card: $0).id! }
            return try Self.listed(
                db, ContactListing.self,
                sql: """
                    \(Self.contactListingSQL) \(readerId == nil ? "" : "WHERE contact.reader_id = ?")
                    ORDER BY contact.at DESC, contact.id DESC
                    """, arguments: StatementArguments(readerId.map { [$0] } ?? []), limit: limit)
        }
    }

    /// The channel of a staff member's most recent contact (the app's default for the next one).
    public func lastChannel(staffId: Int64) throws -> Channel? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT channel FROM contact WHERE staff_id = ? ORDER BY at DESC, id DESC LIMIT 1",
                arguments: [staffId]
            ).flatMap(Channel.init(rawValue:))
        }
    }

    @discardableResult
    public func addLifeEvent(_ actor: Actor, card: String, kind: LifeEventKind, date: String, note: String? = nil) throws -> LifeEvent {
        try actor.require(.writeRecords)
        let day = try calendar.normaliseDay(date)
        if let note { try Validate.text(note, "note") }
        return try write { db in
            let r = try Self.reader(db, card: card)
            var e = LifeEvent(readerId: r.id!, kind: kind, date: day, note: note)
            try e.insert(db)
            try Self.audit(db, actor, "life_event.add", readerId: r.id, detail: "#\(e.id!) \(kind.rawValue)")
            return e
        }
    }

    public func lifeEvents(card: String) throws -> [LifeEvent] {
        try read { db in
            let r = try Self.reader(db, card: card)
            return try LifeEvent.filter(Column("reader_id") == r.id!).order(Column("date")).fetchAll(db)
        }
    }
}
