import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The queue's filters by status and kind, the paused and absent SLA clock, and replies that wrap.
final class TicketQueueTests: XCTestCase {
    func testTheStatusFilterGoesOpenWaitingResolvedClosedAll() throws {
        let (db, staff) = try AppFixture.library()
        try db.setTicketStatus(Actor(staff: staff, now: AppFixture.now - 600), id: 2, to: .waiting)
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3")], database: (db, staff))
        func rows() -> [String] { t.screen.lines().filter { $0.range(of: #"│[!~ ] +\d "#, options: .regularExpression) != nil } }
        XCTAssertEqual(rows().count, 3)
        XCTAssertTrue(t.screen.text().contains("status open · kind any"))
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertTrue(t.screen.text().contains("status waiting"))
        XCTAssertEqual(rows().count, 1)
        XCTAssertTrue(rows()[0].contains("paused 2d"), rows()[0])
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertTrue(t.screen.text().contains("status resolved"))
        XCTAssertEqual(rows().count, 1)
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertEqual(rows().count, 0, "nothing closed")
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertTrue(t.screen.text().contains("status all"))
        XCTAssertEqual(rows().count, 4)
        // Kind narrows any status choice: praise is the resolved one.
        AppFixture.press(runner, t, [.char("K"), .char("K"), .char("K"), .char("K"), .char("K"), .char("K")])
        XCTAssertTrue(t.screen.text().contains("kind praise"), t.screen.lines().joined(separator: "\n"))
        XCTAssertEqual(rows().count, 1)
        XCTAssertTrue(rows()[0].contains("Thanks for the"), rows()[0])
    }

    func testAWaitingTicketShowsItsClockStoppedAndNoOverdue() throws {
        let (db, staff) = try AppFixture.library()
        // #1 is a day late; waiting on the reader it stays a day late, but #2 (2 days left) stops.
        try db.setTicketStatus(Actor(staff: staff, now: AppFixture.now - 600), id: 2, to: .waiting)
        let (_, zh) = try AppFixture.run(width: 80, height: 24, language: .zhHans, keys: [.char("3"), .char("f")], database: (db, staff))
        XCTAssertTrue(zh.screen.text().contains("暂停 2 天"), zh.screen.lines().joined(separator: "\n"))
        let (_, d) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .char("f"), .enter], database: (db, staff))
        XCTAssertTrue(d.screen.text().contains("waiting on the reader: the SLA clock is stopped"), d.screen.text())
    }

    func testLongRepliesAndNotesWrapInTheTicketView() throws {
        let (db, staff) = try AppFixture.library()
        let long =
            "The vendor says the proxy certificate expired on Friday and a new one is being issued; "
            + "until then readers off campus should use the VPN client, which still works. 供应商说证书已过期，正在重新签发。"
        try db.commentTicket(Actor(staff: staff, now: AppFixture.now - 60), id: 1, text: long, internal: true)
        let (_, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .enter, .char("G")], database: (db, staff))
        let text = t.screen.lines().joined(separator: "\n")
        for piece in ["proxy certificate", "issued; until then", "VPN client", "供应商说证书已过期"] {
            XCTAssertTrue(
                text.contains(piece) || text.replacingOccurrences(of: "\n", with: " ").contains(piece), "\(piece) is cut:\n\(text)")
        }
        XCTAssertFalse(text.contains("…"), "nothing is cut with an ellipsis:\n\(text)")
    }

    func testWrapBreaksAtSpacesAndBetweenCJKCharacters() {
        XCTAssertEqual(DisplayWidth.wrap("one two three four", to: 9), ["one two", "three", "four"])
        XCTAssertEqual(DisplayWidth.wrap("读者服务工作", to: 5), ["读者", "服务", "工作"])
        XCTAssertEqual(DisplayWidth.wrap("abcdefghij", to: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(DisplayWidth.wrap("short", to: 10), ["short"])
    }
}
