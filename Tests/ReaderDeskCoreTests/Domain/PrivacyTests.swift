import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// Storage limitation and erasure: purge keeps every count, forget leaves nothing personal in the file.
final class PrivacyTests: XCTestCase {
    /// A library on a real file (WAL and all), so we can look at the bytes afterwards.
    func fileLibrary() throws -> (AppDatabase, Actor, String) {
        let path = NSTemporaryDirectory() + "privacy-\(UUID().uuidString).sqlite"
        let db = try AppDatabase.open(path: path, create: true, calendar: Fixture.shanghai)
        let admin = Actor(staff: try db.initialise(adminLogin: "admin", now: Fixture.now), now: Fixture.now)
        try db.addService(admin, code: "NOV", name: "Novelty search", serviceClass: .premium, points: 10)
        try db.addService(admin, code: "LOAN", name: "Loans", serviceClass: .basic, points: 1)
        return (db, admin, path)
    }

    func fileBytes(_ path: String) throws -> Data {
        var all = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { all += wal }
        return all
    }

    func remove(_ path: String) { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }

    func testForgetLeavesNoNamePhoneOrEmailInTheFileAndKeepsTheCounts() throws {
        let (db, admin, path) = try fileLibrary()
        defer { remove(path) }
        var f = ReaderFields()
        f.name = "欧阳锋"; f.phone = "13912345678"; f.email = "ouyangfeng@baituo.example"; f.dept = "Physics"
        f.attitude = "prefers phone calls"; f.birthday = "1960-05-05"
        try db.addReader(admin, card: "F2026777", fields: f)
        var g = ReaderFields(); g.name = "Other Reader"
        try db.addReader(admin, card: "2026002", fields: g)
        for (card, day) in [("F2026777", "2026-09-03"), ("F2026777", "2026-09-20"), ("2026002", "2026-09-10")] {
            try db.addUsage(admin, card: card, service: "NOV", at: try db.calendar.parseInstant(day + "T10:00:00"))
        }
        try db.logContact(admin, ContactInput(card: "F2026777", channel: .phone, summary: "欧阳锋 asked about 13912345678"))
        let t = try db.newTicket(
            Actor(staff: admin.staff, now: Fixture.now - 86_400 * 10), kind: .complaint,
            subject: "欧阳锋 cannot log in", body: "call 13912345678", card: "F2026777")
        try db.commentTicket(admin, id: t.id!, text: "Rang 欧阳锋 back", internal: false)
        try db.addLifeEvent(admin, card: "F2026777", kind: .thesis, date: "2026-12-01", note: "欧阳锋's thesis")
        _ = try db.profile(admin, card: "F2026777")
        try db.refreshActions(now: Fixture.now)  // a complaint past its due time: an action about the reader
        XCTAssertFalse(try db.actionsCached(ActionFilter(card: "F2026777")).isEmpty)
        let september = try db.calendar.period("2026-09")
        let before = try db.pyramid(september)

        try db.forget(admin, card: "F2026777")

        let after = try db.pyramid(september)
        XCTAssertEqual(after.active, before.active)
        XCTAssertEqual(after.tiers, before.tiers)
        XCTAssertEqual(try db.stats().usageEvents, 3)
        XCTAssertTrue(try db.searchReaders(admin, "oyf").isEmpty)
        // Reasons are codes with ids, dates and service names: none quotes what a person typed.
        XCTAssertTrue(
            try db.actionsCached(ActionFilter(statuses: Set(ActionStatus.allCases))).allSatisfy {
                !($0.reason.arguments + $0.step.arguments).joined().contains("欧阳锋")
            })
        XCTAssertTrue(try db.searchReaders(admin, "139123").isEmpty)
        let bytes = try fileBytes(path)
        for secret in ["欧阳锋", "13912345678", "ouyangfeng", "F2026777", "prefers phone calls", "1960-05-05"] {
            XCTAssertNil(bytes.range(of: Data(secret.utf8)), "\(secret) is still in the file")
        }
    }

    func testPurgeDropsOldDetailButEveryPyramidStaysTheSame() throws {
        let (db, admin, path) = try fileLibrary()
        defer { remove(path) }
        for (i, name) in ["A", "B", "C", "D"].enumerated() {
            var f = ReaderFields(); f.name = name; f.type = [.faculty, .undergraduate, .postgraduate, .staff][i]
            try db.addReader(admin, card: "R\(i)", fields: f)
            for m in 1...(i + 1) {
                try db.addUsage(
                    admin, card: "R\(i)", service: i % 2 == 0 ? "NOV" : "LOAN",
                    at: try db.calendar.parseInstant(String(format: "2026-%02d-1%dT09:00:00", m, i)), quantity: i + 1)
            }
        }
        let periods = try ["2026-01", "2026-02", "2026-Q1", "2026"].map { try db.calendar.period($0) }
        let before = try periods.map { try db.pyramid($0).readers.map { "\($0.card):\($0.tier.rawValue):\($0.score)" } }
        XCTAssertRefused(
            .forbidden,
            try db.purge(
                Actor(staff: try db.addStaff(admin, login: "lib", name: "Lib", role: .librarian), now: Fixture.now), before: "2026-03-01"))
        XCTAssertRefused(.invalidInput, try db.purge(admin, before: "2027-01-01"))
        let report = try db.purge(admin, before: "2026-03-15")  // the detail before March goes
        XCTAssertEqual(report.cutoff, "2026-03-01")
        XCTAssertEqual(report.usageDeleted, 4 + 3)
        XCTAssertEqual(try periods.map { try db.pyramid($0).readers.map { "\($0.card):\($0.tier.rawValue):\($0.score)" } }, before)
    }

