import GRDB

/// The 7P view of one reader: profiling, persistency, value, performance, prospecting, products, promotion.
public struct SevenP: Sendable, Equatable, Encodable {
    public struct Profiling: Sendable, Equatable, Encodable {
        public var type: String, cardType: String, lifecycle: String
        public var dept: String?, subject: String?, librarian: String?
        enum CodingKeys: String, CodingKey {
            case type, lifecycle, dept, subject, librarian, cardType = "card_type", cardTier = "card_tier"
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type); try c.encode(cardType, forKey: .cardType)
            try c.encode(cardType, forKey: .cardTier)  // the old name, kept for one release (CHANGELOG)
            try c.encode(lifecycle, forKey: .lifecycle); try c.encodeIfPresent(dept, forKey: .dept)
            try c.encodeIfPresent(subject, forKey: .subject); try c.encodeIfPresent(librarian, forKey: .librarian)
        }
    }
    public struct QuarterTier: Sendable, Equatable, Codable { public var quarter: String; public var tier: ValueTier }
    /// The reader's value tier (from the pyramid) and score; never the card type.
    public struct Value: Sendable, Equatable, Codable {
        public var tier: ValueTier; public var score: Double?
        public init(tier: ValueTier, score: Double?) { self.tier = tier; self.score = score }
    }
    public struct Performance: Sendable, Equatable, Codable {
        /// Uses per service over the months of the profile's use (12, this one included); services
        /// unused in those months are left out, so `total` is the sum of the months shown.
        public var services: [String: Int]
        public var total: Int
        public var months: Int
        public var channels: [String: Int]
    }
    /// Use in the last `days` days, today included, against the `days` before them.
    public struct Prospecting: Sendable, Equatable, Codable {
        public var recent: Int, before: Int, days: Int
        public var trend: String  // rising, steady, falling, new, none
    }
    public struct Products: Sendable, Equatable, Codable { public var used: [String]; public var suggested: [String] }
    public struct Promotion: Sendable, Equatable, Codable {
        public var received: [OutreachSummary]
        public var responses: Int
    }
    public var profiling: Profiling
    /// Tier in each of the last four completed quarters, oldest first.
    public var persistency: [QuarterTier]
    /// Current tier: the pyramid of the 12 months before the last refresh.
    public var value: Value
    public var performance: Performance
    public var prospecting: Prospecting
    public var products: Products
    public var promotion: Promotion
}

extension AppDatabase {
    /// A reader's 7P view from the caches the daily refresh keeps (tiers), the roll-up and the contacts.
    /// The app's profile and `reader show` both read this, so they say the same.
    public func sevenP(_ actor: Actor, card: String) throws -> SevenP {
        try refreshActionsIfStale(now: actor.now)
        return try read { db in
            let r = try Self.reader(db, card: card)
            return try sevenP(
                db, r, use: Self.serviceUse(db, readerId: r.id!, months: monthKeys(endingAt: actor.now, count: 12)),
                now: actor.now)
        }
    }

    /// The value tier and score of readers, by id, from the last refresh (absent: inactive).
    public func readerValues(ids: [Int64]) throws -> [Int64: SevenP.Value] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var out: [Int64: SevenP.Value] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT reader_id, tier, score FROM reader_value WHERE reader_id IN (\(ids.map(String.init).joined(separator: ",")))")
            {
                out[row[0]] = SevenP.Value(tier: ValueTier(rawValue: row[1]) ?? .inactive, score: Self.rounded(row[2]))
            }
            return out
        }
    }

    static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }

    /// `use`: the reader's use per service over the months shown (`serviceUse`), which performance sums.
    func sevenP(_ db: Database, _ r: Reader, use: [ServiceUse], now: Int64) throws -> SevenP {
        let id = r.id!
        let owner = try Self.owner(db, r)
        let quarters = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT quarter, tier FROM reader_quarter WHERE reader_id = ?",
                arguments: [id]
            ).map { ($0[0] as String, $0[1] as String) })
        let persistency = lastQuarters(now: now).map {
            SevenP.QuarterTier(quarter: $0.label, tier: ValueTier(rawValue: quarters[$0.label] ?? "") ?? .inactive)
        }
        let value =
            try Row.fetchOne(db, sql: "SELECT tier, score FROM reader_value WHERE reader_id = ?", arguments: [id])
            .map { SevenP.Value(tier: ValueTier(rawValue: $0[0]) ?? .inactive, score: Self.rounded($0[1])) }
            ?? SevenP.Value(tier: .inactive, score: nil)
        let services = Dictionary(uniqueKeysWithValues: use.map { ($0.service, $0.total) })
        let channels = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT channel, count(*) FROM contact WHERE reader_id = ? GROUP BY channel",
                arguments: [id]
            ).map { ($0[0] as String, $0[1] as Int) })
        let used = try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT service.code FROM usage_month INDEXED BY usage_month_reader JOIN service ON service.id = usage_month.service_id
                WHERE reader_id = ? ORDER BY service.code
                """, arguments: [id])
        let suggested = try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT service.code FROM action JOIN service ON service.id = action.service_id
                WHERE action.reader_id = ? AND action.cell = 3 AND action.status = 'open' ORDER BY service.code
                """, arguments: [id])
        let received = try Self.outreachSummaries(db, from: 0, to: .max, readerId: id)
        return SevenP(
            profiling: .init(
                type: r.type.rawValue, cardType: r.cardType.rawValue, lifecycle: r.lifecycle.rawValue, dept: r.dept, subject: r.subject,
                librarian: owner?.login),
            persistency: persistency, value: value,
            performance: .init(
                services: services, total: use.reduce(0) { $0 + $1.total }, months: use.first?.monthly.count ?? 12, channels: channels),
            prospecting: try prospecting(db, id, now: now),
            products: .init(used: used, suggested: suggested),
            promotion: .init(received: received, responses: received.reduce(0) { $0 + $1.responses }))
    }

    /// Use in the last N days, today included, against the N days before them (matrix.activity.days),
    /// read from the detail.
    func prospecting(_ db: Database, _ id: Int64, now: Int64) throws -> SevenP.Prospecting {
        let days = Int(try Self.number(db, "matrix.activity.days"))
        let end = calendar.shiftDays(calendar.startOfLocalDay(now), days: 1)
        let mid = calendar.shiftDays(end, days: -days), start = calendar.shiftDays(end, days: -2 * days)
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT coalesce(sum(CASE WHEN at >= ?3 THEN quantity END), 0), coalesce(sum(CASE WHEN at < ?3 THEN quantity END), 0)
                FROM usage WHERE reader_id = ?1 AND at >= ?2 AND at < ?4
                """, arguments: [id, start, mid, end])!
        let (recent, before): (Int, Int) = (row[0], row[1])
        let percent = try Self.number(db, "matrix.activity.percent")
        let trend =
            recent == 0 && before == 0
            ? "none"
            : before == 0
                ? "new"
                : Double(before - recent) * 100 >= percent * Double(before)
                    ? "falling"
                    : Double(recent - before) * 100 >= percent * Double(before) ? "rising" : "steady"
        return .init(recent: recent, before: before, days: days, trend: trend)
    }
}
