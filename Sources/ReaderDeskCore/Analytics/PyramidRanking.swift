/// A reader's place in the value pyramid (客户金字塔); inactive readers had no use in the period.
public enum ValueTier: String, Vocabulary, Comparable {
    case vip, key, mid, basic, inactive
    public static let noun = "value tier"
    /// Higher is more valuable.
    public var level: Int {
        switch self {
        case .vip: 4;
        case .key: 3;
        case .mid: 2;
        case .basic: 1;
        case .inactive: 0
        }
    }
    public static func < (a: ValueTier, b: ValueTier) -> Bool { a.level < b.level }
}

/// The raw components of one active reader's score in a period (docs/CONTRACTS.md §1), all integers.
public struct ValueComponents: Sendable, Equatable {
    public var readerId: Int64
    public var card: String
    public var name: String
    public var recency: Int64  // R: time of the last event
    public var frequency: Int64  // F: sum of quantities
    public var value: Int64  // M: Σ quantity × service points
    public var breadth: Int64  // S: Σ class points over distinct services
    public var type: Int64  // T: reader type points
    public init(
        readerId: Int64, card: String, name: String = "", recency: Int64, frequency: Int64, value: Int64, breadth: Int64, type: Int64
    ) {
        self.readerId = readerId; self.card = card; self.name = name
        self.recency = recency; self.frequency = frequency; self.value = value; self.breadth = breadth; self.type = type
    }
}

/// One ranked reader: position k (1-based), score and tier.
public struct RankedReader: Sendable, Equatable {
    public var readerId: Int64
    public var card: String
    public var name: String
    public var position: Int
    public var score: Double
    public var tier: ValueTier
}

/// The ranking of docs/CONTRACTS.md §1–2, exactly as SQLite's percent_rank() would give it.
public enum PyramidRanking {
    /// Percent rank ascending, ties sharing the lowest rank: (rank − 1)/(n − 1), and 1 when n = 1.
    public static func percentRanks(_ values: [Int64]) -> [Double] {
        let n = values.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = [Double](repeating: 0, count: n)
        var rank = 1
        for (i, idx) in order.enumerated() {
            if i > 0 && values[idx] != values[order[i - 1]] { rank = i + 1 }
            result[idx] = Double(rank - 1) / Double(n - 1)
        }
        return result
    }

    /// Scores, orders (score descending, then card ascending by bytes) and cuts into tiers.
    public static func rank(_ readers: [ValueComponents], _ s: ScoreSettings) -> [RankedReader] {
        let n = readers.count
        guard n > 0 else { return [] }
        let r = percentRanks(readers.map(\.recency)), f = percentRanks(readers.map(\.frequency))
        let m = percentRanks(readers.map(\.value)), b = percentRanks(readers.map(\.breadth)), t = percentRanks(readers.map(\.type))
        // The same operations in the same order as the SQL reference, so floating point agrees to the bit.
        let scores = (0..<n).map { i in (s.recency * r[i] + s.frequency * f[i] + s.value * m[i] + s.breadth * b[i] + s.type * t[i]) / 100 }
        let cards = readers.map { Array($0.card.utf8) }
        let order = (0..<n).sorted { a, c in
            scores[a] != scores[c] ? scores[a] > scores[c] : cards[a].lexicographicallyPrecedes(cards[c])
        }
        let cuts = cutoffs(n, s)
        return order.enumerated().map { k0, i in
            let k = k0 + 1
            let tier: ValueTier = k <= cuts.vip ? .vip : k <= cuts.key ? .key : k <= cuts.mid ? .mid : .basic
            return RankedReader(
                readerId: readers[i].readerId, card: readers[i].card, name: readers[i].name,
                position: k, score: scores[i], tier: tier)
        }
    }

    /// Last positions of vip, key and mid: ⌈p·n/100⌉ for the cumulative percentages.
    public static func cutoffs(_ n: Int, _ s: ScoreSettings) -> (vip: Int, key: Int, mid: Int) {
        func c(_ p: Double) -> Int { Int((p * Double(n) / 100).rounded(.up)) }
        return (c(s.vipPercent), c(s.keyPercent), c(s.midPercent))
    }
}
