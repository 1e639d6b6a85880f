import Foundation
import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// Mail in the app: Ctrl-T in a reply (the suggested answer first, pinyin initials, Enter inserts, the use
/// counted), a reply mailed from the same core call, L linking a mailed ticket to its reader.
final class MailFormTests: XCTestCase {
    func testCtrlTInsertsTheSuggestedOrASearchedAnswerAndCountsIt() throws {
        let library = try AppFixture.library()
        let (db, wang) = library
        let me = Actor(staff: wang, now: AppFixture.now)
        let vpn = try db.addAnswer(
            me, AnswerInput(title: "校外访问 CNKI", bodyEn: "Connect the VPN first.", bodyZh: "请先连接 VPN。", keywords: ["CNKI"]))
        let hours = try db.addAnswer(me, AnswerInput(title: "开放时间", bodyEn: "8:00–22:00 every day.", keywords: ["hours"]))
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .enter], database: library)
        let id = try XCTUnwrap(runner.state.tickets.detailID)
        XCTAssertEqual(try db.ticketDetail(id: id).ticket.subject, "数据库无法打开 CNKI")
        XCTAssertTrue(t.screen.text().contains("Suggested answers"), t.screen.text())
        XCTAssertEqual(runner.state.tickets.suggestions.map(\.id), [vpn.id])
        AppFixture.press(runner, t, [.char("r"), .ctrl("t")])
        XCTAssertEqual(runner.state.form?.answers?.hits.map(\.id), [vpn.id, hours.id], "the subject's suggestion first")
        XCTAssertTrue(t.screen.text().contains("→ 校外访问 CNKI"), t.screen.text())
        AppFixture.press(runner, t, [.enter])
        XCTAssertNil(runner.state.form?.answers)
        // The reply field is one line: the answer's paragraphs arrive side by side.
        XCTAssertEqual(runner.state.form?[.text], "请先连接 VPN。  Connect the VPN first.")
        AppFixture.press(runner, t, [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Reply added to ticket #\(id)")
        XCTAssertEqual(try db.answer(id: vpn.id).uses, 1)

        AppFixture.press(runner, t, [.char("r"), .ctrl("t")] + AppFixture.keys("kfsj"))
        XCTAssertEqual(runner.state.form?.answers?.hits.map(\.id), [hours.id])
        AppFixture.press(runner, t, [.enter, .ctrl("s")])
        XCTAssertEqual(try db.ticketDetail(id: id).entries.last?.body, "8:00–22:00 every day.")
        XCTAssertEqual(try db.answer(id: hours.id).uses, 1)

        // Esc closes the answers, not the form; Ctrl-T elsewhere says where answers go.
        AppFixture.press(runner, t, [.char("r"), .ctrl("t"), .escape])
        XCTAssertNotNil(runner.state.form); XCTAssertNil(runner.state.form?.answers)
        AppFixture.press(runner, t, [.escape, .char("e"), .ctrl("t")])
        XCTAssertEqual(runner.state.message, "Reusable answers go into replies and notes")
    }

    /// `r` goes through the same core call as `ticket comment`: the reply is mailed, and the status line says so.
    func testAReplyFromTheAppIsMailedAndTheStatusLineSaysSo() throws {
        let library = try AppFixture.library()
        let (db, _) = library
        let admin = Actor(staff: try db.allStaff().first { $0.login == "desk-admin" }!, now: AppFixture.now)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-tui-mta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("sendmail").path
        XCTAssertTrue(
            FileManager.default.createFile(
                atPath: script, contents: Data("#!/bin/sh\ncat > \"$(dirname \"$0\")/sent.eml\"\n".utf8),
                attributes: [.posixPermissions: 0o755]))
        try db.setSetting(admin, key: "mail.from", value: "help@lib.example.edu")
        try db.setSetting(admin, key: "mail.command", value: script + " -t -i")
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .enter], database: library)
        let id = try XCTUnwrap(runner.state.tickets.detailID)
        AppFixture.press(runner, t, [.char("r")] + AppFixture.keys("VPN 已修复") + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Reply added to ticket #\(id) and mailed to the reader")
        let sent = try MailParser.parse([UInt8](try Data(contentsOf: dir.appendingPathComponent("sent.eml"))))
        XCTAssertEqual(sent.subject, "Re: [#\(id)] 数据库无法打开 CNKI")
        XCTAssertTrue(sent.text.hasPrefix("VPN 已修复"), sent.text)
        AppFixture.press(runner, t, [.char("i")] + AppFixture.keys("内部") + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Note added to ticket #\(id)")
    }

    /// A question mailed from an address no reader has: `L` finds its reader (pinyin too) and links it.
    func testLLinksAMailedTicketToItsReader() throws {
        let library = try AppFixture.library()
        let (db, _) = library
        let admin = Actor(staff: try db.allStaff().first { $0.login == "desk-admin" }!, now: AppFixture.now)
        let mail = Array("From: home@else.org\r\nSubject: 借阅证挂失\r\nMessage-ID: <l1@else.org>\r\n\r\n我的卡丢了\r\n".utf8)
        guard case .ticket(let id, false) = try db.intakeMail(admin, mail) else { return XCTFail() }
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3")], database: library)
        let row = try XCTUnwrap(runner.state.tickets.list?.firstIndex { $0.id == id })
        AppFixture.press(runner, t, Array(repeating: .char("j"), count: row) + [.char("L")] + AppFixture.keys("zsf"))
        XCTAssertEqual(runner.state.form?.pickedReader?.card, "2026001")
        AppFixture.press(runner, t, [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Ticket #\(id) is now 张三丰's")
        XCTAssertEqual(try db.ticketDetail(id: id).listing.card, "2026001")
    }
}
