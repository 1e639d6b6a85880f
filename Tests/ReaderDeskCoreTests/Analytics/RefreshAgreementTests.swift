import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// A refresh gives the same actions, tiers and holds however it is computed: quarters ranked again
/// or kept by their fingerprint, forced or not, many candidates or few.
final class RefreshAgreementTests: XCTestCase {
    /// Everything a refresh leaves behind that a person sees (not the stamps).
    func outcome(_ f: AnalyticsFixture) throws -> [String] { try outcome(f.db) }

    func outcome(_ database: AppDatabase) throws -> [String] {
        try database.read { db in
            let actions = try Row.fetchAll(
                db,
                sql: """
                    SELECT cell, rule, reader_id, service_id, dedup, reason, step, due, owner_id, status, snooze_until,
                           priority, held, readers, audience FROM action ORDER BY dedup
                    """
            ).map { $0.description }
            let values = try Row.fetchAll(db, sql: "SELECT * FROM reader_value ORDER BY reader_id").map { $0.description }
            let quarters = try Row.fetchAll(db, sql: "SELECT * FROM reader_quarter ORDER BY quarter, reader_id").map { $0.description }
            return actions + values + quarters
        }
    }

    /// Equal lists, or the lines that differ (a whole library's outcome is too long to read).
    func same(_ a: [String], _ b: [String], _ what: String, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, what, line: line)
        let diff = Set(a).symmetricDifference(Set(b)).sorted().prefix(6)
        XCTAssertTrue(diff.isEmpty, "\(what): \(diff.joined(separator: "\n"))", line: line)
    }

    func testTheSameOutcomeWhetherQuartersAreRankedAgainOrKept() throws {
        for (seed, now) in [(11, "2026-10-15T10:00:00+08:00"), (12, "2026-07-02T09:00:00+08:00")] as [(UInt64, String)] {
            let f = try DailyScanTests.randomLibrary(seed: seed)
            try f.setNow(now)
            try f.db.write { db in try db.execute(sql: "UPDATE reader SET forgotten = 1 WHERE card = 'R011'") }
            try f.db.refreshActions(now: f.now)
            let first = try outcome(f)
            XCTAssertGreaterThan(first.count, 100)
            XCTAssertTrue(first.contains { $0.contains("held:1") }, "the cap holds some actions back")

            // Forced with every quarter's fingerprint holding: nothing ranked again, nothing changes.
            let kept = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: true, clock: RefreshTiming()) }
            XCTAssertEqual(kept.daily?.computedQuarters.count, 0)
            try f.db.refreshActions(now: f.now, force: true)
            same(try outcome(f), first, "kept")

            // Fingerprints gone: all four quarters ranked again, the same outcome.
            try f.db.write { db in try db.execute(sql: "DELETE FROM analytics_state WHERE key GLOB 'quarter:*'") }
            let ranked = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: true, clock: RefreshTiming()) }
            XCTAssertEqual(ranked.daily?.computedQuarters.count, 4)
            try f.db.refreshActions(now: f.now, force: true)
            same(try outcome(f), first, "ranked again")

            // From nothing at all: the same again.
            try f.db.write { db in
                try db.execute(sql: "DELETE FROM action; DELETE FROM reader_value; DELETE FROM reader_quarter; DELETE FROM analytics_state")
            }
            try f.db.refreshActions(now: f.now)
            same(try outcome(f), first, "from nothing")
        }
    }

    /// On a file (a pool of connections) the readers' facts are read on a second connection
    /// while the first passes over the roll-up: the same outcome as on one connection.
    func testTheSameOutcomeWithReadsOnASecondConnection() throws {
        let f = try DailyScanTests.randomLibrary(seed: 17)
        try f.db.write { db in try db.execute(sql: "UPDATE reader SET forgotten = 1 WHERE card = 'R009'") }
        for (card, day) in [("R001", "2026-10-01"), ("R003", "2026-10-12")] { try f.contact(card, when: day + "T09:00:00") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-side-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pool = try AppDatabase.open(path: dir.appendingPathComponent("library.sqlite").path, create: true, calendar: f.cal)
        try f.db.writer.backup(to: pool.writer)
        try pool.read { db in
            let side = try XCTUnwrap(SideRead(pool) { db in try AppDatabase.sideFingerprint(db) })
            XCTAssertEqual(try side.value(matching: db), try AppDatabase.sideFingerprint(db))
        }
        for now in ["2026-10-15T10:00:00+08:00", "2026-11-12T10:00:00+08:00"] {
            try f.setNow(now)
            try f.db.refreshActions(now: f.now)
            try pool.refreshActions(now: f.now)
            let one = try outcome(f)
            XCTAssertGreaterThan(one.count, 100)
            same(try outcome(pool), one, "pool \(now)")
        }
    }

    /// The touched readers' caps come out the same one by one and in one pass.
    func testCapsAgreeWhetherTouchedReadersAreHeldOneByOneOrInOnePass() throws {
        var outcomes: [[String]] = []
        for onePassAbove in [Int.max, 0] {
            let f = try DailyScanTests.randomLibrary(seed: 16)
            try f.set("matrix.open_per_reader", "1")
            try f.db.refreshActions(now: f.now)
            try f.setNow("2026-11-12T10:00:00+08:00")  // a new day: priorities and reasons move
            var plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
            XCTAssertGreaterThan(plan.touched.count, 5)
            plan.onePassAbove = onePassAbove
            try f.db.write { db in try f.db.applyPlan(db, plan) }
            outcomes.append(try outcome(f))
        }
        XCTAssertTrue(outcomes[0].contains { $0.contains("held:1") })
        same(outcomes[1], outcomes[0], "one pass")
    }

    /// A first refresh writing its actions with the action table's indexes dropped and built after
    /// (as a big library's does) leaves what one writing into the indexes leaves, indexes included.
    func testAFirstRefreshWithItsIndexesBuiltAfterLeavesTheSame() throws {
        var outcomes: [[String]] = []
        for bulkFrom in [Int.max, 0] {
            let f = try DailyScanTests.randomLibrary(seed: 18)
            let indexes = {
                try f.db.read {
                    try String.fetchAll(
                        $0, sql: "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE tbl_name = 'action' ORDER BY name")
                }
            }
            let before = try indexes()
            XCTAssertEqual(try f.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM action") }, 0, "a first refresh")
            var plan = try f.db.read { db in try f.db.refreshPlan(db, now: f.now, force: false, clock: RefreshTiming()) }
            plan.bulkActionsFrom = bulkFrom
            try f.db.write { db in try f.db.applyPlan(db, plan) }
            XCTAssertEqual(try indexes(), before)
            outcomes.append(try outcome(f))
            // A second look the same day, on the table as written.
            try f.db.refreshActions(now: f.now, force: true)
            same(try outcome(f), outcomes.last!, "again, bulk from \(bulkFrom)")
        }
        XCTAssertGreaterThan(outcomes[0].count, 100)
        same(outcomes[1], outcomes[0], "indexes built after")
    }

    /// Priorities from one pass over the contacts equal those from a look-up per reader.
    func testPrioritiesAgreeWhetherContactsAreLookedUpOrReadInOnePass() throws {
        let f = try DailyScanTests.randomLibrary(seed: 13)
        for (card, day) in [("R001", "2026-09-01"), ("R002", "2026-10-10"), ("R002", "2026-06-01"), ("R013", "2026-10-14")] {
            try f.contact(card, when: day + "T09:00:00")
        }
        try f.db.read { db in
            let owners = try OwnerFinder(db)
            let d = try f.db.dailyData(db, now: f.now, owners: owners, fresh: false)
            let ctx = RuleContext(db: db, now: f.now, cal: f.cal, owners: owners, app: f.db, daily: d)
            func run(_ upTo: Int) throws -> [String] {
                let p = try Prioritiser(db, f.cal, owners: owners, daily: d, now: f.now, lookupsUpTo: upTo)
                return try MatrixRules.all.flatMap { rule in
                    var candidates = try rule.run(ctx)
                    try p.prioritise(rule.name, &candidates)
                    return candidates.map { "\($0.key) \($0.priority) \(String(describing: $0.ownerId))" }
                }
            }
            let a = try run(.max)
            XCTAssertGreaterThan(a.count, 50)
            XCTAssertEqual(a, try run(0))
        }
    }

    /// Tier care reads the same last contacts and owners whether it looks each reader up or reads
    /// them in one pass.
    func testTierCareAgreesWhetherReadersAreLookedUpOrReadInOnePass() throws {
        let f = try DailyScanTests.randomLibrary(seed: 14)
        try f.db.write { db in try db.execute(sql: "UPDATE reader SET forgotten = 1 WHERE card IN ('R002', 'R021')") }
        for (card, day) in [("R001", "2026-10-01"), ("R003", "2026-05-10"), ("R003", "2026-09-20"), ("R021", "2026-10-14")] {
            try f.contact(card, when: day + "T09:00:00")
        }
        try f.db.read { db in
            let owners = try OwnerFinder(db)
            let d = try f.db.dailyData(db, now: f.now, owners: owners, fresh: false)
            func run(_ upTo: Int) throws -> [String] {
                let c = RuleContext(db: db, now: f.now, cal: f.cal, owners: owners, app: f.db, daily: d, lookupsUpTo: upTo)
                return try MatrixRules.tierCare(c).map { "\($0.key) \($0.reason) \($0.due) \(String(describing: $0.ownerId))" }
            }
            let each = try run(.max)
            XCTAssertGreaterThan(each.count, 2)
            XCTAssertEqual(each, try run(0))
        }
    }

    /// The day's lapse step asks "no use since the cutoff" of recent roll-up rows only: it lapses
    /// exactly the readers whose last use (else joining) is before the cutoff.
    func testLapsingReadsRecentRowsOnlyAndAgreesWithTheDefinition() throws {
        let f = try DailyScanTests.randomLibrary(seed: 15)
        for now in ["2027-01-20T10:00:00+08:00", "2027-02-01T00:30:00+08:00", "2026-12-31T23:00:00+08:00"] {
            let at = try f.at(now)
            let expected = try f.db.write { db -> [Int64] in
                try db.execute(sql: "UPDATE reader SET lifecycle = 'active'")
                let cutoff = at - Int64(try AppDatabase.number(db, "lifecycle.lapsed.days")) * 86_400
                return try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM reader WHERE forgotten = 0
                          AND coalesce((SELECT max(last_at) FROM usage_month WHERE usage_month.reader_id = reader.id), created_at) < ?
                        ORDER BY id
                        """, arguments: [cutoff])
            }
            XCTAssertFalse(expected.isEmpty, now)
            try f.db.write { db in try AppDatabase.lapseIdleReaders(db, now: at, today: f.cal.dayString(at)) }
            let lapsed = try f.db.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM reader WHERE lifecycle = 'lapsed' ORDER BY id") }
            XCTAssertEqual(lapsed, expected, now)
        }
    }
}
