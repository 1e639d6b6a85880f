import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The reader form edits consent, lifecycle stage, subject librarian and awareness of the
/// reference service; `L` adds a life-stage event from the profile, as `reader event add` does.
final class ReaderRelationshipFormTests: XCTestCase {
    func focus(_ runner: AppRunner, _ t: MemoryTerminal, on id: FieldID) {
        let index = runner.state.form!.fields.firstIndex { $0.id == id }!
        AppFixture.press(runner, t, Array(repeating: .tab, count: index - runner.state.form!.focus))
    }

    func testALibrarianSetsConsentLifecycleLibrarianAndAwareness() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("E")], database: library)
        let form = try XCTUnwrap(runner.state.form)
        XCTAssertEqual(form[.lifecycle], "active", "nine uses made the acquired reader active")
        XCTAssertEqual(form[.librarian], "", "no subject librarian yet; the staff are loaded for the choice")
        XCTAssertTrue(form.field(.librarian)!.options.contains { $0.value == "wangli" })
        XCTAssertEqual([form[.consentEmail], form[.consentPhone], form[.consentBirthday]], ["yes", "no", "yes"])
        focus(runner, t, on: .consentPhone); AppFixture.press(runner, t, [.char("y")])
        focus(runner, t, on: .lifecycle); AppFixture.press(runner, t, [.char("u")])
        focus(runner, t, on: .librarian); AppFixture.press(runner, t, [.char("w")])
        focus(runner, t, on: .awareOfReference); AppFixture.press(runner, t, [.char("y"), .ctrl("s")])
        XCTAssertNil(runner.state.form?.error)
        XCTAssertEqual(runner.state.message, "张三丰 saved")
        let r = try library.0.reader(Actor(staff: library.1, now: AppFixture.now), card: "2026001")
        XCTAssertEqual([r.consentEmail, r.consentPhone, r.consentBirthday], [true, true, true])
        XCTAssertEqual(r.lifecycle, .upgraded)
        XCTAssertEqual(r.librarianId, library.1.id)
        XCTAssertTrue(r.awareOfReference)
        let detail = try library.0.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit WHERE action = 'reader.update' ORDER BY id DESC")
        }
        XCTAssertEqual(detail, "consent,lifecycle,aware_of_reference,librarian")
        // Opened again, the form shows the librarian chosen.
        let (again, _) = try AppFixture.run(width: 80, height: 24, keys: [.char("E")], database: library)
        XCTAssertEqual(again.state.form?[.librarian], "wangli")
    }

    func testTheFrontDeskRecordsConsentButNotTheLifecycleOrTheLibrarian() throws {
        let (db, _) = try AppFixture.library()
        let admin = try db.allStaff().first { $0.login == "desk-admin" }!
        let desk = try db.addStaff(Actor(staff: admin, now: AppFixture.now), login: "desk1", name: "前台一", role: .frontDesk)
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("E")], database: (db, desk))
        let ids = runner.state.form!.fields.map(\.id)
        XCTAssertFalse(ids.contains(.lifecycle) || ids.contains(.librarian) || ids.contains(.awareOfReference))
        focus(runner, t, on: .consentEmail); AppFixture.press(runner, t, [.char("n"), .ctrl("s")])
        XCTAssertFalse(try db.reader(Actor(staff: admin, now: AppFixture.now), card: "2026001").consentEmail)
    }

    func testLAddsALifeStageEventFromTheProfile() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.enter, .char("L")], database: library)
        XCTAssertEqual(runner.state.form?.title, "Life-stage event of 张三丰")
        XCTAssertTrue(t.screen.text().contains("title-evaluation"))
        AppFixture.press(runner, t, [.char("h"), .tab] + AppFixture.keys("2027-02-30") + [.ctrl("s")])
        XCTAssertNotNil(runner.state.form?.error, "a day that does not exist is refused in the form")
        AppFixture.press(
            runner, t,
            Array(repeating: .backspace, count: 10) + AppFixture.keys("2027-03-01") + [.tab]
                + AppFixture.keys("硕士论文开题") + [.ctrl("s")])
        XCTAssertNil(runner.state.form)
        XCTAssertEqual(runner.state.message, "thesis added for 张三丰 on 2027-03-01")
        let events = try library.0.profile(Actor(staff: library.1, now: AppFixture.now), card: "2026001", audit: false).lifeEvents
        XCTAssertTrue(events.contains { $0.kind == .thesis && $0.date == "2027-03-01" && $0.note == "硕士论文开题" })
        XCTAssertTrue(t.screen.text().contains("2027-03-01"), "the profile shows it at once")
        // In Chinese, the confirmation too.
        let (zh, zt) = try AppFixture.run(width: 80, height: 24, language: .zhHans, keys: [.enter, .char("L")], database: library)
        AppFixture.press(zh, zt, [.tab] + AppFixture.keys("2027-04-01") + [.ctrl("s")])
        XCTAssertEqual(zh.state.message, "已添加评职称：张三丰，2027-04-01")
    }
}
