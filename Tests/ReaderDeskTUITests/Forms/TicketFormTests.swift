import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// Tickets from the keyboard: new (subject only, or with kind, priority and a reader found by
/// pinyin), claim, assign, reply, note, status, resolve, and two people on one ticket.
final class TicketFormTests: XCTestCase {
    func testASubjectAloneMakesANormalQuestion() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .char("n")], database: library)
        XCTAssertEqual(runner.state.form?.focused.id, .subject)
        AppFixture.press(runner, t, AppFixture.keys("自助打印机卡纸") + [.ctrl("s")])
        XCTAssertNil(runner.state.form)
        XCTAssertEqual(runner.state.message, "Ticket #5 created")
        let made = try library.0.ticketDetail(id: 5).ticket
        XCTAssertEqual(made.kind, .question)
        XCTAssertEqual(made.priority, .normal)
        XCTAssertNil(made.readerId)
        XCTAssertTrue(t.screen.text().contains("自助打印机卡纸"))
    }

    func testKindPriorityAndAReaderFoundByPinyinInitials() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("n")], database: library)
        AppFixture.press(runner, t, AppFixture.keys("VPN 断线") + [.tab, .char("c"), .tab, .char("h"), .tab] + AppFixture.keys("zsf"))
        XCTAssertEqual(runner.state.form?.pickedReader?.card, "2026001")
        XCTAssertTrue(t.screen.text().contains("→ 张三丰  2026001"))
        assertSnapshot(t.screen, "new-ticket-80x24")
        AppFixture.press(runner, t, [.ctrl("s")])
        let made = try library.0.ticketDetail(id: 5)
        XCTAssertEqual(made.ticket.kind, .complaint)
        XCTAssertEqual(made.ticket.priority, .high)
        XCTAssertEqual(made.listing.card, "2026001")
        // A reader that matches nothing is refused, not dropped.
        AppFixture.press(runner, t, [.char("n")] + AppFixture.keys("x") + [.tab, .tab, .tab] + AppFixture.keys("qqqq") + [.ctrl("s")])
        XCTAssertEqual(runner.state.form?.error, "No reader matches 'qqqq'")
    }

    func testClaimAssignReplyNoteStatusAndResolve() throws {
        let library = try AppFixture.library()
        let db = library.0
        // The queue by due time: #1 overdue (wangli's), #2 the printer, #3 …
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .char("j")], database: library)
        let id = runner.state.tickets.list![1].id
        AppFixture.press(runner, t, [.char("a")])
        XCTAssertEqual(runner.state.message, "Ticket #\(id) is yours")
        XCTAssertEqual(try db.ticketDetail(id: id).listing.assignee, "wangli")
        XCTAssertEqual(runner.state.tickets.list?[runner.state.tickets.cursor.selected].id, id)  // still selected
        AppFixture.press(runner, t, [.char("A"), .char("d"), .ctrl("s")])
        XCTAssertEqual(runner.state.message, "Ticket #\(id) assigned to desk-admin")
        AppFixture.press(runner, t, [.enter, .char("r")] + AppFixture.keys("已联系厂商，明天修好") + [.enter])
        XCTAssertEqual(runner.state.message, "Reply added to ticket #\(id)")
        AppFixture.press(runner, t, [.char("i")] + AppFixture.keys("备件已订") + [.ctrl("s")])
        let entries = try db.ticketDetail(id: id).entries
        XCTAssertEqual(entries.map(\.body), ["已联系厂商，明天修好", "备件已订"])
        XCTAssertEqual(entries.map(\.isInternal), [false, true])
        XCTAssertTrue(t.screen.text().contains("已联系厂商，明天修好"))
        AppFixture.press(runner, t, [.char("e"), .char("w"), .ctrl("s")])
        XCTAssertEqual(try db.ticketDetail(id: id).ticket.status, .waiting)
        AppFixture.press(runner, t, [.char("R"), .char("4"), .ctrl("s")])
        XCTAssertEqual(runner.state.message, "Ticket #\(id) resolved")
        let done = try db.ticketDetail(id: id).ticket
        XCTAssertEqual(done.status, .resolved)
        XCTAssertEqual(done.satisfaction, 4)
    }

    func testTheSecondOfTwoEditsIsRefusedAndTheFreshTicketShown() throws {
        let library = try AppFixture.library()
        let (db, me) = library
        let admin = try db.allStaff().first { $0.login == "desk-admin" }!
        let (runner, t) = try AppFixture.run(
            width: 80, height: 24, keys: [.char("3"), .char("j"), .enter, .char("r")],
            database: library)
        let id = runner.state.tickets.detailID!
        AppFixture.press(runner, t, AppFixture.keys("我们马上处理"))
        // Someone else changes the ticket while the reply is being typed.
        try db.setTicketStatus(Actor(staff: admin, now: AppFixture.now), id: id, to: .waiting)
        AppFixture.press(runner, t, [.ctrl("s")])
        XCTAssertEqual(
            runner.state.form?.error,
            "Ticket #\(id) was changed by someone else (now waiting): it is shown fresh; Ctrl-S saves yours on top, Esc drops it")
        XCTAssertEqual(runner.state.form?[.text], "我们马上处理")  // nothing typed is lost
        XCTAssertTrue(try db.ticketDetail(id: id).entries.isEmpty)  // and nothing was written
        XCTAssertEqual(runner.state.tickets.detail?.ticket.status, .waiting)
        AppFixture.press(runner, t, [.ctrl("s")])  // a decision made on fresh data
        XCTAssertNil(runner.state.form)
        XCTAssertEqual(try db.ticketDetail(id: id).entries.map(\.body), ["我们马上处理"])
        // Claiming from a stale queue row is refused too.
        AppFixture.press(runner, t, [.escape])
        try db.assignTicket(Actor(staff: admin, now: AppFixture.now), id: id, to: "desk-admin")
        AppFixture.press(runner, t, [.char("a")])
        XCTAssertEqual(
            runner.state.message, "Ticket #\(id) was changed by someone else (now waiting, → desk-admin): look again before claiming")
        XCTAssertEqual(try db.ticketDetail(id: id).listing.assignee, "desk-admin")
        _ = me
    }
}
