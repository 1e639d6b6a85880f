import GRDB

/// One usage event ready to write: keys resolved, values checked.
public struct UsageInput: Sendable {
    public var readerId: Int64
    public var serviceId: Int64
    public var at: Int64
    public var quantity: Int
    public var location: Location
    public init(readerId: Int64, serviceId: Int64, at: Int64, quantity: Int, location: Location) {
        self.readerId = readerId; self.serviceId = serviceId; self.at = at; self.quantity = quantity; self.location = location
    }
}

extension Location {
    var code: Int {
        switch self {
        case .onsite: 0;
        case .campus: 1;
        case .remote: 2
        }
    }
}

extension LibraryCalendar {
    /// Clocks drift a little; use later than this after "now" is a typing or export mistake.
    public static let futureLeeway: Int64 = 5 * 60

    /// Why use at `at` cannot be recorded at `now` (it lies in the future), or nil when fine.
    public func futureUse(_ at: Int64, now: Int64) -> ReaderDeskError? {
        guard at > now + Self.futureLeeway else { return nil }
        return .invalid(
            "use at \(timestamp(at)) is in the future (now \(timestamp(now))): check the date",
            Phrase("error.usage.future", [timestamp(at), timestamp(now)]))
    }
}

extension AppDatabase {
    public func addUsage(
        _ actor: Actor, card: String, service: String, at: Int64? = nil,
        quantity: Int = 1, location: Location = .onsite
    ) throws {
        try actor.require(.writeRecords)
        guard quantity > 0 else {
            throw ReaderDeskError.invalid(
                "quantity must be 1 or more, not \(quantity)",
                Phrase("error.field.atLeast", [Phrase.field("quantity"), "1", String(quantity)]))
        }
        if let at, let why = calendar.futureUse(at, now: actor.now) {
            throw why
        }
        try write { db in
            let r = try Self.reader(db, card: card)
            let s = try Self.service(db, code: service)
            let events = [UsageInput(readerId: r.id!, serviceId: s.id!, at: at ?? actor.now, quantity: quantity, location: location)]
            try insertUsage(db, events)
            try Self.advanceLifecycles(db, events, now: actor.now)
            try Self.audit(db, actor, "usage.add", readerId: r.id, detail: "\(s.code) ×\(quantity)")
        }
    }

    /// Writes events and keeps the monthly roll-up in step, inside the caller's transaction.
    /// The roll-up is summed in memory first, so a big import touches each month row once.
    public func insertUsage(_ db: Database, _ events: [UsageInput]) throws {
        var insert = BatchedInsert("INSERT INTO usage(reader_id, service_id, at, quantity, location)", width: 5)
        struct Key: Hashable, Comparable {
            let month: Int; let reader: Int64; let service: Int64
            static func < (a: Key, b: Key) -> Bool { (a.month, a.reader, a.service) < (b.month, b.reader, b.service) }
        }
        struct Sum {
            var quantity = 0, events = 0, onsite = 0, late = 0; var first = Int64.max, last = Int64.min
            mutating func add(_ e: UsageInput, late isLate: Bool) {
                quantity += e.quantity
                events += 1
                if e.location == .onsite { onsite += e.quantity }
                if isLate { late += e.quantity }
                first = min(first, e.at)
                last = max(last, e.at)
            }
        }
        var sums: [Key: Sum] = [:]
        for e in events {
            try insert.append(
                db, .integer(e.readerId), .integer(e.serviceId), .integer(e.at), .integer(Int64(e.quantity)),
                .integer(Int64(e.location.code)))
            let (month, hour) = rollupClock.monthAndHour(e.at)
            let key = Key(month: month, reader: e.readerId, service: e.serviceId)
            sums[key, default: Sum()].add(e, late: hour >= 22 || hour < 6)
        }
        try insert.flush(db)
        var upsert = BatchedInsert(
            "INSERT INTO usage_month(month, reader_id, service_id, quantity, events, onsite, late, first_at, last_at)",
            width: 9, rowsPerStatement: 100,
            tail: """
                ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity, events = events + excluded.events,
                    onsite = onsite + excluded.onsite, late = late + excluded.late,
                    first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)
                """)
        // In key order, so that a large batch walks the roll-up's B-tree once instead of at random.
        for k in sums.keys.sorted() {
            let s = sums[k]!
            try upsert.append(
                db, .integer(Int64(k.month)), .integer(k.reader), .integer(k.service), .integer(Int64(s.quantity)),
                .integer(Int64(s.events)), .integer(Int64(s.onsite)), .integer(Int64(s.late)),
                .integer(s.first), .integer(s.last))
        }
        try upsert.flush(db)
    }

    /// Usage as `actor` lists it: a long list is a bulk read, audited.
    public func usage(_ actor: Actor, card: String? = nil, service: String? = nil, limit: Int = 1000) throws -> [UsageEvent] {
        try usageListed(actor, card: card, service: service, limit: limit).rows
    }

    /// The same with how many there are beyond the limit.
    public func usageListed(_ actor: Actor, card: String? = nil, service: String? = nil, limit: Int = 1000) throws -> Listed<UsageEvent> {
        let rows = try usageListed(card: card, service: service, limit: limit)
        try auditBulkRead(actor, "usage.list", rows: rows.rows.count)
        return rows
    }

    public func usage(card: String? = nil, service: String? = nil, limit: Int = 1000) throws -> [UsageEvent] {
        try usageListed(card: card, service: service, limit: limit).rows
    }

    /// Usage events as `usage`, with how many there are beyond the limit.
    public func usageListed(card: String? = nil, service: String? = nil, limit: Int = 1000) throws -> Listed<UsageEvent> {
        try read { db in
            var conditions: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let card { conditions.append("usage.reader_id = ?"); args.append(try Self.reader(db, card: card).id!) }
            if let service { conditions.append("usage.service_id = ?"); args.append(try Self.service(db, code: service).id!) }
            let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Self.listed(
                db, UsageEvent.self,
                sql: """
                    SELECT usage.id, reader.card, service.code AS service, usage.at, usage.quantity, usage.location
                    FROM usage JOIN reader ON reader.id = usage.reader_id JOIN service ON service.id = usage.service_id
                    \(whereSQL) ORDER BY usage.at DESC, usage.id DESC
                    """, arguments: StatementArguments(args), limit: limit)
        }
    }
}
