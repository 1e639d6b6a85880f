import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// Incoming mail: a corpus written here, each message with the ticket it must make or the one-line
/// refusal it must get, and nothing changed by a refusal, a duplicate or an automatic reply.
final class MailIntakeTests: XCTestCase {
    var f: Fixture!, mta: FakeMTA!, intake: Actor!

    override func setUpWithError() throws {
        f = try Fixture(); mta = try FakeMTA(); intake = try f.mailSetUp(mta)
    }
    override func tearDown() { mta.remove() }

    func ticket(_ id: Int64) throws -> TicketDetail { try f.db.ticketDetail(id: id) }

    func testPlainMailFromAKnownReaderOpensAQuestion() throws {
        let out = try f.db.intakeMail(intake, readerMail(subject: "如何在校外访问知网？", body: "我在家里无法登录。\r\n谢谢", id: "m1@mail.example.edu"))
        guard case .ticket(let id, true) = out else { return XCTFail("\(out)") }
        let d = try ticket(id)
        XCTAssertEqual(d.listing.card, "2026001"); XCTAssertEqual(d.ticket.kind, .question); XCTAssertEqual(d.ticket.status, .new)
        XCTAssertEqual(d.ticket.subject, "如何在校外访问知网？")
        XCTAssertTrue(d.ticket.body.hasSuffix("我在家里无法登录。\n谢谢"), d.ticket.body)
    }

    func testUnknownSenderMakesATicketWithoutReaderMarkedUnknown() throws {
        let out = try f.db.intakeMail(
            intake, readerMail(from: "Visitor <visitor@else.org>", subject: "Alumni access", body: "Hello", id: "m2@else.org"))
        guard case .ticket(let id, false) = out else { return XCTFail("\(out)") }
        let d = try ticket(id)
        XCTAssertNil(d.listing.card)
        XCTAssertTrue(d.ticket.body.contains("sender unknown"), d.ticket.body)
        XCTAssertTrue(d.ticket.body.contains("visitor@else.org"))
    }

    func testHTMLOnlyAndMultipartWithAttachmentAndEncodedWordSubject() throws {
        let html = readerMail(
            subject: "=?UTF-8?B?5Y+C6ICD5ZKo6K+i?=", body: "<p>第一段</p><p>second&amp;third</p>", id: "m3@x",
            contentType: "text/html; charset=UTF-8")
        guard case .ticket(let id, _) = try f.db.intakeMail(intake, html) else { return XCTFail() }
        XCTAssertEqual(try ticket(id).ticket.subject, "参考咨询")
        let htmlBody = try ticket(id).ticket.body
        XCTAssertTrue(htmlBody.hasSuffix("第一段\nsecond&third"), htmlBody)

        let pdf = Data(repeating: 0x25, count: 3000).base64EncodedString(options: .lineLength76Characters)
        let body = """
            --outer\r\nContent-Type: multipart/alternative; boundary="inner"\r\n\r\n\
            --inner\r\nContent-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            \(Data("纯文本优先".data(using: TextDecoding.gb18030Encoding)!).base64EncodedString())\r\n\
            --inner\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<b>HTML 版本</b>\r\n--inner--\r\n\
            --outer\r\nContent-Type: application/pdf; name="=?UTF-8?B?6K665paHLnBkZg==?="\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            \(pdf)\r\n--outer--\r\n
            """
        let mail = readerMail(subject: "Thesis", body: body, id: "m4@x", contentType: "multipart/mixed; boundary=outer")
        guard case .ticket(let id2, _) = try f.db.intakeMail(intake, mail) else { return XCTFail() }
        let text = try ticket(id2).ticket.body
        XCTAssertTrue(text.contains("纯文本优先"), text)
        XCTAssertFalse(text.contains("HTML 版本"), "text/plain is preferred")
        XCTAssertTrue(text.contains("论文.pdf (2 KB)"), text)
    }

