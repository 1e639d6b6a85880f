import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// The refresh evaluates in a snapshot and applies in a short write: what happens in between.
final class MatrixRefreshTests: XCTestCase {
    func firstUse(_ f: AnalyticsFixture) throws -> [ActionListing] {
        try f.db.read { try AppDatabase.actions($0, ActionFilter(statuses: [.open, .done])) }.filter { $0.rule == "first-use" }
    }

    func testCachedMatrixDoesNotRefresh() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        XCTAssertEqual(try f.db.matrix(f.actor).value[0].open, 0)
        try f.use("R1", "S", "2026-10-10T09:00:00")
        XCTAssertEqual(try f.db.matrixCached(f.actor)[0].open, 0)  // stale until someone refreshes
        XCTAssertEqual(try f.db.matrix(f.actor).value[0].open, 1)
        XCTAssertEqual(try f.db.matrixCached(f.actor)[0].open, 1)
    }

    func testContactLoggedBetweenSnapshotAndWriteIsKept() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1"); try f.reader("R2")
        try f.use("R1", "S", "2026-10-10T09:00:00")
        try f.db.refreshActions(now: f.now)
        try f.use("R2", "S", "2026-10-11T09:00:00")
        let plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
        try f.contact("R1", cell: 1)  // completes R1's first-use action meanwhile
        try f.db.write { db in try f.db.applyPlan(db, plan) }
        XCTAssertEqual(try firstUse(f).map { "\($0.card!) \($0.status)" }.sorted(), ["R1 done", "R2 open"])
    }

    func testAnotherTerminalsRefreshSinceTheSnapshotWins() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        try f.db.refreshActions(now: f.now)
        try f.use("R1", "S", "2026-10-10T09:00:00")
        let plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
        XCTAssertEqual(plan.rules.first { $0.name == "first-use" }?.changes.count, 1)
        try f.db.refreshActions(now: f.now, force: false)  // the other terminal
        let stamp = try f.db.read { try String.fetchOne($0, sql: "SELECT value FROM analytics_state WHERE key = 'stamp'") }
        try f.db.write { db in try f.db.applyPlan(db, plan) }  // skipped: nothing written twice
        XCTAssertEqual(try f.db.read { try String.fetchOne($0, sql: "SELECT value FROM analytics_state WHERE key = 'stamp'") }, stamp)
        XCTAssertEqual(try firstUse(f).count, 1)
    }

    func testAContactReRunsOnlyTheRulesThatReadContacts() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        try f.use("R1", "S", "2026-10-10T09:00:00")
        try f.db.refreshActions(now: f.now)
        try f.contact("R1")
        let plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
        XCTAssertEqual(plan.rules.map(\.name).sorted(), ["first-use", "follow-up", "tier-care"])
        XCTAssertNil(plan.daily)
    }

    /// The first look of a day answers from yesterday's actions and leaves the daily rules to a
    /// refresh elsewhere; writes of the same day still show at once.
    func testTheFirstLookOfADayDoesNotWaitForTheDailyRules() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        XCTAssertFalse(try f.db.dailyIsStale(now: f.now), "never computed: nothing to answer from")
        XCTAssertNil(try f.db.actionsComputedAt())
        var answer = try f.db.refreshLiveIfStale(now: f.now)
        XCTAssertEqual(answer, ActionFreshness(computedAt: f.now, dailyStale: false), "a new database refreshes in full at once")

        try f.use("R1", "S", "2026-10-10T09:00:00")
        answer = try f.db.refreshLiveIfStale(now: f.now)
        XCTAssertFalse(answer.dailyStale)
        XCTAssertEqual(try firstUse(f).count, 1, "a live rule runs at once")

        let yesterday = f.now
        f.now += 86_400
        XCTAssertTrue(try f.db.dailyIsStale(now: f.now))
        let stamp = try f.db.read { try String.fetchOne($0, sql: "SELECT value FROM analytics_state WHERE key = 'stamp'") }
        answer = try f.db.refreshLiveIfStale(now: f.now)
        XCTAssertEqual(answer, ActionFreshness(computedAt: yesterday, dailyStale: true))
        XCTAssertEqual(
            try f.db.read { try String.fetchOne($0, sql: "SELECT value FROM analytics_state WHERE key = 'stamp'") }, stamp,
            "nothing ran")
        XCTAssertEqual(try f.db.matrixCached(f.actor)[0].open, 1, "yesterday's actions are there to show")

        try f.db.refreshActions(now: f.now, force: false)  // the background process
        XCTAssertFalse(try f.db.dailyIsStale(now: f.now))
        XCTAssertEqual(try f.db.refreshLiveIfStale(now: f.now), ActionFreshness(computedAt: f.now, dailyStale: false))
    }

    /// A change of settings today is not a new day: it refreshes at once, as before.
    func testASettingChangedTodayRefreshesAtOnce() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        try f.db.refreshActions(now: f.now)
        try f.db.setSetting(f.actor, key: "matrix.due.days", value: "9")
        XCTAssertFalse(try f.db.dailyIsStale(now: f.now))
        XCTAssertFalse(try f.db.refreshLiveIfStale(now: f.now).dailyStale)
        let keys = try f.db.read { db in
            (try AppDatabase.analyticsState(db)["daily"], try AppDatabase.dailyKey(db, f.db.calendar.dayString(f.now)))
        }
        XCTAssertEqual(keys.0, keys.1)
    }

    /// The day's refresh lapses idle readers before its snapshot: the next look finds nothing stale
    /// (the lapse step's writes to readers would otherwise run the live rules again).
    func testTheDaysLapseStepLeavesNothingStale() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1"); try f.reader("R2")
        try f.use("R1", "S", "2026-01-10T09:00:00")
        try f.use("R2", "S", "2026-10-10T09:00:00")
        try f.db.write { db in try db.execute(sql: "UPDATE reader SET lifecycle = 'active'") }
        try f.db.refreshActions(now: f.now, force: false)
        XCTAssertEqual(
            try f.db.read { try String.fetchAll($0, sql: "SELECT card FROM reader WHERE lifecycle = 'lapsed'") }, ["R1"])
        let plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
        XCTAssertEqual(plan.rules.map(\.name), [], "nothing stale after the day's refresh")
    }
}
