import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// The one-pass daily scan must give exactly what the plain definitions give: the pyramid of the
/// 12 months to now, the 90-day windows from the detail, pairs and trends, the quarters' tiers.
final class DailyScanTests: XCTestCase {
    static func randomLibrary(seed: UInt64) throws -> AnalyticsFixture {
        let f = try AnalyticsFixture()
        try f.set("matrix.recommend.tiers", "vip,key,mid,basic")  // pairs for every active reader: more to compare
        var rng = SeededRandom(seed: seed)
        for (i, code) in ["A", "B", "C", "D", "E"].enumerated() {
            try f.service(code, [.premium, .standard, .basic][i % 3], points: i + 1)
        }
        let types: [ReaderType] = [.faculty, .postgraduate, .undergraduate, .staff, .external]
        for i in 1...60 { try f.reader(String(format: "R%03d", i), types[i % types.count], subject: i % 2 == 0 ? "Physics" : "History") }
        let start = try f.at("2025-01-01T00:00:00"), end = try f.at("2026-11-10T00:00:00")
        let july = try f.at("2026-07-01T00:00:00")
        var events: [UsageInput] = []
        for _ in 0..<4000 {
            let reader = Int64.random(in: 1...60, using: &rng), service = Int64(Int.random(in: 1...5, using: &rng))
            // Heavy readers use several services; a few readers stop half-way (falling activity).
            guard reader % 7 != 0 || Bool.random(using: &rng) else { continue }
            let at = Int64.random(in: start..<end, using: &rng)
            if reader % 5 == 0 && at > july { continue }
            // Readers ≡ 1 (mod 4) use A and D, ≡ 3 only A: "readers of A also use D" for the latter.
            let group: [Int64] = reader % 4 == 1 ? [1, 4] : reader % 4 == 3 ? [1] : [2, 3, 5]
            events.append(
                UsageInput(
                    readerId: reader, serviceId: group[Int(service) % group.count], at: at,
                    quantity: Int.random(in: 1...3, using: &rng),
                    location: [.onsite, .campus, .remote][Int.random(in: 0...2, using: &rng)]))
        }
        try f.db.write { db in try f.db.insertUsage(db, events) }
        return f
    }

    func describe(_ list: [ActionCandidate]) -> [String] {
        list.map { "\($0.key)|\($0.reason)|\($0.step)|\($0.due)|\(String(describing: $0.ownerId))" }
    }

    func testScanAgreesWithThePlainDefinitions() throws {
        var produced: [String: Int] = [:]  // so the comparisons are not of empty lists
        for (seed, now) in [
            (1, "2026-10-15T10:00:00+08:00"), (2, "2026-11-01T00:00:00+08:00"), (3, "2026-08-31T23:59:00+08:00"),
            (4, "2026-04-20T15:00:00+08:00"),
        ] as [(UInt64, String)] {
            let f = try Self.randomLibrary(seed: seed)
            try f.setNow(now)
            try f.db.read { db in
                let owners = try OwnerFinder(db)
                let d = try f.db.dailyData(db, now: f.now, owners: owners, fresh: true)
                let scan = try XCTUnwrap(d.scan, "the fast path applies in the library's own zone")
                XCTAssertEqual(d.computedQuarters.count, 4)
                for q in f.db.lastQuarters(now: f.now) {  // ranked without names: the pyramid's tiers, in its order
                    let plain = try f.db.pyramid(db, q).readers.map { "\($0.readerId) \($0.tier)" }
                    XCTAssertEqual(d.computedQuarters[q.label]?.map { "\($0.0) \($0.1)" }, plain, "\(now) \(q.label)")
                }
                let plain = try f.db.pyramid(db, f.cal.lastTwelveMonths(before: f.now)).readers
                XCTAssertGreaterThan(plain.count, 20)
                XCTAssertEqual(d.current.count, plain.count, now)
                for r in plain {
                    XCTAssertEqual(d.current[r.readerId], TierRow(tier: r.tier, score: r.score), "\(now) reader \(r.readerId)")
                }
                let fast = RuleContext(db: db, now: f.now, cal: f.cal, owners: owners, app: f.db, daily: d)
                // The plain path gets the current tiers from the plain pyramid, not from the scan.
                let reference = DailyData()
                reference.current = TierTable(maxId: plain.map(\.readerId).max() ?? 0)
                for r in plain { reference.current[r.readerId] = TierRow(tier: r.tier, score: r.score) }
                let slow = RuleContext(db: db, now: f.now, cal: f.cal, owners: owners, app: f.db, daily: reference)
                let windows = try MatrixRules.readerWindows(slow, days: 90)
                XCTAssertFalse(windows.isEmpty)
                for (r, w) in scan.windows.enumerated() where w != MatrixRules.Windows() || windows[Int64(r)] != nil {
                    XCTAssertEqual(w, windows[Int64(r)], "\(now) windows of reader \(r)")
                }
                for rule in MatrixRules.daily where rule.name != "tier-fell" {
                    let got = try rule.run(fast)
                    produced[rule.name, default: 0] += got.count
                    XCTAssertEqual(describe(got), describe(try rule.run(slow)), "\(now) \(rule.name)")
                }
                for q in f.db.lastQuarters(now: f.now) {
                    let tiers = try f.db.pyramid(db, q).readers.map { "\($0.readerId) \($0.tier)" }
                    XCTAssertEqual(d.computedQuarters[q.label]?.map { "\($0.0) \($0.1)" }, tiers)
                }
            }
        }
        print("candidates by rule:", produced)
        for rule in ["pair", "service-trend", "reader-trend", "lift"] { XCTAssertGreaterThan(produced[rule] ?? 0, 0, rule) }
    }

    /// The service-level rules' reader counts from the scan equal those of their own pass.
    func testServiceAudienceCountsFromTheScanAgree() throws {
        for (seed, now) in [(5, "2026-10-15T10:00:00+08:00"), (6, "2026-01-03T09:00:00+08:00")] as [(UInt64, String)] {
            let f = try Self.randomLibrary(seed: seed)
            try f.setNow(now)
            try f.db.write { db in try db.execute(sql: "UPDATE reader SET forgotten = 1 WHERE card IN ('R004', 'R017')") }
            try f.db.read { db in
                let d = try f.db.dailyData(db, now: f.now, owners: try OwnerFinder(db), fresh: false)
                XCTAssertEqual(d.usedCounts.count, 2, now)
                for (months, counts) in d.usedCounts {
                    let (from, to) = (Int(months.prefix(6))!, Int(months.suffix(6))!)
                    XCTAssertEqual(counts, try ServiceAudience.usedCounts(db, from: from, to: to), "\(now) \(months)")
                    XCTAssertGreaterThan(counts.values.reduce(0, +), 0)
                }
            }
        }
    }

    func testQuartersAreRankedAgainOnlyWhenTheirUseChanges() throws {
        let f = try Self.randomLibrary(seed: 9)
        try f.db.refreshActions(now: f.now)
        func ranked() throws -> Int {
            try f.db.read { db in try f.db.dailyData(db, now: f.now, owners: try OwnerFinder(db), fresh: false) }.computedQuarters.count
        }
        XCTAssertEqual(try ranked(), 0)
        try f.use("R001", "A", "2026-10-14T09:00:00")  // this quarter: no completed quarter changes
        XCTAssertEqual(try ranked(), 0)
        try f.use("R001", "A", "2026-05-14T09:00:00")  // back-dated into 2026-Q2
        XCTAssertEqual(try ranked(), 1)
    }
}
