import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// Text snapshots of the in-memory screen: what a person at 80×24 and at 180×50 sees.
/// The screen compared is the one the MemoryTerminal rebuilt from the flushed diffs.
final class AppSnapshotTests: XCTestCase {
    func testReadersAt80x24WithChineseAndLatinNamesInOneColumn() throws {
        let (_, t) = try AppFixture.run(width: 80, height: 24)
        assertSnapshot(t.screen, "readers-80x24")
        // Every row's department starts in the same column, whatever the name's script.
        let rows = t.screen.lines().filter { $0.contains("│2026") }
        let types = ["faculty", "postgraduate", "undergraduate", "researcher", "staff", "external"]
        let columns = Set(
            rows.map { row -> Int in
                let hit = types.compactMap { row.range(of: " " + $0 + " ") }.first!
                return DisplayWidth.width(of: String(row[..<hit.lowerBound]))
            })
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(columns.count, 1)
    }

    func testAllThreePanesAt180x50() throws {
        let (_, t) = try AppFixture.run(width: 180, height: 50)
        assertSnapshot(t.screen, "wide-180x50")
    }

    func testSearchAsYouTypeByPinyinInitials() throws {
        let (_, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("/")] + AppFixture.keys("zsf"))
        assertSnapshot(t.screen, "search-zsf-80x24")
        XCTAssertNotNil(t.cursor)
    }

    func testProfile() throws {
        let (_, t) = try AppFixture.run(width: 80, height: 24, keys: [.enter])
        assertSnapshot(t.screen, "profile-80x24")
        let (_, t2) = try AppFixture.run(width: 80, height: 24, keys: [.enter, .char("G")])
        assertSnapshot(t2.screen, "profile-end-80x24")
    }

    func testMatrixPyramidAndTrends() throws {
        let (_, m) = try AppFixture.run(width: 80, height: 24, keys: [.char("2"), .escape])
        assertSnapshot(m.screen, "matrix-80x24")
        let (_, p) = try AppFixture.run(width: 80, height: 24, keys: [.char("p")])
        assertSnapshot(p.screen, "pyramid-80x24")
        let (_, tr) = try AppFixture.run(width: 80, height: 24, keys: [.char("t")])
        assertSnapshot(tr.screen, "trends-80x24")
    }

    /// The pane opens on today's plan of the person at the keyboard, in both languages and sizes.
    func testTodayPane() throws {
        for (language, prefix) in [(Language.en, ""), (.zhHans, "zh-")] {
            let (_, n) = try AppFixture.run(width: 80, height: 24, language: language, keys: [.char("2")])
            assertSnapshot(n.screen, prefix + "today-80x24")
            let (_, w) = try AppFixture.run(width: 180, height: 50, language: language, keys: [.char("2")])
            assertSnapshot(w.screen, prefix + "today-180x50")
        }
    }

    func testTicketQueueAndOneTicket() throws {
        let (_, q) = try AppFixture.run(width: 80, height: 24, keys: [.char("3")])
        assertSnapshot(q.screen, "tickets-80x24")
        let (_, d) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .enter])
        assertSnapshot(d.screen, "ticket-80x24")
        let (_, all) = try AppFixture.run(width: 80, height: 24, keys: [.char("3"), .char("f")])
        XCTAssertTrue(all.screen.text().contains("status waiting"))
    }

    func testHelpOverlayListsEveryBindingFromTheTable() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("?")])
        assertSnapshot(t.screen, "help-80x24")
        // Scrolling to the end shows the last rows; together they are the whole table.
        var seen = Set(t.screen.lines())
        for _ in 0..<10 { t.press(.pageDown); runner.step(timeout: 0); seen.formUnion(t.screen.lines()) }
        for binding in KeyBinding.defaults {
            XCTAssertTrue(seen.contains { $0.contains(binding.help.en) }, "\(binding.action) is not in the help")
        }
    }

    func testTooSmallThenNormalAgain() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24)
        t.resize(width: 59, height: 16)
        runner.step(timeout: 0)
        assertSnapshot(t.screen, "too-small-59x16")
        t.resize(width: 80, height: 24)
        runner.step(timeout: 0)
        XCTAssertEqual(t.screen.text(), try AppFixture.run(width: 80, height: 24).1.screen.text())
    }

    func testChineseInterface() throws {
        let (_, r) = try AppFixture.run(width: 80, height: 24, language: .zhHans)
        assertSnapshot(r.screen, "zh-readers-80x24")
        let (_, m) = try AppFixture.run(width: 80, height: 24, language: .zhHans, keys: [.char("2"), .escape])
        assertSnapshot(m.screen, "zh-matrix-80x24")
        for word in ["读者", "工单", "关怀", "提醒", "趋势"] { XCTAssertTrue(m.screen.text().contains(word), word) }
        let (_, w) = try AppFixture.run(width: 180, height: 50, language: .zhHans, keys: [.enter])
        assertSnapshot(w.screen, "zh-wide-profile-180x50")
    }
}
