import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// A matrix action from the keyboard: c logs the contact with the action's cell and completes
/// it, s snoozes it to a date, x dismisses it with a reason (required).
final class MatrixActionTests: XCTestCase {
    func open(row: Int, column: Int, _ library: (AppDatabase, Staff)) throws -> (AppRunner, MemoryTerminal) {
        let moves = Array(repeating: Key.char("j"), count: row) + Array(repeating: Key.char("l"), count: column)
        return try AppFixture.run(width: 80, height: 24, keys: [.char("2"), .escape] + moves + [.enter], database: library)
    }

    func testCLogsTheContactWithTheCellAndCompletesTheAction() throws {
        let library = try AppFixture.library()
        let (runner, t) = try open(row: 1, column: 0, library)  // ② reader care
        let item = try XCTUnwrap(runner.state.matrix.list.row(0))
        AppFixture.press(runner, t, [.char("c")])
        XCTAssertEqual(runner.state.form?[.cell], "2")
        XCTAssertTrue(t.screen.text().contains("(completes the action)"))
        AppFixture.press(runner, t, AppFixture.keys("投诉已回访，读者满意") + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Contact with \(item.name) logged; action done")
        let done = try library.0.actions(Actor(staff: library.1, now: AppFixture.now), ActionFilter(statuses: [.done])).value
        XCTAssertTrue(done.contains { $0.id == item.actionID })
        XCTAssertEqual(try library.0.contacts(card: item.card).first?.cell, 2)
    }

    func testSSnoozesToADateAndXDismissesWithAReason() throws {
        let library = try AppFixture.library()
        let (runner, t) = try open(row: 1, column: 1, library)  // ④ reader reminders
        let snoozed = try XCTUnwrap(runner.state.matrix.list.row(0))
        AppFixture.press(runner, t, [.char("s")])
        XCTAssertEqual(runner.state.form?[.until], "2026-11-09")  // a week on, by default
        AppFixture.press(runner, t, [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Action snoozed until 2026-11-09")
        AppFixture.press(runner, t, [.escape, .char("l"), .enter])  // ⑥ reader trends
        let dropped = try XCTUnwrap(runner.state.matrix.list.row(0))
        AppFixture.press(runner, t, [.char("x"), .ctrl("s")])
        XCTAssertEqual(runner.state.form?.error, "Reason is required")
        AppFixture.press(runner, t, AppFixture.keys("已毕业离校") + [.enter])
        XCTAssertEqual(runner.state.message, "Action dismissed")
        let actor = Actor(staff: library.1, now: AppFixture.now)
        let closed = try library.0.actions(actor, ActionFilter(statuses: [.snoozed, .dismissed])).value
        XCTAssertEqual(Set(closed.map(\.id)), Set([snoozed.actionID!, dropped.actionID!]))
        XCTAssertEqual(closed.first { $0.id == dropped.actionID }?.dismissReason, "已毕业离校")
    }
}
