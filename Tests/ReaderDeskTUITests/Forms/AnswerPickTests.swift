import XCTest
import ReaderDeskCore
@testable import ReaderDeskTUI

/// Ctrl-T in a reply: the suggested answer first, search by pinyin initials, Enter inserts, the use counted.
final class AnswerPickTests: XCTestCase {
    func testCtrlTInsertsTheSuggestedOrASearchedAnswerAndCountsIt() throws {
        let library = try AppFixture.library()
        let (db, wang) = library
        let me = Actor(staff: wang, now: AppFixture.now)
        let vpn = try db.addAnswer(me, AnswerInput(title: "校外访问 CNKI", bodyEn: "Connect the VPN first.", bodyZh: "请先连接 VPN。", keywords: ["CNKI"]))
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
}
