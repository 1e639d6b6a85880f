import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// The flat-array pyramid path at its edges: sparse reader ids, more than 64 services, both ways
/// of ranking a component, and the tier sizes without a ranking — each held to the reference.
final class PyramidColumnsTests: XCTestCase {
    func testSmallerCountsByCountingAndBySortingAgreeWithTheDefinition() {
        var rng = SeededRandom(seed: 5)
        for spread in [3, 50, 1_000_000_000] as [Int64] {
            let values = (0..<500).map { _ in Int64.random(in: -spread...spread, using: &rng) }
            let expected = values.map { v in values.filter { $0 < v }.count }
            XCTAssertEqual(PyramidRanking.smallerCounts(values), expected, "spread \(spread)")
        }
        XCTAssertEqual(PyramidRanking.smallerCounts([.min, .max, 0, .min]), [0, 3, 2, 0])  // a span that overflows
        XCTAssertEqual(PyramidRanking.percentRanks([7]), [1])
    }

    func testTierSizesFollowTheActiveCountAlone() throws {
        for n in [0, 1, 2, 99, 100, 101, 1234] {
            let t = PyramidRanking.tierCounts(n, ScoreSettings())
            let cuts = PyramidRanking.cutoffs(n, ScoreSettings())
            var expected = TierCounts()
            for k in stride(from: 1, through: n, by: 1) { expected[PyramidRanking.tier(k, cuts)] += 1 }
            XCTAssertEqual(t, expected, "n = \(n)")
        }
        let f = try randomLibrary(seed: 11, services: 5)
        for period in [try f.cal.period("2026-Q3"), try f.cal.period("2026"), try f.cal.period(from: "2026-06-17", to: "2026-09-03")] {
            let p = try f.db.pyramid(period), size = try f.db.pyramidSize(period)
            XCTAssertEqual(size, PyramidSize(active: p.active, inactive: p.inactive, tiers: p.tiers), period.label)
            XCTAssertGreaterThan(size.active, 10)
        }
    }

    /// Reader ids far apart (a slot a reader through a dictionary) and 70 services (two words of
    /// service bits a reader) give exactly the reference's readers, scores and tiers.
    func testSparseIdsAndManyServicesMatchTheReference() throws {
        let f = try AnalyticsFixture()
        try f.db.write { db in
            try db.execute(
                sql: "INSERT INTO reader(id, card, name, created_at, updated_at) VALUES (40000000, 'FAR', 'Far Away', 0, 0)")
        }
        let f2 = try randomLibrary(seed: 3, services: 70, fixture: f)
        let ids = try f2.db.read { try Int64.fetchAll($0, sql: "SELECT id FROM reader ORDER BY id") }
        XCTAssertGreaterThan(ids.last!, 40_000_000, "the readers after FAR have big ids")
        let period = try f2.cal.period("2026")
        let mine = try f2.db.pyramid(period).readers.map { "\($0.card):\($0.tier.rawValue):\($0.score)" }
        let reference = try PyramidReferenceTests.reference(f2.db, period).map { "\($0.0):\($0.1):\($0.2)" }
        XCTAssertEqual(mine, reference)
        XCTAssertGreaterThan(mine.count, 20)
    }

    func testReaderPositionsDenseAndSparse() {
        for ids in [[5, 3, 9] as [Int64], [3, 90_000_000, 7], [-4, 2]] {
            let p = ReaderPositions(ids)
            for (i, id) in ids.enumerated() { XCTAssertEqual(p.position(of: id), i) }
            XCTAssertNil(p.position(of: 4)); XCTAssertNil(p.position(of: -1)); XCTAssertNil(p.position(of: 1 << 40))
        }
    }

    /// Services of every class with random points; readers of every type; use in 2026 at few
    /// distinct instants, so every component has ties.
    func randomLibrary(seed: UInt64, services: Int, fixture: AnalyticsFixture? = nil) throws -> AnalyticsFixture {
        let f = try fixture ?? AnalyticsFixture()
        var rng = SeededRandom(seed: seed)
        let classes: [ServiceClass] = [.premium, .standard, .basic]
        for i in 0..<services { try f.service("S\(i)", classes[i % 3], points: Int.random(in: 0...4, using: &rng)) }
        let readers = 80
        for i in 0..<readers { try f.reader("C\(1000 + i * 37 % 101)", ReaderType.allCases.randomElement(using: &rng)!) }
        let cards = try f.db.read { try String.fetchAll($0, sql: "SELECT card FROM reader WHERE card GLOB 'C*'") }
        let start = try f.at("2026-01-01T00:00:00"), span: Int64 = 280 * 86_400
        let instants = (0..<15).map { _ in start + Int64.random(in: 0..<span, using: &rng) }
        for _ in 0..<(readers * 5) {
            try f.useEpoch(
                cards.randomElement(using: &rng)!, "S\(Int.random(in: 0..<services, using: &rng))", instants.randomElement(using: &rng)!,
                quantity: Int.random(in: 1...3, using: &rng))
        }
        return f
    }
}
