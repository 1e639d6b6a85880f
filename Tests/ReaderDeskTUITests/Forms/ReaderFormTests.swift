import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The master file from the keyboard: the fields follow the role, only changed fields are
/// written, a new reader needs a card and a name, and the core's refusals reach the screen.
final class ReaderFormTests: XCTestCase {
    func testALibrarianEditsTheRecordAndTheAnalysis() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("E")], database: library)
        let ids = runner.state.form!.fields.map(\.id)
        XCTAssertTrue(ids.contains(.attitude) && ids.contains(.name) && ids.contains(.phone))
        let phone = ids.firstIndex(of: .phone)!, attitude = ids.firstIndex(of: .attitude)!
        AppFixture.press(
            runner, t,
            Array(repeating: .tab, count: phone) + [.end] + Array(repeating: .backspace, count: 4)
                + AppFixture.keys("9999") + Array(repeating: .tab, count: attitude - phone) + [.home]
                + AppFixture.keys("重视查新；") + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "张三丰 saved")
        let r = try library.0.reader(Actor(staff: library.1, now: AppFixture.now), card: "2026001")
        XCTAssertEqual(r.phone, "13800009999")
        XCTAssertEqual(r.attitude, "重视查新；Values novelty search; impatient with slow VPN")
        XCTAssertEqual(r.needs, "Large-print reports")  // untouched fields stay as they were
        let detail = try library.0.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit WHERE action = 'reader.update' ORDER BY id DESC")
        }
        XCTAssertEqual(detail, "phone,attitude")
    }

    func testTheFrontDeskGetsContactDetailsOnlyAndTheCoreRefusesTheRest() throws {
        let (db, _) = try AppFixture.library()
        let admin = try db.allStaff().first { $0.login == "desk-admin" }!
        let desk = try db.addStaff(Actor(staff: admin, now: AppFixture.now), login: "desk1", name: "前台一", role: .frontDesk)
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("E")], database: (db, desk))
        XCTAssertEqual(
            runner.state.form?.fields.map(\.id), [.email, .phone, .address, .postcode, .consentEmail, .consentPhone, .consentBirthday])
        XCTAssertTrue(t.screen.text().contains("Front desk edits contact details"))
        AppFixture.press(runner, t, [.end] + Array(repeating: .backspace, count: 16) + AppFixture.keys("zsf@example.edu") + [.ctrl("s")])
        XCTAssertEqual(try db.reader(Actor(staff: admin, now: AppFixture.now), card: "2026001").email, "zsf@example.edu")
        // Were the analysis offered anyway, the core says no, in one line.
        var form = Forms.editReader(try db.reader(Actor(staff: admin, now: AppFixture.now), card: "2026001"), role: .librarian, .en)
        form.fields[form.fields.firstIndex { $0.id == .needs }!].editor.insert(" and audio")
        var state = runner.state
        state.form = form
        AppEffects(runner.data).run([.save], &state)
        XCTAssertEqual(state.form?.error, "desk1 is front-desk: only librarians and administrators may edit librarians' analysis notes")
    }

    func testANewReaderNeedsACardAndANameAndAValidEmail() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("N")], database: library)
        AppFixture.press(runner, t, AppFixture.keys("2026100") + [.ctrl("s")])
        XCTAssertEqual(runner.state.form?.error, "Name is required")
        AppFixture.press(
            runner, t,
            [.tab] + AppFixture.keys("赵六") + [.tab, .char("p"), .tab, .tab, .tab] + AppFixture.keys("not-mail")
                + [.ctrl("s")])
        XCTAssertNotNil(runner.state.form?.error)
        XCTAssertTrue(runner.state.form!.error!.contains("not-mail"))
        AppFixture.press(runner, t, Array(repeating: .backspace, count: 8) + [.ctrl("s")])
        XCTAssertNil(runner.state.form)
        XCTAssertEqual(runner.state.message, "Reader 2026100 added")
        let r = try library.0.reader(Actor(staff: library.1, now: AppFixture.now), card: "2026100")
        XCTAssertEqual(r.name, "赵六")
        XCTAssertEqual(r.type, .postgraduate)
        XCTAssertEqual(try library.0.searchReaders(Actor(staff: library.1, now: AppFixture.now), "zl").first?.card, "2026100")
    }
}
