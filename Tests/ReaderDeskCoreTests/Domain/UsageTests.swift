import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class UsageTests: XCTestCase {
    struct Roll: Hashable {
        var month: Int; var reader: Int64; var service: Int64; var quantity, events, onsite, late: Int; var first, last: Int64
    }

    func rollUp(_ f: Fixture) throws -> Set<Roll> {
        Set(
            try f.db.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM usage_month").map {
                    Roll(
                        month: $0["month"], reader: $0["reader_id"], service: $0["service_id"], quantity: $0["quantity"],
                        events: $0["events"],
                        onsite: $0["onsite"], late: $0["late"], first: $0["first_at"], last: $0["last_at"])
                }
            })
    }

    /// The roll-up computed independently from the detail rows, with Foundation's Calendar.
    func expectedRollUp(_ f: Fixture, calendar: Calendar) throws -> Set<Roll> {
        let rows = try f.db.writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM usage") }
        var sums: [String: Roll] = [:]
        for row in rows {
            let at: Int64 = row["at"], q: Int = row["quantity"], loc: Int = row["location"]
            let c = calendar.dateComponents([.year, .month, .hour], from: Date(timeIntervalSince1970: TimeInterval(at)))
            let month = c.year! * 100 + c.month!
            let key = "\(month)/\(row["reader_id"] as Int64)/\(row["service_id"] as Int64)"
            var r =
                sums[key]
                ?? Roll(
                    month: month, reader: row["reader_id"], service: row["service_id"], quantity: 0, events: 0,
                    onsite: 0, late: 0, first: .max, last: .min)
            r.quantity += q
            r.events += 1
            if loc == 0 { r.onsite += q }
            if c.hour! >= 22 || c.hour! < 6 { r.late += q }
            r.first = min(r.first, at)
            r.last = max(r.last, at)
            sums[key] = r
        }
        return Set(sums.values)
    }

    func testMonthBoundariesAndLateNightInTheLibraryTimeZone() throws {
        let f = try Fixture()  // Asia/Shanghai
        let r = try f.reader("2026001", "张三丰")
        let cal = f.db.calendar
        func at(_ s: String) throws -> Int64 { try cal.parseInstant(s) }
        // Recorded after the month, so no use lies in the future.
        let desk = Actor(staff: f.frontDesk.staff, now: try at("2026-11-02T09:00:00+08:00"))
        // 23:30 on 30 September local is still September; 00:30 on 1 October local is October,
        // although it is 30 September in UTC.
        try f.db.addUsage(desk, card: "2026001", service: "NOV", at: at("2026-09-30T23:30:00+08:00"), quantity: 2, location: .remote)
        try f.db.addUsage(desk, card: "2026001", service: "NOV", at: at("2026-10-01T00:30:00+08:00"), quantity: 3, location: .onsite)
        try f.db.addUsage(desk, card: "2026001", service: "NOV", at: at("2026-10-01T05:59:59+08:00"), quantity: 1, location: .campus)
        try f.db.addUsage(desk, card: "2026001", service: "NOV", at: at("2026-10-01T06:00:00+08:00"), quantity: 4, location: .onsite)
        try f.db.addUsage(desk, card: "2026001", service: "NOV", at: at("2026-10-31T21:59:59+08:00"), quantity: 5, location: .remote)
        try f.db.addUsage(desk, card: "2026001", service: "NOV", at: at("2026-10-31T22:00:00+08:00"), quantity: 6, location: .remote)
        try f.db.addUsage(desk, card: "2026001", service: "LOAN", at: at("2026-10-15T12:00:00Z"), quantity: 1, location: .onsite)

        let nov = try f.db.allServices().first { $0.code == "NOV" }!.id!
        let loan = try f.db.allServices().first { $0.code == "LOAN" }!.id!
        XCTAssertEqual(
            try rollUp(f),
            [
                Roll(
                    month: 202609, reader: r.id!, service: nov, quantity: 2, events: 1, onsite: 0, late: 2,
                    first: try at("2026-09-30T23:30:00+08:00"), last: try at("2026-09-30T23:30:00+08:00")),
                Roll(
                    month: 202610, reader: r.id!, service: nov, quantity: 19, events: 5, onsite: 7, late: 3 + 1 + 6,
                    first: try at("2026-10-01T00:30:00+08:00"), last: try at("2026-10-31T22:00:00+08:00")),
                Roll(
                    month: 202610, reader: r.id!, service: loan, quantity: 1, events: 1, onsite: 1, late: 0,
                    first: try at("2026-10-15T20:00:00+08:00"), last: try at("2026-10-15T20:00:00+08:00")),
            ])
        XCTAssertEqual(try rollUp(f), try expectedRollUp(f, calendar: cal.calendar))
        XCTAssertEqual(cal.monthKey(try at("2026-10-01T00:30:00+08:00")), 202610)
        XCTAssertTrue(cal.isLateNight(try at("2026-10-01T05:59:59+08:00")))
        XCTAssertFalse(cal.isLateNight(try at("2026-10-01T06:00:00+08:00")))

        let profile = try f.db.profile(f.admin, card: "2026001")
        XCTAssertEqual(profile.months.last, 202610)
        XCTAssertEqual(profile.months.count, 12)
        let novUse = try XCTUnwrap(profile.use.first { $0.service == "NOV" })
        XCTAssertEqual(novUse.total, 21)
        XCTAssertEqual(novUse.monthly.suffix(2), [2, 19])
        XCTAssertEqual(try f.db.usage(card: "2026001").count, 7)
        XCTAssertEqual(try f.db.usage(service: "LOAN").count, 1)
    }

    func testRollUpEqualsTheSumsOfManyRandomEvents() throws {
        for zone in ["Asia/Shanghai", "America/New_York", "UTC"] {
            let cal = LibraryCalendar(timeZone: TimeZone(identifier: zone)!)
            let f = try Fixture(calendar: cal)
            let readers = try (1...5).map { try f.reader("R\($0)", "Reader \($0)").id! }
            let services = try f.db.allServices().map { $0.id! }
            var rng = SeededRandom(seed: 42)
            let start: Int64 = 1_767_225_600 - 86_400 * 40  // late 2025
            let events = (0..<2000).map { _ in
                UsageInput(
                    readerId: readers.randomElement(using: &rng)!, serviceId: services.randomElement(using: &rng)!,
                    at: start + Int64.random(in: 0...(86_400 * 500), using: &rng), quantity: Int.random(in: 1...4, using: &rng),
                    location: Location.allCases.randomElement(using: &rng)!)
            }
            // In several transactions, so months are added to as well as created.
            for chunk in stride(from: 0, to: events.count, by: 300) {
                try f.db.write { db in try f.db.insertUsage(db, Array(events[chunk..<min(chunk + 300, events.count)])) }
            }
            for _ in 0..<20 {
                try f.db.addUsage(
                    Actor(staff: f.admin.staff, now: start + 86_400 * 500), card: "R1", service: "NOV",
                    at: start + Int64.random(in: 0...(86_400 * 500), using: &rng))
            }
            XCTAssertEqual(try rollUp(f), try expectedRollUp(f, calendar: cal.calendar), zone)
            let totals = try f.db.writer.read { db in
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT (SELECT sum(quantity) FROM usage) AS a, (SELECT sum(quantity) FROM usage_month) AS b, (SELECT count(*) FROM usage) AS c, (SELECT sum(events) FROM usage_month) AS d"
                )!
            }
            XCTAssertEqual(totals["a"] as Int, totals["b"] as Int)
            XCTAssertEqual(totals["c"] as Int, totals["d"] as Int)
            XCTAssertEqual(totals["c"] as Int, 2020)
        }
    }

    func testBadUsageIsRefusedAndChangesNothing() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        try XCTAssertRefusedUnchanged(f, .notFound, try f.db.addUsage(f.admin, card: "nope", service: "NOV"))
        try XCTAssertRefusedUnchanged(f, .notFound, try f.db.addUsage(f.admin, card: "2026001", service: "NOPE"))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addUsage(f.admin, card: "2026001", service: "NOV", quantity: 0))
    }
}
