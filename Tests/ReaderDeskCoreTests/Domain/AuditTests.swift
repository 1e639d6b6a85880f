import Foundation
import GRDB
import XCTest
@testable import ReaderDeskCore

final class AuditTests: XCTestCase {
    func entries(_ f: Fixture) throws -> [AuditEntry] {
        try f.db.read { db in try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id") }
    }

    func testWritesAndViewsAreAudited() throws {
        let f = try Fixture()
        let r = try f.reader("2026001", "张三丰")
        var u = ReaderFields(); u.email = "secret@example.edu"; u.cardType = .vip
        try f.db.updateReader(f.librarian, card: "2026001", fields: u)
        _ = try f.db.profile(f.frontDesk, card: "2026001")
        let t = try f.db.newTicket(f.frontDesk, kind: .complaint, subject: "x", card: "2026001")
        try f.db.assignTicket(f.admin, id: t.id!, to: "lin")
        try f.db.setSetting(f.admin, key: "library.name", value: "Test Library")
        try f.db.recordAudit(f.admin, "reader.export", readerId: r.id, detail: "csv")

        let log = try entries(f)
        XCTAssertEqual(log.map(\.action), ["database.init", "staff.add", "staff.add", "service.add", "service.add",
                                           "reader.add", "reader.update", "reader.view", "ticket.new", "ticket.assign",
                                           "setting.set", "reader.export"])
        XCTAssertEqual(log.map(\.login), ["admin", "admin", "admin", "admin", "admin", "admin", "lin", "fred", "fred", "admin", "admin", "admin"])
        let update = log.first { $0.action == "reader.update" }!
        XCTAssertEqual(update.readerId, r.id)
        XCTAssertEqual(update.detail, "card_type,email")
        XCTAssertFalse(log.contains { $0.detail.contains("secret") }, "the audit log holds field names, not values")
        XCTAssertTrue(log.allSatisfy { $0.at == Fixture.now })
    }

    func testTheAuditLogIsAppendOnly() throws {
        let f = try Fixture()
        let before = try entries(f)
        XCTAssertFalse(before.isEmpty)
        XCTAssertThrowsError(try f.db.writer.write { db in try db.execute(sql: "UPDATE audit SET login = 'nobody'") }) { error in
            XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
        }
        XCTAssertThrowsError(try f.db.writer.write { db in try db.execute(sql: "DELETE FROM audit") }) { error in
            XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
        }
        XCTAssertThrowsError(try f.db.write { db in try db.execute(sql: "DELETE FROM audit WHERE id = 1") })
        XCTAssertEqual(try entries(f).map(\.id), before.map(\.id))
        XCTAssertEqual(try entries(f).map(\.login), before.map(\.login))
    }

    func testRefusedWritesLeaveNoAuditEntry() throws {
        let f = try Fixture()
        let count = try entries(f).count
        XCTAssertRefused(.forbidden, try f.db.addStaff(f.frontDesk, login: "x", name: "x", role: .admin))
        XCTAssertRefused(.invalidInput, try f.db.addReader(f.admin, card: "1", fields: { var x = ReaderFields(); x.name = "A"; x.email = "bad"; return x }()))
        XCTAssertEqual(try entries(f).count, count)
    }
}
