import GRDB

/// A reader of one tier with what moved them since the period before: their place and score
/// then and now, and the parts of the score that changed (uses, value points, breadth).
public struct TierReader: Sendable, Equatable {
    public var card: String
    public var name: String
    public var position: Int
    public var score: Double
    /// The tier and score the period before (inactive and nil when the reader did not use the library then).
    public var tierBefore: ValueTier
    public var scoreBefore: Double?
    /// F, M and S of the score (docs/CONTRACTS.md §1) now and before; 0 before for a reader inactive then.
    public var uses: Int64, usesBefore: Int64
    public var points: Int64, pointsBefore: Int64
    public var breadth: Int64, breadthBefore: Int64
}

extension AppDatabase {
    /// The readers of `tier` in `period`, best first, each with what moved them since the period before.
    public func tierReaders(_ period: Period, tier: ValueTier) throws -> [TierReader] {
        try read { db in
            let settings = try ScoreSettings.load(db)
            let now = try valueComponents(db, period, settings), before = try valueComponents(db, calendar.previous(period), settings)
            let ranked = PyramidRanking.rank(now, settings)
            let rankedBefore = Dictionary(uniqueKeysWithValues: PyramidRanking.rank(before, settings).map { ($0.readerId, $0) })
            let parts = Dictionary(uniqueKeysWithValues: now.map { ($0.readerId, $0) })
            let partsBefore = Dictionary(uniqueKeysWithValues: before.map { ($0.readerId, $0) })
            return ranked.filter { $0.tier == tier }.map { r in
                let p = parts[r.readerId]!, b = partsBefore[r.readerId]
                return TierReader(
                    card: r.card, name: r.name, position: r.position, score: r.score,
                    tierBefore: rankedBefore[r.readerId]?.tier ?? .inactive, scoreBefore: rankedBefore[r.readerId]?.score,
                    uses: p.frequency, usesBefore: b?.frequency ?? 0, points: p.value, pointsBefore: b?.value ?? 0,
                    breadth: p.breadth, breadthBefore: b?.breadth ?? 0)
            }
        }
    }
}
