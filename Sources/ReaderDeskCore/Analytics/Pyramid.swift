import GRDB

/// Tier sizes of a pyramid.
public struct TierCounts: Sendable, Equatable, Codable {
    public var vip = 0, key = 0, mid = 0, basic = 0
    public init() {}
    public subscript(tier: ValueTier) -> Int {
        get {
            switch tier {
            case .vip: vip;
            case .key: key;
            case .mid: mid;
            case .basic: basic;
            case .inactive: 0
            }
        }
        set {
            switch tier {
            case .vip: vip = newValue;
            case .key: key = newValue;
            case .mid: mid = newValue;
            case .basic: basic = newValue;
            case .inactive: break
            }
        }
    }
}

/// The value pyramid of one period: active readers ranked, inactive ones only counted.
public struct Pyramid: Sendable {
    public var period: Period
    public var active: Int
    public var inactive: Int
    public var tiers: TierCounts
    /// Active readers by position, best first.
    public var readers: [RankedReader]

    /// A reader's tier in this period (inactive when absent).
    public func tier(ofReader id: Int64) -> ValueTier { index[id].map { readers[$0].tier } ?? .inactive }
    public func ranked(readerId id: Int64) -> RankedReader? { index[id].map { readers[$0] } }
    private var index: [Int64: Int]

    init(period: Period, readers: [RankedReader], totalReaders: Int) {
        self.period = period
        self.readers = readers
        active = readers.count
        inactive = max(0, totalReaders - readers.count)
        var t = TierCounts()
        for r in readers { t[r.tier] += 1 }
        tiers = t
        index = Dictionary(uniqueKeysWithValues: readers.enumerated().map { ($1.readerId, $0) })
    }
}

extension AppDatabase {
    /// The pyramid of a period (docs/CONTRACTS.md §1–2).
    public func pyramid(_ period: Period) throws -> Pyramid {
        try read { db in try pyramid(db, period) }
    }

    func pyramid(_ db: Database, _ period: Period) throws -> Pyramid {
        let settings = try ScoreSettings.load(db)
        let components = try valueComponents(db, period, settings)
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM reader") ?? 0
        return Pyramid(period: period, readers: PyramidRanking.rank(components, settings), totalReaders: total)
    }

    /// Whether `usage_month` was counted in this process's time zone; if not, months would be
    /// cut at other instants, so periods are read from the detail (correctness first).
    func monthsMatchZone(_ db: Database) throws -> Bool {
        let zone = try Self.setting(db, "library.timezone")
        return zone.isEmpty || zone == calendar.timeZone.identifier
    }

    /// Rows (reader_id, service_id, quantity, last_at) of a period: whole months from the roll-up,
    /// edge days from the detail; nil for a period with no months at all.
    func periodParts(_ db: Database, _ period: Period) throws -> (sql: String, args: [any DatabaseValueConvertible])? {
        var (months, partial) = calendar.spans(period)
        if try !monthsMatchZone(db) { months = nil; partial = [(period.start, period.end)] }
        var parts: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let months {
            parts.append("SELECT reader_id, service_id, quantity, last_at FROM usage_month WHERE month BETWEEN ? AND ?")
            args += [months.lowerBound, months.upperBound]
        }
        for (a, b) in partial {
            // A range of the covering usage_at index: no lookups into the table.
            parts.append("SELECT reader_id, service_id, quantity, at FROM usage INDEXED BY usage_at WHERE at >= ? AND at < ?")
            args += [a, b]
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " UNION ALL "), args)
    }

    /// R, F, M, S and T per active reader.
    func valueComponents(_ db: Database, _ period: Period, _ s: ScoreSettings) throws -> [ValueComponents] {
        let use = try periodUse(db, period)
        guard !use.isEmpty else { return [] }
        let classPoints = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, class FROM service").map {
                ($0[0] as Int64, Int64(s.classPoints[ServiceClass(rawValue: $0[1]) ?? .basic] ?? 0))
            })
        var result: [ValueComponents] = []
        result.reserveCapacity(use.count)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, card, name, type FROM reader")
        while let row = try rows.next() {
            guard let u = use[row[0]] else { continue }
            let type = ReaderType(rawValue: row[3]) ?? .undergraduate
            result.append(
                ValueComponents(
                    readerId: row[0], card: row[1], name: row[2], recency: u.last, frequency: u.quantity,
                    value: u.value, breadth: u.services.reduce(0) { $0 + (classPoints[$1] ?? 0) },
                    type: Int64(s.typePoints[type] ?? 0)))
        }
        return result
    }
}

/// A reader whose tier changed between two periods.
public struct TierMove: Sendable, Equatable, Codable {
    public var card: String
    public var name: String
    public var from: ValueTier
    public var to: ValueTier
}

/// Two pyramids side by side: who moved up and who moved down, earlier → later.
public struct PyramidComparison: Sendable {
    public var earlier: Pyramid
    public var later: Pyramid
    public var up: [TierMove]
    public var down: [TierMove]
    /// flows[from][to] = readers, over all tiers including inactive.
    public var flows: [ValueTier: [ValueTier: Int]]
}

extension AppDatabase {
    public func comparePyramids(_ a: Period, _ b: Period) throws -> PyramidComparison {
        try read { db in
            let (p, q) = (try pyramid(db, a), try pyramid(db, b))
            return Self.compare(earlier: p.period.start <= q.period.start ? p : q, later: p.period.start <= q.period.start ? q : p)
        }
    }

    static func compare(earlier: Pyramid, later: Pyramid) -> PyramidComparison {
        var up: [TierMove] = [], down: [TierMove] = [], flows: [ValueTier: [ValueTier: Int]] = [:]
        var names: [Int64: (String, String)] = [:]
        for r in earlier.readers + later.readers { names[r.readerId] = (r.card, r.name) }
        for (id, (card, name)) in names {
            let (f, t) = (earlier.tier(ofReader: id), later.tier(ofReader: id))
            flows[f, default: [:]][t, default: 0] += 1
            if t > f { up.append(TierMove(card: card, name: name, from: f, to: t)) }
            if t < f { down.append(TierMove(card: card, name: name, from: f, to: t)) }
        }
        let byCard: (TierMove, TierMove) -> Bool = { $0.card.utf8.lexicographicallyPrecedes($1.card.utf8) }
        return PyramidComparison(earlier: earlier, later: later, up: up.sorted(by: byCard), down: down.sorted(by: byCard), flows: flows)
    }
}
