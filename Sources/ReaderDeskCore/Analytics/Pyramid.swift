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
    public func tier(ofReader id: Int64) -> ValueTier { index.position(of: id).map { readers[$0].tier } ?? .inactive }
    public func ranked(readerId id: Int64) -> RankedReader? { index.position(of: id).map { readers[$0] } }
    private var index: ReaderPositions

    init(period: Period, readers: [RankedReader], totalReaders: Int) {
        self.period = period
        self.readers = readers
        active = readers.count
        inactive = max(0, totalReaders - readers.count)
        var t = TierCounts()
        for r in readers { t[r.tier] += 1 }
        tiers = t
        index = ReaderPositions(readers.map(\.readerId))
    }
}

/// Reader id → index in a list: an array by id while the ids are dense (4 bytes a reader), a
/// dictionary otherwise.
struct ReaderPositions: Sendable {
    private var dense: [Int32] = []
    private var sparse: [Int64: Int] = [:]

    init(_ ids: [Int64]) {
        let top = ids.max() ?? -1
        if let low = ids.min(), low >= 0, top < Int64(2 * ids.count + 100_000) {
            dense = [Int32](repeating: -1, count: Int(top) + 1)
            for (i, id) in ids.enumerated() { dense[Int(id)] = Int32(i) }
        } else {
            sparse = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    func position(of id: Int64) -> Int? {
        guard !dense.isEmpty else { return sparse[id] }
        guard id >= 0, id < Int64(dense.count), dense[Int(id)] >= 0 else { return nil }
        return Int(dense[Int(id)])
    }
}

/// How many readers a period's pyramid holds in each tier, without ranking them: the cut-offs
/// depend only on how many readers were active (docs/CONTRACTS.md §2).
public struct PyramidSize: Sendable, Equatable {
    public var active: Int
    public var inactive: Int
    public var tiers: TierCounts
}

extension AppDatabase {
    /// The pyramid of a period (docs/CONTRACTS.md §1–2).
    public func pyramid(_ period: Period) throws -> Pyramid {
        try read { db in try pyramid(db, period) }
    }

    func pyramid(_ db: Database, _ period: Period) throws -> Pyramid {
        let settings = try ScoreSettings.load(db)
        let ranked = PyramidRanking.ranked(try valueColumns(db, period, settings), settings)
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM reader") ?? 0
        return Pyramid(period: period, readers: ranked, totalReaders: total)
    }

    /// The tier sizes of a period's pyramid: one pass over its use, no ranking, no names.
    public func pyramidSize(_ period: Period) throws -> PyramidSize {
        try read { db in
            let use = try periodUse(db, period)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM reader") ?? 0
            return PyramidSize(
                active: use.active, inactive: max(0, total - use.active),
                tiers: PyramidRanking.tierCounts(use.active, try ScoreSettings.load(db)))
        }
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
        func count(_ r: RankedReader, from f: ValueTier, to t: ValueTier) {
            flows[f, default: [:]][t, default: 0] += 1
            if t > f { up.append(TierMove(card: r.card, name: r.name, from: f, to: t)) }
            if t < f { down.append(TierMove(card: r.card, name: r.name, from: f, to: t)) }
        }
        // Every reader active in either period once: the earlier's, then the later's new ones.
        for r in earlier.readers { count(r, from: r.tier, to: later.tier(ofReader: r.readerId)) }
        for r in later.readers where earlier.ranked(readerId: r.readerId) == nil { count(r, from: .inactive, to: r.tier) }
        let byCard: (TierMove, TierMove) -> Bool = { $0.card.utf8.lexicographicallyPrecedes($1.card.utf8) }
        return PyramidComparison(earlier: earlier, later: later, up: up.sorted(by: byCard), down: down.sorted(by: byCard), flows: flows)
    }
}
