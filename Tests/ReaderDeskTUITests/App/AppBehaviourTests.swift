import Foundation
import GRDB
import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The loop's promises beyond pictures: a long list is never loaded whole, a one-row move is
/// cheap on the wire, other processes' changes show up, and q quits.
final class AppBehaviourTests: XCTestCase {
    /// Adds `count` readers straight into the table (fast), cards 9000000…
    static func addManyReaders(_ db: AppDatabase, _ count: Int) throws {
        try db.write { d in
            let insert = try d.makeStatement(sql: "INSERT INTO reader(card, name, created_at, updated_at) VALUES (?, ?, 0, 0)")
            for i in 0..<count { try insert.execute(arguments: [String(9_000_000 + i), i % 2 == 0 ? "读者\(i)" : "Reader \(i)"]) }
        }
    }

    func testScrollsALongListThroughAWindowOnly() throws {
        let library = try AppFixture.library()
        try Self.addManyReaders(library.0, 20_000)
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("G")], database: library)
        let r = runner.state.readers
        XCTAssertEqual(r.total, 20_006)
        XCTAssertEqual(r.cursor.selected, 20_005)
        XCTAssertLessThanOrEqual(r.window.count, 3 * runner.state.layout.readerRows(searching: false))
        XCTAssertTrue(t.screen.text().contains("9019999"))
        XCTAssertTrue(t.screen.text().contains("20006/20006"))
        t.press(.pageUp); runner.step(timeout: 0)
        t.press(.char("g")); runner.step(timeout: 0)
        XCTAssertEqual(runner.state.readers.cursor.selected, 0)
        XCTAssertTrue(t.screen.text().contains("张三丰"))
    }

    func testMovingTheSelectionOneRowSendsFewBytes() throws {
        for (w, h) in [(80, 24), (180, 50)] {
            let (runner, t) = try AppFixture.run(width: w, height: h)
            t.press(.char("j")); runner.step(timeout: 0)
            let down = t.lastFlushBytes
            t.press(.char("k")); runner.step(timeout: 0)
            XCTAssertLessThan(down, 300, "\(w)×\(h)")
            XCTAssertLessThan(t.lastFlushBytes, 300, "\(w)×\(h)")
            print("one-row move at \(w)×\(h): \(down) bytes down, \(t.lastFlushBytes) bytes up")
        }
    }

    /// The lower panes of the wide layout grow with the terminal; a move in their lists stays cheap
    /// because the selection covers at most an 80-column pane's width.
    func testAMoveInTheTicketQueueOfAVeryWideTerminalSendsFewBytes() throws {
        for (w, h) in [(160, 48), (320, 60)] {
            let (runner, t) = try AppFixture.run(width: w, height: h, keys: [.char("3")])
            t.press(.char("j")); runner.step(timeout: 0)
            XCTAssertEqual(runner.state.tickets.cursor.selected, 1)
            XCTAssertLessThan(t.lastFlushBytes, 300, "\(w)×\(h)")
            print("a move in the ticket queue at \(w)×\(h): \(t.lastFlushBytes) bytes")
        }
    }

    /// A move past the last visible row scrolls the list: through real ncurses on a
    /// pseudo-terminal that is a scrolled region, the old row, the new one and the position.
    /// In the wide layout the list spans the top rows, so it scrolls as a region of whole rows:
    /// also under tmux (no left and right margins), never a repaint of the panes below it.
    func testAOneRowMoveThatScrollsTheListSendsFewBytes() throws {
        let library = try AppFixture.library()
        try Self.addManyReaders(library.0, 200)
        for (w, h) in [(80, 24), (160, 48)] {
            let (runner, t) = try AppFixture.run(width: w, height: h, database: library)
            var before = t.screen
            while runner.state.readers.cursor.top == 0 {
                before = t.screen
                t.press(.char("j")); runner.step(timeout: 0)
            }
            let scrolled = t.screen
            XCTAssertNotNil(scrolled.scrolledBlock(from: before), "\(w)×\(h)")
            do {
                let bytes = try PseudoTerminalMeter.bytes(for: [before, scrolled])
                let plain = try PseudoTerminalMeter.bytes(for: [before, scrolled], type: "tmux-256color", rectangles: false)
                print("a one-row move that scrolls the list at \(w)×\(h): \(bytes[0]) bytes (\(plain[0]) under tmux)")
                XCTAssertLessThan(bytes[0], 300, "\(w)×\(h)")
                XCTAssertLessThan(plain[0], 300, "\(w)×\(h) under tmux, without margins")
            } catch let error as PseudoTerminalMeter.Unavailable {
                throw skipOutsideCI(error.description)
            }
        }
    }

    func testChangesByAnotherProcessShowOnTheNextTick() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-live-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("lib.sqlite").path
        let db = try AppDatabase.open(path: path, create: true, calendar: AppFixture.calendar)
        let admin = try db.initialise(adminLogin: "desk", now: AppFixture.now)
        let other = try AppDatabase.open(path: path, calendar: AppFixture.calendar)  // "another terminal"
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("j")], database: (db, admin))
        XCTAssertFalse(t.screen.text().contains("Zhou Yu"))
        var f = ReaderFields(); f.name = "Zhou Yu"
        try other.addReader(Actor(staff: admin, now: AppFixture.now), card: "2026100", fields: f)
        runner.step(timeout: 0)  // no key: a tick polls data_version
        XCTAssertTrue(t.screen.text().contains("Zhou Yu"))
    }

    func testQuitAndWriteKeysWithNothingSelectedSaySo() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("2"), .escape, .char("c")])
        XCTAssertTrue(t.screen.lines()[23].contains("Select a reader first"))
        AppFixture.press(runner, t, [.char("s")])
        XCTAssertTrue(t.screen.lines()[23].contains("Select an action in a matrix cell first"))
        t.press(.char("q"))
        XCTAssertFalse(runner.step(timeout: 0))
        XCTAssertTrue(runner.state.quit)
    }

    func testAnotherProcessesTicketShowsWhileAFormKeepsItsText() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-live-form-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("lib.sqlite").path
        let db = try AppDatabase.open(path: path, create: true, calendar: AppFixture.calendar)
        let admin = try db.initialise(adminLogin: "desk", now: AppFixture.now)
        var f = ReaderFields(); f.name = "张三丰"
        try db.addReader(Actor(staff: admin, now: AppFixture.now), card: "2026001", fields: f)
        let other = try AppDatabase.open(path: path, calendar: AppFixture.calendar)
        let (runner, t) = try AppFixture.run(
            width: 180, height: 50, keys: [.char("c")] + AppFixture.keys("正在输入"),
            database: (db, admin))
        try other.newTicket(Actor(staff: admin, now: AppFixture.now), kind: .fault, subject: "另一台终端的工单")
        runner.step(timeout: 0)  // a tick sees data_version move
        XCTAssertTrue(t.screen.text().contains("另一台终端的工单"))
        XCTAssertEqual(runner.state.form?[.summary], "正在输入")
        XCTAssertEqual(runner.state.form?.focused.id, .summary)
    }

    func testTypingQInSearchIsText() throws {
        let (runner, _) = try AppFixture.run(width: 80, height: 24, keys: [.char("/"), .char("q"), .backspace] + AppFixture.keys("wei"))
        XCTAssertFalse(runner.state.quit)
        XCTAssertEqual(runner.state.readers.search?.text, "wei")
        XCTAssertEqual(runner.state.readers.search?.results.first?.card, "2026002")
    }

    func testEscFromAProfileKeepsTheSearchUnfocusedSoNumbersSwitchPanes() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("/")] + AppFixture.keys("wei") + [.enter, .escape])
        XCTAssertNil(runner.state.readers.profile)
        XCTAssertEqual(runner.state.readers.search?.text, "wei", "the search is kept")
        XCTAssertNotEqual(runner.state.keyContext, .textInput, "but not focused")
        XCTAssertNil(t.cursor)
        AppFixture.press(runner, t, [.char("2")])
        XCTAssertEqual(runner.state.focus, .matrix)
        AppFixture.press(runner, t, [.char("1"), .char("/"), .char("x")])
        XCTAssertEqual(runner.state.readers.search?.text, "weix", "/ focuses the search again")
    }

    func testUserRebindingDrivesDispatch() throws {
        var keys = KeyBindings()
        keys.override([.quit: [.ctrl("q")], .down: [.char("n")]])
        let (db, staff) = try AppFixture.library()
        let t = MemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(
            terminal: t, data: AppData(database: db, staff: staff, clock: { AppFixture.now }),
            language: .en, keys: keys)
        runner.start()
        t.press(.char("n")); runner.step(timeout: 0)
        XCTAssertEqual(runner.state.readers.cursor.selected, 1)
        t.press(.char("q")); XCTAssertTrue(runner.step(timeout: 0))
        t.press(.ctrl("q")); XCTAssertFalse(runner.step(timeout: 0))
    }

    func testMyReadersAndTicketFilters() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("m")])
        XCTAssertEqual(runner.state.readers.total, 2)  // wangli covers 物理学院 and Physics
        XCTAssertTrue(t.screen.text().contains("my readers"))
        let (r2, t2) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .char("m")])
        XCTAssertEqual(r2.state.tickets.list?.map(\.id), [1])
        XCTAssertTrue(t2.screen.text().contains("mine"))
        let (r3, _) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .char("K")])
        XCTAssertEqual(r3.state.tickets.kind, .complaint)
        XCTAssertEqual(r3.state.tickets.list?.count, 1)
    }
}
