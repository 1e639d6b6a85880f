import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class PyramidTests: XCTestCase {
    /// Three readers worked by hand (see docs/CONTRACTS.md §1):
    /// A001 faculty 1×P(5 pts, premium) at t10; A002 undergraduate 3×B(1 pt, basic) at t5; A003 undergraduate 1×B at t10.
    /// pr(R) = .5, 0, .5; pr(F) = 0, 1, 0; pr(M) = 1, .5, 0; pr(S) = 1, 0, 0; pr(T) = 1, 0, 0
    /// scores .85, .275, .05; n = 3 so one vip, and key and mid are also ⌈·⌉ = 1 → the rest basic.
    func testHandComputedScoresAndTiers() throws {
        let f = try AnalyticsFixture()
        try f.service("P", .premium, points: 5); try f.service("B", .basic, points: 1)
        try f.reader("A001", .faculty); try f.reader("A002"); try f.reader("A003"); try f.reader("A004")
        try f.use("A001", "P", "2026-07-10T09:00:00")
        try f.use("A002", "B", "2026-07-05T09:00:00", quantity: 3)
        try f.use("A003", "B", "2026-07-10T09:00:00")
        let p = try f.db.pyramid(try f.cal.period("2026-Q3"))
        XCTAssertEqual(p.readers.map(\.card), ["A001", "A002", "A003"])
        XCTAssertEqual(p.readers.map(\.score), [0.85, 0.275, 0.05])
        XCTAssertEqual(p.readers.map(\.tier), [.vip, .basic, .basic])
        XCTAssertEqual(p.active, 3); XCTAssertEqual(p.inactive, 1)
        XCTAssertEqual(p.tiers.vip, 1); XCTAssertEqual(p.tiers.basic, 2)
    }

    func testTiesShareRankAndCardBytesDecide() throws {
        let f = try AnalyticsFixture()
        try f.service("B", .basic)
        for card in ["9", "10"] { try f.reader(card); try f.use(card, "B", "2026-07-10T09:00:00") }
        let p = try f.db.pyramid(try f.cal.period("2026-07"))
        XCTAssertEqual(p.readers.map(\.score), [0, 0])  // every pr is 0: ties share the lowest rank
        XCTAssertEqual(p.readers.map(\.card), ["10", "9"])  // "10" < "9" byte by byte
        XCTAssertEqual(p.readers.map(\.tier), [.vip, .basic])
    }

    func testOneReaderIsVipWithScoreOne() throws {
        let f = try AnalyticsFixture()
        try f.service("B", .basic); try f.reader("X1"); try f.use("X1", "B", "2026-07-10T09:00:00")
        let p = try f.db.pyramid(try f.cal.period("2026"))
        XCTAssertEqual(p.readers.map(\.score), [1]); XCTAssertEqual(p.readers.map(\.tier), [.vip])
    }

    func testEmptyPeriodCountsEveryoneInactive() throws {
        let f = try AnalyticsFixture()
        try f.service("B"); try f.reader("X1"); try f.reader("X2"); try f.use("X1", "B", "2026-07-10T09:00:00")
        let p = try f.db.pyramid(try f.cal.period("2025-Q1"))
        XCTAssertEqual(p.active, 0); XCTAssertEqual(p.inactive, 2); XCTAssertEqual(p.tiers, TierCounts())
    }

    func testCutOffsAtHundredAndOneReaders() {
        XCTAssertTrue(PyramidRanking.cutoffs(100, ScoreSettings()) == (1, 5, 20))
        XCTAssertTrue(PyramidRanking.cutoffs(101, ScoreSettings()) == (2, 6, 21))
    }

    /// 23:30 on 30 September in Shanghai is 15:30 UTC: it belongs to September, and 00:10 on 1 October to October.
    func testBoundariesFollowTheLibraryTimeZone() throws {
        let f = try AnalyticsFixture(zone: "Asia/Shanghai")
        try f.service("B"); try f.reader("L1"); try f.reader("E1")
        try f.use("L1", "B", "2026-09-30T23:30:00+08:00")
        try f.use("E1", "B", "2026-10-01T00:10:00+08:00")
        XCTAssertEqual(try f.db.pyramid(try f.cal.period("2026-10")).readers.map(\.card), ["E1"])
        XCTAssertEqual(try f.db.pyramid(try f.cal.period("2026-Q3")).readers.map(\.card), ["L1"])
        XCTAssertEqual(try f.db.pyramid(try f.cal.period(from: "2026-09-30", to: "2026-09-30")).readers.map(\.card), ["L1"])
        XCTAssertEqual(try f.db.pyramid(try f.cal.period(from: "2026-10-01", to: "2026-10-01")).readers.map(\.card), ["E1"])
    }

    /// When months were counted in another zone, the detail decides.
    func testOtherZoneFallsBackToDetail() throws {
        let f = try AnalyticsFixture(zone: "Asia/Shanghai")
        try f.service("B"); try f.reader("L1")
        try f.use("L1", "B", "2026-09-30T23:30:00+08:00")
        try f.db.write { try $0.execute(sql: "UPDATE usage_month SET month = 202610") }  // as if rolled up in UTC−x
        XCTAssertEqual(try f.db.pyramid(try f.cal.period("2026-09")).active, 0)
        try f.db.write { try $0.execute(sql: "UPDATE setting SET value = 'UTC' WHERE key = 'library.timezone'") }
        XCTAssertEqual(try f.db.pyramid(try f.cal.period("2026-09")).active, 1)
    }

    func testCompareFindsMovesUpAndDown() throws {
        let f = try AnalyticsFixture()
        try f.service("P", .premium, points: 5); try f.service("B", .basic)
        try f.reader("A"); try f.reader("B"); try f.reader("C")
        try f.use("A", "P", "2026-07-10T09:00:00"); try f.use("B", "B", "2026-07-10T09:00:00")
        try f.use("B", "P", "2026-10-10T09:00:00"); try f.use("C", "B", "2026-10-10T09:00:00")
        let c = try f.db.comparePyramids(try f.cal.period("2026-Q4"), try f.cal.period("2026-Q3"))
        XCTAssertEqual(c.earlier.period.label, "2026-Q3")
        XCTAssertEqual(c.up.map { "\($0.card) \($0.from)→\($0.to)" }, ["B basic→vip", "C inactive→basic"])
        XCTAssertEqual(c.down.map { "\($0.card) \($0.from)→\($0.to)" }, ["A vip→inactive"])
    }

    func testPeriodParsing() throws {
        let cal = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let q = try cal.period("2026-q3")
        XCTAssertEqual([q.from, q.to, q.label], ["2026-07-01", "2026-09-30", "2026-Q3"])
        XCTAssertEqual(cal.previous(q).label, "2026-Q2")
        XCTAssertEqual(cal.previous(try cal.period("2026-01")).label, "2025-12")
        XCTAssertThrowsError(try cal.period("2026-13"))
        XCTAssertThrowsError(try cal.period(from: "2026-02-01", to: "2026-01-31"))
    }
}