    func testPurgeScrubsContactsAndClosedTicketsPastRetention() throws {
        let fx = try Fixture()
        try fx.reader("R1", "王五")
        let old = Fixture.now - 86_400 * 800
        try fx.db.logContact(
            Actor(staff: fx.admin.staff, now: old), ContactInput(card: "R1", channel: .email, cell: 2, summary: "王五's old request"))
        try fx.db.logContact(fx.admin, ContactInput(card: "R1", channel: .email, summary: "recent"))
        let t = try fx.db.newTicket(
            Actor(staff: fx.admin.staff, now: old), kind: .question, subject: "王五 asks", body: "long ago", card: "R1")
        try fx.db.resolveTicket(Actor(staff: fx.admin.staff, now: old + 60), id: t.id!)
        let r = try fx.db.purge(fx.admin, before: "2020-01-01")
        XCTAssertEqual([r.contactsScrubbed, r.ticketsScrubbed], [1, 1])
        let summaries = try fx.db.contacts(card: "R1").map(\.summary)
        XCTAssertEqual(Set(summaries), ["recent", "(erased after retention)"])
        let detail = try fx.db.ticketDetail(id: t.id!)
        XCTAssertEqual([detail.ticket.subject, detail.ticket.body], ["(erased)", ""])
        XCTAssertNil(detail.ticket.readerId)
        XCTAssertEqual(detail.ticket.kind, .question, "the anonymous statistics stay")
    }

    func testOnlyAdministratorsForget() throws {
        let fx = try Fixture()
        try fx.reader("R1", "王五")
        XCTAssertRefused(.forbidden, try fx.db.forget(fx.librarian, card: "R1"))
        XCTAssertRefused(.forbidden, try fx.db.forget(fx.frontDesk, card: "R1"))
    }

    /// Another connection holding a read transaction (as a sqlite3 shell would) keeps the old
    /// pages alive: forget waits, says so, then fails having changed nothing. Once it ends, forget
    /// erases for real.
    func testForgetUnderAnOpenReaderChangesNothingThenSucceedsWhenItEnds() throws {
        let (db, admin, path) = try fileLibrary()
        defer { remove(path) }
        var f = ReaderFields(); f.name = "欧阳锋"; f.email = "ouyangfeng@baituo.example"
        try db.addReader(admin, card: "F2026777", fields: f)
        try db.checkpoint()

        let other = try DatabaseQueue(path: path)
        var messages: [String] = []
        try other.inDatabase { odb in
            try odb.execute(sql: "BEGIN")
            _ = try Int.fetchOne(odb, sql: "SELECT count(*) FROM reader")
            XCTAssertRefused(.conflict, try db.forget(admin, card: "F2026777", wait: 0.5) { messages.append($0) })
            try odb.execute(sql: "COMMIT")
        }
        XCTAssertEqual(messages.count, 1)
        XCTAssertEqual(try db.reader(admin, card: "F2026777").name, "欧阳锋", "nothing changed")
        XCTAssertFalse(try db.read { try String.fetchAll($0, sql: "SELECT action FROM audit") }.contains("privacy.forget"))

        try db.forget(admin, card: "F2026777", wait: 0.5)
        let bytes = try fileBytes(path)
        for secret in ["欧阳锋", "ouyangfeng", "F2026777"] { XCTAssertNil(bytes.range(of: Data(secret.utf8)), secret) }
        try other.close()
    }

    func testPurgeErasesTextsPastRetentionWhateverTheStatus() throws {
        let fx = try Fixture()
        try fx.reader("R1", "王五")
        let old = Fixture.now - 86_400 * 800
        let t = try fx.db.newTicket(
            Actor(staff: fx.admin.staff, now: old), kind: .question, subject: "王五 asks", body: "long ago", card: "R1")
        try fx.db.addLifeEvent(fx.admin, card: "R1", kind: .thesis, date: "2024-01-10", note: "王五's thesis topic")
        try fx.db.addLifeEvent(fx.admin, card: "R1", kind: .other, date: "2026-12-01", note: "recent")
        let r = try fx.db.purge(fx.admin, before: "2020-01-01")
        XCTAssertEqual([r.ticketsScrubbed, r.lifeEventNotesErased], [1, 1])
        let detail = try fx.db.ticketDetail(id: t.id!)
        XCTAssertEqual([detail.ticket.subject, detail.ticket.body], ["(erased)", ""], "an open ticket too")
        XCTAssertEqual(try fx.db.lifeEvents(card: "R1").map(\.note), [nil, "recent"])
        XCTAssertEqual(try fx.db.purge(fx.admin, before: "2020-01-01").ticketsScrubbed, 0, "a second purge finds nothing left")
    }
}
