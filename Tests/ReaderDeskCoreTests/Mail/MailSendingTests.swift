import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// Mail that leaves: through a fake MTA, each message parsed back and checked.
final class MailSendingTests: XCTestCase {
    func testPublicReplyIsMailedThreadedAndCountedAsAContactAndNoteIsNot() throws {
        let f = try Fixture(), mta = try FakeMTA()
        defer { mta.remove() }
        _ = try f.mailSetUp(mta)
        let t = try f.db.newTicket(f.frontDesk, kind: .complaint, subject: "数据库无法访问", card: "2026001")
        try f.db.commentTicket(f.frontDesk, id: t.id!, text: "内部：已联系供应商", internal: true)
        XCTAssertEqual(try mta.messages().count, 0, "an internal note never leaves")
        let reply = try f.db.replyTicket(f.frontDesk, id: t.id!, text: "您好，数据库已恢复，请再试。", internal: false)
        XCTAssertEqual(reply.mail?.sent, ["2026001"])
        let m = try XCTUnwrap(try mta.messages().first)
        XCTAssertEqual(m.header("To"), "张三丰 <zs@example.edu>")
        XCTAssertEqual(m.header("From"), "理工大学图书馆 <help@lib.example.edu>")
        XCTAssertEqual(m.header("Reply-To"), "desk@lib.example.edu")
        XCTAssertEqual(m.subject, "Re: [#\(t.id!)] 数据库无法访问")
        XCTAssertNil(m.header("Auto-Submitted"), "a person wrote this reply")
        XCTAssertTrue(m.text.hasPrefix("您好，数据库已恢复，请再试。"))
        let id = try XCTUnwrap(m.messageId)
        let row = try f.db.read { db in try Row.fetchOne(db, sql: "SELECT status, ticket_id, message_id FROM mail_sent") }
        XCTAssertEqual(row?["status"], "sent"); XCTAssertEqual(row?["ticket_id"], t.id); XCTAssertEqual(row?["message_id"], id)
        let contacts = try f.db.contacts(card: "2026001")
        XCTAssertEqual(contacts.map(\.channel), [.email]); XCTAssertEqual(contacts.first?.cell, 2)

        // The second reply names the first message in its threading headers.
        try f.db.commentTicket(f.frontDesk, id: t.id!, text: "Follow-up", internal: false)
        let second = try mta.messages()[1]
        XCTAssertEqual(second.inReplyTo.contains(id), true)
    }

