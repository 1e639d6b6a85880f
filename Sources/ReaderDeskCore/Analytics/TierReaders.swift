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
            let now = try valueColumns(db, period, settings)
            let before = try valueColumns(db, calendar.previous(period), settings, names: false)
            let ranked = PyramidRanking.ranked(now, settings), rankedBefore = PyramidRanking.ranked(before, settings)
            let at = ReaderPositions(now.readerId), atBefore = ReaderPositions(before.readerId)
            let placeBefore = ReaderPositions(rankedBefore.map(\.readerId))
            return ranked.filter { $0.tier == tier }.map { r in
                let p = at.position(of: r.readerId)!, b = atBefore.position(of: r.readerId)
                let then = placeBefore.position(of: r.readerId).map { rankedBefore[$0] }
                return TierReader(
                    card: r.card, name: r.name, position: r.position, score: r.score,
                    tierBefore: then?.tier ?? .inactive, scoreBefore: then?.score,
                    uses: now.frequency[p], usesBefore: b.map { before.frequency[$0] } ?? 0,
                    points: now.value[p], pointsBefore: b.map { before.value[$0] } ?? 0,
                    breadth: now.breadth[p], breadthBefore: b.map { before.breadth[$0] } ?? 0)
            }
        }
    }
}
