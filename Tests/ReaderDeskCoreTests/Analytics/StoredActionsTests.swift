import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// The core's readers of the actions (`matrix`, `actions`, `todayPlan`, `profile`) answer from the
/// stored actions on the first look of a day and say how current they are; `.fresh` waits.
final class StoredActionsTests: XCTestCase {
    func stamp(_ f: AnalyticsFixture) throws -> String? {
        try f.db.read { try String.fetchOne($0, sql: "SELECT value FROM analytics_state WHERE key = 'stamp'") }
    }

    func testTheFirstLookOfADayAnswersFromTheStoredActions() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        try f.use("R1", "S", "2026-10-10T09:00:00")
        let first = try f.db.matrix(f.actor, refresh: .stored)
        XCTAssertEqual(first.freshness, ActionFreshness(computedAt: f.now, dailyStale: false), "a new database refreshes in full")
        XCTAssertEqual(first.value[0].open, 1)

        let yesterday = f.now
        f.now += 86_400
        let before = try stamp(f)
        let stale = ActionFreshness(computedAt: yesterday, dailyStale: true)
        XCTAssertEqual(try f.db.matrix(f.actor, refresh: .stored).freshness, stale)
        XCTAssertEqual(try f.db.matrix(f.actor, refresh: .stored).value[0].open, 1, "yesterday's actions")
        XCTAssertEqual(try f.db.actions(f.actor, ActionFilter(), refresh: .stored).freshness, stale)
        XCTAssertEqual(try f.db.todayPlan(f.actor, refresh: .stored).freshness, stale)
        XCTAssertEqual(try f.db.profile(f.actor, card: "R1", refresh: .stored).actionsFreshness, stale)
        XCTAssertEqual(try stamp(f), before, "nothing ran")

        XCTAssertEqual(try f.db.todayPlan(f.actor, refresh: .fresh).freshness, ActionFreshness(computedAt: f.now, dailyStale: false))
        XCTAssertNotEqual(try stamp(f), before, "a fresh answer waits for the day's refresh")
        XCTAssertEqual(try f.db.matrix(f.actor).freshness, ActionFreshness(computedAt: f.now, dailyStale: false))
    }

    /// By default the day's refresh starts on a thread of the process, and the answer says it runs.
    func testTheDefaultRefreshesTheDayOnAThread() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        _ = try f.db.matrix(f.actor)
        f.now += 86_400
        let answer = try f.db.matrix(f.actor)
        XCTAssertTrue(answer.freshness.dailyStale)
        // Waits for the thread (no time is asserted: a slow machine only waits longer).
        var waited = 0
        while try f.db.dailyIsStale(now: f.now), waited < 6_000 {
            Thread.sleep(forTimeInterval: 0.01)
            waited += 1
        }
        XCTAssertFalse(try f.db.dailyIsStale(now: f.now))
        XCTAssertEqual(try f.db.actionsComputedAt(), f.now)
    }

    /// The one-pass count of every service's readers agrees with each audience's own query,
    /// erased readers left out.
    func testServiceReadersCountedInOnePassAgreeWithTheQuery() throws {
        let f = try DailyScanTests.randomLibrary(seed: 5)
        try f.db.write { db in try db.execute(sql: "UPDATE reader SET forgotten = 1 WHERE card IN ('R004', 'R009')") }
        try f.db.read { db in
            for (from, to) in [(202_607, 202_609), (202_501, 202_611), (202_610, 202_610), (203_001, 203_012)] {
                let counts = try ServiceAudience.usedCounts(db, from: from, to: to)
                for id in try Int64.fetchAll(db, sql: "SELECT id FROM service") {
                    let one = try ServiceAudience(kind: .used, service: id, from: from, to: to).count(db)
                    XCTAssertEqual(counts[id] ?? 0, one, "service \(id), \(from)…\(to)")
                }
                if from == 202_501 { XCTAssertGreaterThan(counts.values.reduce(0, +), 0) }
            }
        }
    }
}
