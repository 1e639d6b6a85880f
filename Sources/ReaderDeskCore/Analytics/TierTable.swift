/// Readers' tiers and scores by reader id: two flat columns indexed by id (a million readers in
/// 9 MB, where a dictionary of them took about 50), or a dictionary when ids run beyond
/// `denseUpTo` (a library whose ids are that sparse is rare, and small).
struct TierTable {
    static let denseUpTo: Int64 = 20_000_000
    private var tier: [UInt8] = []  // 0: none, else ValueTier's level + 1
    private var score: [Double] = []
    private var sparse: [Int64: TierRow]?
    private(set) var count = 0

    /// Ready for ids up to `maxId`.
    init(maxId: Int64) {
        if maxId < Self.denseUpTo {
            tier = [UInt8](repeating: 0, count: Int(max(0, maxId)) + 1)
            score = [Double](repeating: 0, count: tier.count)
        } else {
            sparse = [:]
        }
    }

    private static let byCode: [ValueTier?] = [nil] + [ValueTier.inactive, .basic, .mid, .key, .vip]
    private static func code(_ t: ValueTier) -> UInt8 { UInt8(t.level + 1) }

    subscript(id: Int64) -> TierRow? {
        get {
            if let sparse { return sparse[id] }
            guard id >= 0, id < Int64(tier.count), let t = Self.byCode[Int(tier[Int(id)])] else { return nil }
            return TierRow(tier: t, score: score[Int(id)])
        }
        set {
            if sparse != nil {
                if (sparse![id] == nil) != (newValue == nil) { count += newValue == nil ? -1 : 1 }
                sparse![id] = newValue
                return
            }
            if id < 0 || id >= Int64(tier.count) {
                // Beyond the columns (a reader added since they were sized): move to a dictionary.
                var all: [Int64: TierRow] = [:]
                forEach { all[$0] = $1 }
                sparse = all
                tier = []; score = []
                self[id] = newValue
                return
            }
            let i = Int(id)
            if (tier[i] == 0) != (newValue == nil) { count += newValue == nil ? -1 : 1 }
            tier[i] = newValue.map { Self.code($0.tier) } ?? 0
            score[i] = newValue?.score ?? 0
        }
    }

    /// Every reader with a row, in id order.
    func forEach(_ body: (Int64, TierRow) throws -> Void) rethrows {
        if let sparse {
            for id in sparse.keys.sorted() { try body(id, sparse[id]!) }
            return
        }
        for i in tier.indices where tier[i] != 0 { try body(Int64(i), TierRow(tier: Self.byCode[Int(tier[i])]!, score: score[i])) }
    }
}
