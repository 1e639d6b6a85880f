import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// Usage months are filed in the zone recorded at init, whatever TZ a later terminal has.
final class RollupZoneTests: XCTestCase {
    func testMonthsFollowTheRecordedZoneNotTheProcessZone() throws {
        let path = NSTemporaryDirectory() + "rollup-\(UUID().uuidString).sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let shanghai = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let utc = LibraryCalendar(timeZone: TimeZone(identifier: "UTC")!)
        let first = try AppDatabase.open(path: path, create: true, calendar: shanghai)
        let admin = Actor(staff: try first.initialise(adminLogin: "admin", now: Fixture.now), now: Fixture.now)
        try first.addService(admin, code: "LOAN", name: "Loans", serviceClass: .basic, points: 1)
        var f = ReaderFields(); f.name = "张三"
        try first.addReader(admin, card: "1", fields: f)

        let second = try AppDatabase.open(path: path, calendar: utc)
        XCTAssertFalse(second.rollupMatchesProcessZone)
        // 2026-10-31T20:00Z is 1 November 04:00 in Shanghai: a late-night use in November.
        try second.addUsage(Actor(staff: admin.staff, now: 1_793_476_800), card: "1", service: "LOAN", at: 1_793_476_800)
        let row = try second.read { db in try Row.fetchOne(db, sql: "SELECT month, late FROM usage_month")! }
        XCTAssertEqual(row["month"] as Int, 202611)
        XCTAssertEqual(row["late"] as Int, 1)
    }

    func testRepeatingTheCurrentStatusIsRefused() throws {
        let fx = try Fixture()
        let t = try fx.db.newTicket(fx.admin, kind: .question, subject: "Opening hours?")
        try fx.db.setTicketStatus(fx.admin, id: t.id!, to: .closed)
        XCTAssertRefused(.invalidInput, try fx.db.setTicketStatus(fx.admin, id: t.id!, to: .closed))
    }
}
