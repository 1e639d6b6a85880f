import GRDB
import XCTest

@testable import ReaderDeskCore

/// A tier's readers with what moved them: place and score now, tier and score before, and the
/// parts of the score that changed.
final class TierReadersTests: XCTestCase {
    func testATiersReadersWithTheirPlaceBeforeAndWhatChanged() throws {
        let f = try AnalyticsFixture()
        try f.service("A", .premium, points: 5); try f.service("B", .basic, points: 1)
        for c in ["R1", "R2", "R3"] { try f.reader(c) }
        try f.use("R1", "B", "2026-05-05T09:00:00")  // Q2: R1 little
        try f.use("R2", "A", "2026-05-05T09:00:00", quantity: 5)
        try f.use("R1", "A", "2026-08-05T09:00:00", quantity: 9); try f.use("R1", "B", "2026-08-06T09:00:00")  // Q3: R1 a lot
        try f.use("R3", "B", "2026-08-05T09:00:00")
        let q3 = try f.cal.period("2026-Q3")
        let pyramid = try f.db.pyramid(q3)
        let top = try XCTUnwrap(pyramid.readers.first)
        XCTAssertEqual(top.card, "R1")
        let rows = try f.db.tierReaders(q3, tier: top.tier)
        let r1 = try XCTUnwrap(rows.first { $0.card == "R1" })
        XCTAssertEqual(r1.position, 1)
        XCTAssertEqual(r1.score, top.score)
        XCTAssertEqual([r1.usesBefore, r1.uses], [1, 10])
        XCTAssertEqual([r1.pointsBefore, r1.points], [1, 46])
        XCTAssertNotNil(r1.scoreBefore)
        XCTAssertTrue(rows.allSatisfy { pyramid.tier(ofReader: try! f.db.reader(f.actor, card: $0.card).id!) == top.tier })
        // R3 was inactive in Q2.
        let r3 = try f.db.tierReaders(q3, tier: pyramid.readers.first { $0.card == "R3" }!.tier).first { $0.card == "R3" }
        XCTAssertEqual(r3?.tierBefore, .inactive)
        XCTAssertNil(r3?.scoreBefore)
        XCTAssertEqual(r3?.usesBefore, 0)
    }
}
