import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// The matrix pane as a day's work: it opens on the plan of the person at the keyboard,
/// Enter opens the reader with the action on top, c + Ctrl-S completes it and it leaves
/// the plan; m and f filter the grid, and a cell's list reaches every item.
final class TodayPaneTests: XCTestCase {
    let wang = { (library: (AppDatabase, Staff)) in Actor(staff: library.1, now: AppFixture.now) }

    /// The fixture and `count` more readers of wangli's, each with a follow-up due today.
    func libraryWithFollowUps(_ count: Int) throws -> (AppDatabase, Staff) {
        let (db, staff) = try AppFixture.library()
        let admin = try XCTUnwrap(db.allStaff().first { $0.login == "desk-admin" })
        for i in 0..<count {
            let card = String(format: "2027%03d", i)
            var f = ReaderFields()
            f.name = "Reader \(i)"; f.type = .postgraduate; f.cardType = .student; f.dept = "Physics"
            try db.addReader(Actor(staff: admin, now: AppFixture.now - 86_400 * 10), card: card, fields: f)
            var contact = ContactInput(card: card, channel: .email, cell: 2, summary: "Asked about thesis printing")
            contact.followUp = "2026-11-02"
            try db.logContact(Actor(staff: staff, now: AppFixture.now - 86_400 * 3), contact)
        }
        return (db, staff)
    }

    func testTheMatrixOpensOnTodayWithOnlyMyItems() throws {
        let library = try AppFixture.library()
        let (runner, _) = try AppFixture.run(width: 80, height: 24, keys: [.char("2")], database: library)
        XCTAssertEqual(runner.state.matrix.view, .today)
        let plan = try library.0.todayPlan(wang(library)).value
        let items = try XCTUnwrap(runner.state.matrix.today?.items)
        XCTAssertFalse(items.isEmpty)
        XCTAssertEqual(items.map(\.reason), plan.items.map(\.reason))
        XCTAssertTrue(items.allSatisfy { $0.owner == "wangli" })
    }