    func testNoMailWithoutAddressConsentOrSettings() throws {
        let f = try Fixture(), mta = try FakeMTA()
        defer { mta.remove() }
        let t0 = try f.db.newTicket(f.frontDesk, kind: .question, subject: "q")
        XCTAssertNil(try f.db.replyTicket(f.frontDesk, id: t0.id!, text: "mail is off", internal: false).mail)
        _ = try f.mailSetUp(mta)
        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "q", card: "2026002")
        let r = try f.db.replyTicket(f.frontDesk, id: t.id!, text: "no consent", internal: false)
        XCTAssertEqual(r.mail?.failed, [MailFailure(card: "2026002", reason: "no consent to email")])
        XCTAssertEqual(try mta.messages().count, 0)
    }

    func testOutreachSendsOncePerConsentingReaderSurvivesARefusalAndRetriesWithoutDuplicates() throws {
        let f = try Fixture(), mta = try FakeMTA()
        defer { mta.remove() }
        _ = try f.mailSetUp(mta)
        let result = try f.db.sendOutreach(
            f.librarian, OutreachInput(title: "New: Web of Science", service: "NOV", segment: .dept("物理学院"), channel: .email))
        XCTAssertEqual(result.withoutConsent, 1)
        let text = OutreachMailText(
            subjectEn: "New database", bodyEn: "Dear {name}, try {service} at {library}.",
            subjectZh: "新数据库", bodyZh: "{name}，您好：{service}已开通。")
        let d = try f.db.mailOutreach(
            f.librarian, outreachId: result.id, title: "New: Web of Science", service: "NOV",
            recipients: result.recipients, text: text)
        XCTAssertEqual(d.sent, ["2026001"])
        XCTAssertEqual(Set(d.failed.map(\.card)), ["2026003", "2026004"])
        XCTAssertTrue(d.failed.first { $0.card == "2026004" }!.reason.contains("550 5.1.1 mailbox unavailable"), d.summary)
        let m = try XCTUnwrap(try mta.messages().first)
        XCTAssertEqual(m.subject, "新数据库 / New database")
        XCTAssertTrue(m.text.contains("张三丰，您好：Novelty search已开通。"), m.text)
        XCTAssertTrue(m.text.contains("at 理工大学图书馆."), m.text)
        XCTAssertEqual(m.header("Auto-Submitted"), "auto-generated")
        XCTAssertEqual(m.header("List-Unsubscribe"), "<mailto:desk@lib.example.edu?subject=unsubscribe>")

        // Only a message that left is a contact.
        XCTAssertEqual(try f.db.contacts(card: "2026001").count, 1)
        XCTAssertEqual(try f.db.contacts(card: "2026004").count, 0)
        XCTAssertEqual(try f.db.contacts(card: "2026003").count, 0, "no address: no message, no contact")

        // A retry sends nothing twice: the one already mailed is skipped, the refusal is tried again.
        let again = try f.db.retryOutreachMail(f.librarian, outreachId: result.id)
        XCTAssertEqual(again.sent, []); XCTAssertEqual(again.alreadySent, ["2026001"])
        XCTAssertEqual(again.failed.map(\.card), ["2026004"])
        XCTAssertEqual(try mta.messages().count, 1)
        // The refusing reader's address is mended: the retry reaches them, and that is their contact.
        try f.db.updateReader(
            f.admin, card: "2026004",
            fields: {
                var x = ReaderFields(); x.email = "fixed@example.edu"; return x
            }())
        let third = try f.db.retryOutreachMail(f.librarian, outreachId: result.id)
        XCTAssertEqual(third.sent, ["2026004"]); XCTAssertEqual(third.alreadySent, ["2026001"])
        XCTAssertEqual(try f.db.contacts(card: "2026004").map(\.channel), [.email])
        XCTAssertEqual(try mta.messages().count, 2)
    }

    func testDryRunWritesEmlFilesAndChangesNothing() throws {
        let f = try Fixture(), mta = try FakeMTA()
        defer { mta.remove() }
        _ = try f.mailSetUp(mta)
        let before = try f.snapshot()
        let input = OutreachInput(title: "Thesis week", segment: .dept("物理学院"), channel: .email, dryRun: true)
        let result = try f.db.sendOutreach(f.librarian, input)
        let folder = mta.dir.appendingPathComponent("dry").path
        let d = try f.db.mailOutreach(
            f.librarian, outreachId: result.id, title: input.title, service: nil, recipients: result.recipients,
            text: .standard(title: input.title), transport: .folder(folder))
        XCTAssertEqual(d.sent, ["2026001", "2026004"]); XCTAssertEqual(d.folder, folder)
        XCTAssertEqual(try f.snapshot(), before)
        XCTAssertEqual(try mta.messages().count, 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(files, ["outreach-\(result.id)-2026001.eml", "outreach-\(result.id)-2026004.eml"])
        let parsed = try MailParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + files[0]))))
        XCTAssertTrue(parsed.text.hasPrefix("张三丰，您好："), parsed.text)
    }

    func testResolvingAsksTheReaderForAScoreAndAStaffScoreIsMarkedStaff() throws {
        let f = try Fixture(), mta = try FakeMTA()
        defer { mta.remove() }
        _ = try f.mailSetUp(mta)
        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "Opening hours", card: "2026001")
        try f.db.resolveTicket(f.frontDesk, id: t.id!)
        let survey = try XCTUnwrap(try mta.messages().first)
        XCTAssertTrue(survey.subject.hasPrefix("[#\(t.id!)]"))
        XCTAssertTrue(survey.text.contains("1 to 5"))
        let t2 = try f.db.newTicket(f.frontDesk, kind: .question, subject: "Lockers", card: "2026001")
        try f.db.resolveTicket(f.frontDesk, id: t2.id!, satisfaction: 4)
        XCTAssertEqual(try mta.messages().count, 1, "a score from staff: no survey")
        XCTAssertEqual(
            try f.db.read { db in try String.fetchOne(db, sql: "SELECT satisfaction_source FROM ticket WHERE id = ?", arguments: [t2.id]) },
            "staff")
    }

    func testAnMTAThatEndsWithoutReadingIsAFailureNotACrash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-mta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("broken").path
        XCTAssertTrue(
            FileManager.default.createFile(
                atPath: path, contents: Data("#!/bin/sh\necho 'queue full' >&2\nexit 75\n".utf8), attributes: [.posixPermissions: 0o755]))
        let big = [UInt8](repeating: 0x41, count: 1 << 20)
        XCTAssertThrowsError(try MailTransport.command(path).deliver(big, name: "x")) { error in
            XCTAssertEqual((error as? ReaderDeskError)?.message, "the MTA refused the message (exit 75): queue full")
        }
        XCTAssertThrowsError(try MailTransport.command(dir.appendingPathComponent("missing").path).deliver(big, name: "x"))
    }
}
