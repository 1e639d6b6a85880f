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
        XCTAssertEqual(
            log.map(\.action),
            [
                "database.init", "staff.add", "staff.add", "service.add", "service.add",
                "reader.add", "reader.update", "reader.view", "ticket.new", "ticket.assign",
                "setting.set", "reader.export",
            ])
        XCTAssertEqual(
            log.map(\.login), ["admin", "admin", "admin", "admin", "admin", "admin", "lin", "fred", "fred", "admin", "admin", "admin"])
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
        XCTAssertRefused(
            .invalidInput,
            try f.db.addReader(
                f.admin, card: "1",
                fields: {
                    var x = ReaderFields(); x.name = "A"; x.email = "bad"; return x
                }()))
        XCTAssertEqual(try entries(f).count, count)
    }

    func testTheChainVerifiesAndNamesTheFirstBrokenRow() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        let intact = try f.db.verifyAudit(f.admin)
        XCTAssertNil(intact.firstBroken)
        XCTAssertEqual(intact.head?.count, 64)
        XCTAssertEqual(try f.db.auditHead()?.id, intact.headId! + 1, "the check itself is audited after it")
        XCTAssertNil(try f.db.verifyAudit(f.admin).firstBroken)
        XCTAssertRefused(.forbidden, try f.db.verifyAudit(f.frontDesk))

        // Someone with the file edits a row as the sqlite3 shell would: triggers dropped first.
        try f.db.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update; UPDATE audit SET login = 'lin' WHERE id = 3")
        }
        XCTAssertEqual(try f.db.verifyAudit(f.admin).firstBroken, 3)

        let g = try Fixture()
        try g.db.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 2")
        }
        XCTAssertEqual(try g.db.verifyAudit(g.admin).firstBroken, 3, "a deleted row breaks the next one")

        XCTAssertThrowsError(
            try g.db.writer.write { db in
                try db.execute(sql: "INSERT INTO audit(at, login, action) VALUES (1, 'x', 'y')")
            }, "a row without its hash is refused")
    }

    func testTheMigrationChainsTheRowsWrittenBefore() throws {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        Schema.register(in: &migrator)
        try migrator.migrate(queue, upTo: "v5-change-stamps")
        try queue.write { db in
            for i in 1...5 {
                try db.execute(
                    sql: "INSERT INTO audit(at, login, action, reader_id, detail) VALUES (?, 'admin', 'reader.view', ?, '')",
                    arguments: [i * 100, i])
            }
        }
        try migrator.migrate(queue)
        let v = try queue.read { try AuditChain.verify($0) }
        XCTAssertEqual(v.rows, 5)
        XCTAssertNil(v.firstBroken)
        XCTAssertEqual(v.headId, 5)
    }

    func testTheHashCoversEveryField() {
        let base = AuditChain.hash(id: 1, at: 2, login: "a", action: "b", readerId: 3, detail: "c", previous: "")
        XCTAssertNotEqual(base, AuditChain.hash(id: 1, at: 2, login: "a", action: "b", readerId: nil, detail: "c", previous: ""))
        XCTAssertNotEqual(base, AuditChain.hash(id: 1, at: 2, login: "a", action: "b", readerId: 3, detail: "c", previous: "x"))
        XCTAssertNotEqual(
            AuditChain.hash(id: 1, at: 2, login: "ab", action: "", readerId: nil, detail: "", previous: ""),
            AuditChain.hash(id: 1, at: 2, login: "a", action: "b", readerId: nil, detail: "", previous: ""))
    }

    func testContactsLifeEventsHandUsageAndBulkReadsAreAudited() throws {
        let f = try Fixture()
        for i in 0..<201 { try f.reader(String(format: "2026%04d", i), "Reader \(i)") }
        try f.db.logContact(f.frontDesk, ContactInput(card: "20260000", channel: .phone, summary: "生日问候 138-0013-8000"))
        try f.db.addLifeEvent(f.librarian, card: "20260000", kind: .thesis, date: "2026-12-01", note: "secret topic")
        try f.db.addUsage(f.frontDesk, card: "20260000", service: "NOV")
        XCTAssertEqual(try f.db.readers(f.frontDesk, limit: 200).count, 200)
        XCTAssertEqual(try f.db.readers(f.frontDesk, limit: 1000).count, 201)
        _ = try f.db.contacts(f.frontDesk)
        let log = try entries(f).suffix(4)
        XCTAssertEqual(log.map(\.action), ["contact.log", "life_event.add", "usage.add", "reader.list"])
        XCTAssertEqual(log.map(\.login), ["fred", "lin", "fred", "fred"])
        XCTAssertEqual(log.last?.detail, "201 rows")
        XCTAssertFalse(log.contains { $0.detail.contains("138") || $0.detail.contains("secret") || $0.detail.contains("生日") })
        XCTAssertNil(try f.db.verifyAudit(f.admin).firstBroken)
    }
}
