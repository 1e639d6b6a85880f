import GRDB
import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// Logging a contact: from the profile or the list, Chinese text, single-key picks, the
/// remembered channel, follow-ups as reminders, cancelling, and a refusal for bad input.
final class ContactFormTests: XCTestCase {
    func testLogAContactFromTheProfileWithChineseTextAndSingleKeyPicks() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.enter, .char("c")], database: library)
        XCTAssertEqual(runner.state.form?.focused.id, .summary)
        XCTAssertTrue(t.screen.text().contains("Log a contact with 张三丰"))
        AppFixture.press(runner, t, AppFixture.keys("电话回访，询问论文室"))
        AppFixture.press(
            runner, t,
            [.tab, .char("p"), .tab, .char("2"), .tab, .char("3"), .tab] + AppFixture.keys("10")
                + [.tab] + AppFixture.keys("2026-11-05"))
        XCTAssertTrue(t.screen.text().contains("电话回访，询问论文室"))
        assertSnapshot(t.screen, "contact-form-80x24")
        AppFixture.press(runner, t, [.ctrl("s")])
        XCTAssertNil(runner.state.form)
        XCTAssertEqual(runner.state.message, "Contact with 张三丰 logged; follow-up on 2026-11-05")
        let c = try library.0.contacts(card: "2026001").first!
        XCTAssertEqual(c.summary, "电话回访，询问论文室")
        XCTAssertEqual(c.channel, .phone)
        XCTAssertEqual(c.cell, 2)
        XCTAssertEqual(c.readLevel, 3)
        XCTAssertEqual(c.minutes, 10)
        XCTAssertEqual(c.followUp, "2026-11-05")
        // The profile shows it at once, with its follow-up as the reader's reminder.
        XCTAssertTrue(t.screen.text().contains("Follow-up on 2026-11-05: 电话回访"))
        // The next contact defaults to the channel just used.
        AppFixture.press(runner, t, [.char("c")])
        XCTAssertEqual(runner.state.form?[.channel], "phone")
    }

    func testFromTheListSummaryIsRequiredAndEscAsksOnlyAfterTyping() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("j"), .char("c")])
        XCTAssertTrue(t.screen.text().contains("Log a contact with Li Wei"))
        AppFixture.press(runner, t, [.ctrl("s")])
        XCTAssertEqual(runner.state.form?.error, "Summary is required")
        XCTAssertTrue(t.screen.text().contains("Summary is required"))
        AppFixture.press(runner, t, [.escape])  // nothing typed: closes at once
        XCTAssertNil(runner.state.form)
        XCTAssertEqual(runner.state.message, "Cancelled")
        AppFixture.press(runner, t, [.char("c")] + AppFixture.keys("借") + [.escape])
        XCTAssertEqual(runner.state.form?.confirmingCancel, true)
        XCTAssertTrue(t.screen.text().contains("Discard what you typed?"))
        AppFixture.press(runner, t, [.char("n")])  // any other key: back to the form
        XCTAssertEqual(runner.state.form?[.summary], "借")
        AppFixture.press(runner, t, [.escape, .char("y")])
        XCTAssertNil(runner.state.form)
    }

    func testPasteAndBadInputSayWhyInOneLine() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("c")])
        t.paste("第一行\n第二行"); runner.step(timeout: 0)
        XCTAssertEqual(runner.state.form?[.summary], "第一行 第二行")
        AppFixture.press(runner, t, [.tab, .tab, .tab, .tab] + AppFixture.keys("ten") + [.ctrl("s")])
        XCTAssertEqual(runner.state.form?.error, "minutes must be a whole number, not 'ten'")
        AppFixture.press(runner, t, [.backspace, .backspace, .backspace, .tab] + AppFixture.keys("2026-13-40") + [.ctrl("s")])
        XCTAssertNotNil(runner.state.form?.error)
        XCTAssertEqual(t.screen.lines().filter { $0.contains("2026-13-40") }.count, 2)  // the field and the refusal
    }

    func testDueFollowUpsShowInTheStatusLineAndToday() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(
            width: 80, height: 24,
            keys: [.char("c")] + AppFixture.keys("回电话")
                + [.tab, .tab, .tab, .tab, .tab] + AppFixture.keys("2026-11-02") + [.ctrl("s")],
            database: library)
        XCTAssertNil(runner.state.form)
        AppFixture.press(runner, t, [.char("j")])
        XCTAssertTrue(t.screen.lines()[23].contains("follow-ups 1"))
        AppFixture.press(runner, t, [.char("2")])
        XCTAssertEqual(runner.state.matrix.today?.items.filter { $0.kind == .followUp }.count, 1)
        XCTAssertTrue(t.screen.lines().contains { $0.contains("↺ 张三丰") }, t.screen.text())
        // A later contact with the reader settles it.
        try library.0.logContact(
            Actor(staff: library.1, now: AppFixture.now + 60),
            ContactInput(card: "2026001", channel: .email, summary: "Called back"))
        XCTAssertEqual(try library.0.dueFollowUpCount(Actor(staff: library.1, now: AppFixture.now + 120)), 0)
    }

    func testAProfileIsAuditedOncePerOpeningNotPerReload() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.enter], database: library)
        func views() throws -> Int {
            try library.0.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE action = 'reader.view'") ?? 0 }
        }
        XCTAssertEqual(try views(), 1)
        AppFixture.press(runner, t, [.ctrl("l"), .ctrl("l")])  // reloads, as a live refresh does
        XCTAssertNotNil(runner.state.readers.profile?.data)
        XCTAssertEqual(try views(), 1)
        AppFixture.press(runner, t, [.escape, .enter])
        XCTAssertEqual(try views(), 2)
    }
}