    func testGB18030AndBig5BodiesAndQuotedPrintable() throws {
        let gb = [UInt8]("图书馆的数据库打不开".data(using: TextDecoding.gb18030Encoding)!)
        var m = readerMail(subject: "GB", body: "", id: "m5@x", contentType: "text/plain; charset=GB18030")
        m += gb
        guard case .ticket(let a, _) = try f.db.intakeMail(intake, m) else { return XCTFail() }
        XCTAssertTrue(try ticket(a).ticket.body.hasSuffix("图书馆的数据库打不开"))

        var b = readerMail(subject: "Big5", body: "", id: "m6@x", contentType: "text/plain; charset=big5")
        b += [UInt8]("圖書館借書".data(using: MailCharset.big5)!)
        guard case .ticket(let c, _) = try f.db.intakeMail(intake, b) else { return XCTFail() }
        XCTAssertTrue(try ticket(c).ticket.body.hasSuffix("圖書館借書"))

        let qp = readerMail(
            subject: "=?iso-8859-1?Q?Caf=E9?=", body: "Caf=C3=A9 au lait, long line=\r\n continued", id: "m7@x",
            encoding: "quoted-printable")
        guard case .ticket(let d, _) = try f.db.intakeMail(intake, qp) else { return XCTFail() }
        XCTAssertEqual(try ticket(d).ticket.subject, "Café")
        XCTAssertTrue(try ticket(d).ticket.body.hasSuffix("Café au lait, long line continued"))
    }

    func testReplyBySubjectTagAndByInReplyToLandsOnTheTicketAndReopensIt() throws {
        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "VPN", card: "2026001")
        try f.db.commentTicket(f.frontDesk, id: t.id!, text: "Use the VPN client.", internal: false)
        let sent = try XCTUnwrap(try mta.messages().first?.messageId)
        let byHeader = readerMail(
            subject: "Re: VPN", body: "It still fails.\r\n\r\nOn Mon, Library wrote:\r\n> Use the VPN client.",
            id: "r1@x", extra: ["In-Reply-To: <\(sent)>"])
        XCTAssertEqual(try f.db.intakeMail(intake, byHeader), .reply(t.id!, reopened: false))
        let d = try ticket(t.id!)
        XCTAssertEqual(d.entries.last?.body, "It still fails.")
        XCTAssertEqual(d.entries.last?.isInternal, false)

        try f.db.setTicketStatus(f.frontDesk, id: t.id!, to: .resolved)
        XCTAssertEqual(
            try f.db.intakeMail(intake, readerMail(subject: "Re: [#\(t.id!)] VPN", body: "Again broken", id: "r2@x")),
            .reply(t.id!, reopened: true))
        XCTAssertEqual(try ticket(t.id!).ticket.status, .open)

