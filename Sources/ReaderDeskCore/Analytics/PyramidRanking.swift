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
        return smallerCounts(values).map { Double($0) / Double(n - 1) }
    }

    /// Scores, orders (score descending, then card ascending by bytes) and cuts into tiers.
    public static func rank(_ readers: [ValueComponents], _ s: ScoreSettings) -> [RankedReader] {
        ranked(ValueColumns(readers), s)
    }

    /// The same over columns: a RankedReader a reader, best first.
    static func ranked(_ c: ValueColumns, _ s: ScoreSettings) -> [RankedReader] {
        let scores = scores(c, s)
        let order = order(scores, c.cards)
        let cuts = cutoffs(c.count, s)
        var out: [RankedReader] = []
        out.reserveCapacity(c.count)
        for (k0, i32) in order.enumerated() {
            let i = Int(i32)
            out.append(
                RankedReader(
                    readerId: c.readerId[i], card: c.cards.string(i), name: c.names.count > i ? c.names.string(i) : "",
                    position: k0 + 1, score: scores[i], tier: tier(k0 + 1, cuts)))
        }
        return out
    }

    /// Each column's score: the same operations in the same order as the SQL reference
    /// (((wR·pr(R) + wF·pr(F)) + wM·pr(M)) + …) / 100, so floating point agrees to the bit.
    static func scores(_ c: ValueColumns, _ s: ScoreSettings) -> [Double] {
        let n = c.count
        var score = [Double](repeating: 0, count: n)
        for (k, (values, weight)) in [
            (c.recency, s.recency), (c.frequency, s.frequency), (c.value, s.value), (c.breadth, s.breadth), (c.type, s.type),
        ]
        .enumerated() {
            let smaller = n > 1 ? smallerCounts(values) : []
            score.withUnsafeMutableBufferPointer { sc in
                for i in 0..<n {
                    let term = weight * (n > 1 ? Double(smaller[i]) / Double(n - 1) : 1)
                    sc[i] = k == 0 ? term : sc[i] + term
                }
            }
        }
        for i in 0..<n { score[i] /= 100 }
        return score
    }

    /// Column indexes best first: score descending, then card ascending by bytes.
    static func order(_ scores: [Double], _ cards: PackedStrings) -> [Int32] {
        var order = (0..<Int32(scores.count)).map { $0 }
        scores.withUnsafeBufferPointer { sc in
            cards.withByteOrder { cardPrecedes in
                order.sort { a, b in
                    let x = sc[Int(a)], y = sc[Int(b)]
                    return x != y ? x > y : cardPrecedes(Int(a), Int(b))
                }
            }
        }
        return order
    }

    /// For each value, how many values are smaller: its rank − 1 with ties sharing the lowest.
    static func smallerCounts(_ values: [Int64]) -> [Int] {
        guard let lo = values.min(), let hi = values.max() else { return [] }
        let n = values.count
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        if !overflow, span < Int64(4 * n + 1024) {
            // Small integers (uses, points, class and type points): count them, no sort.
            var below = [Int](repeating: 0, count: Int(span) + 2)
            for v in values { below[Int(v - lo) + 1] += 1 }
            for i in 1..<below.count { below[i] += below[i - 1] }
            return values.map { below[Int($0 - lo)] }
        }
        let indexBits = max(1, Int.bitWidth - (n - 1).leadingZeroBitCount)
        if !overflow, UInt64(span) >> UInt64(Int.bitWidth - indexBits) == 0 {
            // Value above the least and position in one integer: one plain sort, then one walk.
            let mask = UInt64(1) << UInt64(indexBits) - 1
            var keys = values.enumerated().map { UInt64($1 &- lo) << UInt64(indexBits) | UInt64($0) }
            keys.sort()
            var out = [Int](repeating: 0, count: n)
            var rank = 0, previous = UInt64.max
            for (i, k) in keys.enumerated() {
                if k >> UInt64(indexBits) != previous { rank = i; previous = k >> UInt64(indexBits) }
                out[Int(k & mask)] = rank
            }
            return out
        }
        let sorted = values.sorted()
        return sorted.withUnsafeBufferPointer { s in
            values.map { v in
                var (a, b) = (0, n)  // first index whose value is not smaller than v
                while a < b {
                    let m = (a + b) >> 1
                    if s[m] < v { a = m + 1 } else { b = m }
                }
                return a
            }
        }
    }

    /// The tier of position k.
    static func tier(_ k: Int, _ cuts: (vip: Int, key: Int, mid: Int)) -> ValueTier {
        k <= cuts.vip ? .vip : k <= cuts.key ? .key : k <= cuts.mid ? .mid : .basic
    }

    /// Last positions of vip, key and mid: ⌈p·n/100⌉ for the cumulative percentages.
    public static func cutoffs(_ n: Int, _ s: ScoreSettings) -> (vip: Int, key: Int, mid: Int) {
        func c(_ p: Double) -> Int { Int((p * Double(n) / 100).rounded(.up)) }
        return (c(s.vipPercent), c(s.keyPercent), c(s.midPercent))
    }

    /// How many of n ranked readers each tier holds: the cut-offs alone decide it.
    static func tierCounts(_ n: Int, _ s: ScoreSettings) -> TierCounts {
        let cuts = cutoffs(n, s)
        var t = TierCounts()
        var below = 0
        for (tier, last) in [(ValueTier.vip, cuts.vip), (.key, cuts.key), (.mid, cuts.mid), (.basic, n)] {
            let upTo = max(below, min(n, last))
            t[tier] = upTo - below
            below = upTo
        }
        return t
    }
}
