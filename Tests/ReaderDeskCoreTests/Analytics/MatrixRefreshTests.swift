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
        XCTAssertEqual(try f.db.matrix(f.actor)[0].open, 0)
        try f.use("R1", "S", "2026-10-10T09:00:00")
        XCTAssertEqual(try f.db.matrixCached(f.actor)[0].open, 0)   // stale until someone refreshes
        XCTAssertEqual(try f.db.matrix(f.actor)[0].open, 1)
        XCTAssertEqual(try f.db.matrixCached(f.actor)[0].open, 1)
    }

    func testContactLoggedBetweenSnapshotAndWriteIsKept() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1"); try f.reader("R2")
        try f.use("R1", "S", "2026-10-10T09:00:00")
        try f.db.refreshActions(now: f.now)
        try f.use("R2", "S", "2026-10-11T09:00:00")
        let plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
        try f.contact("R1", cell: 1)   // completes R1's first-use action meanwhile
        try f.db.write { db in try f.db.applyPlan(db, plan) }
        XCTAssertEqual(try firstUse(f).map { "\($0.card!) \($0.status)" }.sorted(), ["R1 done", "R2 open"])
    }

    func testAnotherTerminalsRefreshSinceTheSnapshotWins() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        try f.db.refreshActions(now: f.now)
        try f.use("R1", "S", "2026-10-10T09:00:00")
        let plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
        XCTAssertEqual(plan.rules.first { $0.name == "first-use" }?.candidates.count, 1)
        try f.db.refreshActions(now: f.now, force: false)   // the other terminal
        let stamp = try f.db.read { try String.fetchOne($0, sql: "SELECT value FROM analytics_state WHERE key = 'stamp'") }
        try f.db.write { db in try f.db.applyPlan(db, plan) }   // skipped: nothing written twice
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
}