    func testEnterOpensTheReaderWithTheActionOnTopAndCCompletesIt() throws {
        // The fixture's complaint is wangli's ticket (one item), so a follow-up gives Today an action.
        let library = try libraryWithFollowUps(1)
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("2")], database: library)
        let items = try XCTUnwrap(runner.state.matrix.today?.items)
        let index = try XCTUnwrap(items.firstIndex { $0.actionID != nil && $0.card != nil })
        AppFixture.press(runner, t, Array(repeating: .char("j"), count: index) + [.enter])
        let item = items[index]
        XCTAssertEqual(runner.state.focus, .readers)
        XCTAssertEqual(runner.state.readers.profile?.action?.actionID, item.actionID)
        let lines = t.screen.lines()
        XCTAssertTrue(lines[2].contains(item.kind == .followUp ? "Follow-up" : "Action"), lines[2])
        XCTAssertTrue(lines[3].contains(String(Words.render(item.reason, .en).prefix(20))), lines[3])

        AppFixture.press(runner, t, [.char("c")])
        XCTAssertEqual(runner.state.form?[.cell], item.cell.map(String.init))
        AppFixture.press(runner, t, AppFixture.keys("Called back; settled") + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Contact with \(item.name) logged; action done")
        XCTAssertNil(runner.state.readers.profile?.action)
        AppFixture.press(runner, t, [.escape])
        XCTAssertEqual(runner.state.focus, .matrix)
        XCTAssertEqual(runner.state.matrix.view, .today)
        XCTAssertFalse(try XCTUnwrap(runner.state.matrix.today?.items).contains { $0.actionID == item.actionID })
    }

    func testEscFromTheProfileReturnsToTheSamePlaceInTheList() throws {
        let library = try libraryWithFollowUps(30)
        let (runner, t) = try AppFixture.run(
            width: 80, height: 24, keys: [.char("2")] + Array(repeating: .char("j"), count: 17),
            database: library)
        let before = runner.state.matrix.todayCursor
        XCTAssertEqual(before.selected, 17)
        XCTAssertGreaterThan(before.top, 0)
        AppFixture.press(runner, t, [.enter, .escape])
        XCTAssertEqual(runner.state.focus, .matrix)
        XCTAssertEqual(runner.state.matrix.todayCursor, before)
    }

    func testFollowUpsAreSelectableAndCanBeSnoozedAndDismissed() throws {
        let library = try libraryWithFollowUps(2)
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("2")], database: library)
        let items = try XCTUnwrap(runner.state.matrix.today?.items)
        let first = try XCTUnwrap(items.firstIndex { $0.kind == .followUp })
        AppFixture.press(runner, t, Array(repeating: .char("j"), count: first) + [.char("s"), .ctrl("s")])
        XCTAssertEqual(runner.state.message, "Action snoozed until 2026-11-09")
        let rest = try XCTUnwrap(runner.state.matrix.today?.items)
        XCTAssertEqual(rest.filter { $0.kind == .followUp }.count, 1)
        let second = try XCTUnwrap(rest.firstIndex { $0.kind == .followUp })
        AppFixture.press(
            runner, t,
            [.char("g")] + Array(repeating: .char("j"), count: second)
                + [.char("x")] + AppFixture.keys("moved away") + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "Action dismissed")
        XCTAssertFalse(try XCTUnwrap(runner.state.matrix.today?.items).contains { $0.kind == .followUp })
        XCTAssertEqual(try library.0.dueFollowUpCount(wang(library)), 0)
    }

    func testMSwitchesMineAndEveryoneAndFFiltersByTierWithCountsThatAgree() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("2"), .escape], database: library)
        XCTAssertEqual(runner.state.matrix.view, .grid)
        let all = try library.0.actionCount(ActionFilter())
        XCTAssertEqual(runner.state.matrix.summary?.pending, all)
        XCTAssertEqual(runner.state.status.pending, all)
        AppFixture.press(runner, t, [.char("m")])
        XCTAssertTrue(runner.state.matrix.mine)
        XCTAssertEqual(runner.state.matrix.summary?.pending, try library.0.actionCount(ActionFilter(ownerId: library.1.id)))
        XCTAssertTrue(t.screen.text().contains("mine · tier all"))
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertEqual(runner.state.matrix.tier, .vip)
        let vip = try library.0.actionCount(ActionFilter(ownerId: library.1.id, valueTiers: [.vip]))
        XCTAssertEqual(runner.state.matrix.summary?.pending, vip)
        XCTAssertEqual(runner.state.status.pending, vip)
        AppFixture.press(runner, t, [.char("m")])
        XCTAssertFalse(runner.state.matrix.mine)
    }

    func testOGoesThroughEachOwnerWithCountsThatAgree() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("2"), .escape, .char("m")], database: library)
        let owners = try library.0.actionOwners()
        XCTAssertFalse(owners.isEmpty)
        XCTAssertEqual(runner.state.matrix.owners, owners)
        for owner in owners {
            AppFixture.press(runner, t, [.char("o")])
            XCTAssertFalse(runner.state.matrix.mine, "a colleague's view is not mine")
            XCTAssertEqual(runner.state.matrix.owner, owner)
            XCTAssertEqual(runner.state.matrix.summary?.pending, try library.0.actionCount(ActionFilter(ownerId: owner.id)))
            XCTAssertTrue(t.screen.text().contains("\(owner.login) · tier all"), t.screen.text())
        }
        AppFixture.press(runner, t, [.char("o")])
        XCTAssertNil(runner.state.matrix.owner)
        XCTAssertEqual(runner.state.matrix.summary?.pending, try library.0.actionCount(ActionFilter()))
    }

    func testACellListPagesThroughEveryItemAndItsHeaderCountsThemAll() throws {
        let library = try libraryWithFollowUps(45)
        let (runner, t) = try AppFixture.run(
            width: 80, height: 24, keys: [.char("2"), .escape, .char("j"), .enter],
            database: library)
        let total = try library.0.actionCount(ActionFilter(cell: 2))
        XCTAssertGreaterThan(total, 45)
        XCTAssertEqual(runner.state.matrix.list.total, total)
        XCTAssertTrue(t.screen.text().contains("1/\(total) actions"))
        var seen = Set<Int64>()
        for _ in 0..<total {
            if let id = runner.state.selectedAction?.actionID { seen.insert(id) }
            AppFixture.press(runner, t, [.char("j")])
        }
        XCTAssertEqual(seen.count, total)
        XCTAssertTrue(t.screen.text().contains("\(total)/\(total) actions"))
    }
}