        // [#ID] from someone else's address is not a reply to that ticket: a new ticket.
        let other = try f.db.intakeMail(intake, readerMail(from: "x@else.org", subject: "Re: [#\(t.id!)] VPN", body: "hi", id: "r3@x"))
        guard case .ticket(let n, false) = other else { return XCTFail("\(other)") }
        XCTAssertNotEqual(n, t.id)
    }

    func testADigitReplyToTheSurveyIsTheReadersSatisfaction() throws {
        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "Hours", card: "2026001")
        try f.db.resolveTicket(f.frontDesk, id: t.id!)
        let survey = try XCTUnwrap(try mta.messages().last?.messageId)
        XCTAssertEqual(
            try f.db.intakeMail(
                intake,
                readerMail(
                    subject: "Re: rating", body: "5\r\n\r\n> Please reply", id: "s1@x",
                    extra: ["References: <\(survey)>"])), .satisfaction(t.id!, 5))
        let row = try f.db.read { db in
            try Row.fetchOne(db, sql: "SELECT satisfaction, satisfaction_source, status FROM ticket WHERE id = ?", arguments: [t.id])
        }
        XCTAssertEqual(row?[0], 5); XCTAssertEqual(row?[1], "reader"); XCTAssertEqual(row?[2], "resolved")
    }

    func testUnsubscribeWithdrawsEmailConsent() throws {
        XCTAssertEqual(try f.db.intakeMail(intake, readerMail(subject: "unsubscribe", body: "", id: "u1@x")), .unsubscribe(readers: 1))
        XCTAssertEqual(try f.db.reader(f.admin, card: "2026001").consentEmail, false)
    }

    func testDuplicateAutoReplyBulkAndOwnMailChangeNothingButTheRecord() throws {
        let m = readerMail(subject: "Once", body: "only once", id: "d1@x")
        _ = try f.db.intakeMail(intake, m)
        let before = try f.snapshot()
        XCTAssertEqual(try f.db.intakeMail(intake, m), .duplicate)
        XCTAssertEqual(try f.snapshot(), before)
        for (i, extra) in [["Auto-Submitted: auto-replied"], ["Precedence: bulk"], ["Precedence: list"]].enumerated() {
            XCTAssertEqual(
                try f.db.intakeMail(intake, readerMail(subject: "Out of office", body: "away", id: "a\(i)@x", extra: extra)),
                .ignored("automatic or bulk mail"))
        }
        XCTAssertEqual(
            try f.db.intakeMail(intake, readerMail(from: "help@lib.example.edu", subject: "loop", body: "x", id: "own@x")),
            .ignored("mail from our own address"))
        XCTAssertEqual(try f.db.tickets(TicketFilter()).count, 1)
        XCTAssertEqual(
            try f.db.intakeMail(intake, readerMail(subject: "no", body: "x", id: "n1@x", extra: ["Auto-Submitted: no"])).line.hasPrefix(
                "ticket"), true)
    }

    func testOversizedGarbageAndForbiddenAreOneLineRefusalsThatChangeNothing() throws {
        try f.db.setSetting(f.admin, key: "mail.max_bytes", value: "2000")
        let big = readerMail(subject: "big", body: String(repeating: "x", count: 5000), id: "b@x")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.intakeMail(intake, big))
        let garbage: [UInt8] = (0..<600).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.intakeMail(intake, garbage))
        var badCharset = readerMail(subject: "bad", body: "", id: "bad@x", contentType: "text/plain; charset=utf-8")
        badCharset += [0xC3, 0x28, 0xFF]
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.intakeMail(intake, badCharset))
        try XCTAssertRefusedUnchanged(f, .forbidden, try f.db.intakeMail(f.librarian, readerMail(subject: "s", body: "b", id: "f@x")))
        // The intake account can do nothing else, and acts only through intake.
        XCTAssertRefused(.forbidden, try f.db.actor(osLogin: "mailer", now: f.now))
        XCTAssertEqual(try f.db.actor(osLogin: "mailer", now: f.now, forIntake: true).staff.role, .intake)
        XCTAssertRefused(.forbidden, try f.db.newTicket(intake, kind: .question, subject: "by hand"))
        XCTAssertRefused(.forbidden, try f.db.logContact(intake, ContactInput(card: "2026001", channel: .email, summary: "x")))
    }

    func testControlCharactersInABodyAreMadeVisible() throws {
        guard case .ticket(let id, _) = try f.db.intakeMail(intake, readerMail(subject: "esc", body: "red \u{1B}[31m text", id: "c@x"))
        else { return XCTFail() }
        XCTAssertTrue(try ticket(id).ticket.body.hasSuffix("red ^[[31m text"))
    }
}

extension MailIntakeTests {
    func testAnUnknownSendersTicketIsLinkedToAReaderAndRepliesThenGoByMail() throws {
        guard
            case .ticket(let id, false) = try f.db.intakeMail(
                intake, readerMail(from: "zs.home@else.org", subject: "Hi", body: "?", id: "k@x"))
        else { return XCTFail() }
        try f.db.linkTicket(f.frontDesk, id: id, card: "2026001")
        XCTAssertEqual(try ticket(id).listing.card, "2026001")
        XCTAssertEqual(try f.db.replyTicket(f.frontDesk, id: id, text: "Hello", internal: false).mail?.sent, ["2026001"])
        XCTAssertRefused(.invalidInput, try f.db.linkTicket(f.frontDesk, id: id, card: "2026001"))
        XCTAssertEqual(try ticket(id).history.last { $0.field == "reader" }?.newValue, "2026001")
    }
}

extension MailIntakeTests {
    func testForgettingTheReaderErasesTheAddressTheirMailCameFrom() throws {
        guard case .ticket(let id, true) = try f.db.intakeMail(intake, readerMail(subject: "Lost card", body: "Help", id: "p@x")) else {
            return XCTFail()
        }
        try f.db.forget(f.admin, card: "2026001")
        XCTAssertEqual(
            try f.db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_mail WHERE ticket_id = ?", arguments: [id]) }, 0)
        XCTAssertEqual(try ticket(id).ticket.body, "")
        let all = try f.snapshot().joined(separator: "\n")
        XCTAssertFalse(all.contains("zs@example.edu"), "the address is nowhere")
    }
}
