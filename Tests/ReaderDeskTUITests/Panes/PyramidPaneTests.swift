import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// The pyramid in the app: its period is chosen (month, quarter, year) and Enter on a tier lists
/// its readers with their scores and where they stood the period before.
final class PyramidPaneTests: XCTestCase {
    func testThePeriodIsTheLastCompletedMonthQuarterOrYear() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("p")])
        XCTAssertTrue(t.screen.text().contains("2026-Q3 · quarter"), t.screen.text())
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertTrue(t.screen.text().contains("2025 · year"), t.screen.text())
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertTrue(t.screen.text().contains("2026-10 · month"), "the month just ended, not this one")
        AppFixture.press(runner, t, [.char("f")])
        XCTAssertTrue(t.screen.text().contains("2026-Q3 · quarter"))
    }

    func testEnterOnATierListsItsReadersWithScoresAndTheirPlaceBefore() throws {
        let (runner, t) = try AppFixture.run(width: 80, height: 24, keys: [.char("p"), .enter])
        XCTAssertEqual(runner.state.matrix.view, .pyramidTier("vip"))
        let rows = try XCTUnwrap(runner.state.matrix.tierReaders)
        XCTAssertEqual(rows.map(\.card), ["2026001"])
        XCTAssertEqual(rows.first?.tierBefore, .vip)
        XCTAssertEqual(
            rows.first.map { MatrixCharts.moved($0, .en) }, "uses 2→10 · points 12→28", "June alone before; July to September now")
        assertSnapshot(t.screen, "pyramid-tier-80x24")
        // Basic, the bottom band: Li Wei, whose loans fell month by month.
        AppFixture.press(runner, t, [.escape, .down, .down, .down, .enter])
        XCTAssertEqual(runner.state.matrix.view, .pyramidTier("basic"))
        XCTAssertEqual(runner.state.matrix.tierReaders?.map(\.card), ["2026002"])
        AppFixture.press(runner, t, [.escape, .escape])
        XCTAssertEqual(runner.state.matrix.view, .grid)
        let (_, wide) = try AppFixture.run(width: 180, height: 50, language: .zhHans, keys: [.char("p"), .enter])
        assertSnapshot(wide.screen, "zh-pyramid-tier-180x50")
    }

    func testATiersGoalIsTheLibrarysOwnElseTheDefaultWithItsDays() {
        var band = PyramidBand(tier: "vip", count: 1, change: 0)
        XCTAssertNil(band.goal)
        band.goal = Phrase("literal", ["keep every VIP: a care call each quarter"])
        XCTAssertEqual(
            Words.format(Words.tierGoal, .en, "VIP", Words.render(band.goal!, .en)),
            "Goal for VIP: keep every VIP: a care call each quarter")
        band.goal = Phrase("goal.vip", ["45"])
        XCTAssertEqual(Words.render(band.goal!, .en), "keep them loyal: a personal care contact at least every 45 days")
        XCTAssertEqual(Words.render(band.goal!, .zhHans), "保持忠诚：至少每 45 天一次个人关怀联系")
    }
}
