import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// `handle` as a pure function: a state value and a key give the next state and the effects
/// for the runner. No database, no terminal.
final class AppHandleTests: XCTestCase {
    private func state(width: Int = 120, height: Int = 40) -> AppState {
        AppState(
            size: TerminalSize(width: width, height: height), language: .en,
            status: StatusInfo(login: "desk", role: .librarian, now: 0))
    }

    func testAMoveChangesTheStateAndAsksForNothing() {
        var s = state()
        XCTAssertEqual(s.handle(.char("2")), [])
        XCTAssertEqual(s.focus, .matrix)
        XCTAssertEqual(s.handle(.char("q")), [])
        XCTAssertTrue(s.quit)
    }

    func testRefreshDropsTheLoadedDataAndAsksForARepaint() {
        var s = state()
        s.status.stale = false
        s.tickets.list = []
        XCTAssertEqual(s.handle(.ctrl("l")), [.redraw])
        XCTAssertTrue(s.status.stale)
        XCTAssertNil(s.tickets.list)
    }

    func testTypingInTheSearchIsTextNotCommands() {
        var s = state()
        XCTAssertEqual(s.handle(.char("/")), [])
        XCTAssertEqual(s.keyContext, .textInput)
        XCTAssertEqual(s.handle(.char("2")), [])
        XCTAssertEqual(s.readers.search?.text, "2")
        XCTAssertEqual(s.focus, .readers)
    }

    func testANewSizeHasOnePathAndTheResizeKeyOnlyRepaints() {
        var s = state()
        XCTAssertEqual(s.resize(to: s.size), [])
        XCTAssertEqual(s.resize(to: TerminalSize(width: 80, height: 24)), [.redraw])
        XCTAssertEqual(s.size, TerminalSize(width: 80, height: 24))
        s.message = "saved"
        XCTAssertEqual(s.handle(.resize), [.redraw])
        XCTAssertNil(s.message)
        XCTAssertEqual(s.size, TerminalSize(width: 80, height: 24))
    }

    func testTooSmallAWindowStillQuitsAndRepaints() {
        var s = state(width: 20, height: 5)
        XCTAssertEqual(s.handle(.char("2")), [])
        XCTAssertEqual(s.focus, .readers)
        XCTAssertEqual(s.handle(.ctrl("l")), [.redraw])
        s.handle(.char("q"))
        XCTAssertTrue(s.quit)
    }

    func testSavingAFormIsAnEffectAndTheFormStaysUntilItIsWritten() {
        var s = state()
        s.form = Forms.lifeEvent(card: "2026001", name: "张三", .en)
        XCTAssertEqual(s.handle(.ctrl("s")), [.save])
        XCTAssertNotNil(s.form)
        // The effects are handed out once: the next key starts afresh.
        XCTAssertEqual(s.handle(.tab), [])
    }

    func testEscapeOnAnUntouchedFormClosesItWithoutAWrite() {
        var s = state()
        s.form = Forms.lifeEvent(card: "2026001", name: "张三", .en)
        XCTAssertEqual(s.handle(.escape), [])
        XCTAssertNil(s.form)
        XCTAssertEqual(s.message, Words.Form.cancelled.text(.en))
    }

    func testTheHelpScrollStopsAtTheLengthTheStateHolds() {
        var s = state(width: 120, height: 20)
        s.lineCounts = LineCounts(help: 30)
        s.handle(.char("?"))
        XCTAssertEqual(s.help, 0)
        s.handle(.end)
        // 20 rows less the frame's 5 show 15 lines: the last page starts at line 15.
        XCTAssertEqual(s.help, 15)
        s.lineCounts = LineCounts(help: 10)
        s.handle(.end)
        XCTAssertEqual(s.help, 0)
    }

    func testSettlingKeepsTheCursorsOfThePanesOnScreenWithinWhatWasLoaded() {
        var s = state(width: 80, height: 24)
        s.readers.total = 3
        s.readers.cursor = ListCursor(selected: 10, top: 8)
        s.focus = .matrix
        s.settle()
        // Narrow: the readers pane is not on screen, so nothing was loaded for it and it keeps its place.
        XCTAssertEqual(s.readers.cursor, ListCursor(selected: 10, top: 8))
        s.focus = .readers
        s.settle()
        XCTAssertEqual(s.readers.cursor, ListCursor(selected: 2, top: 0))
    }
}
