import GRDB
import XCTest

@testable import ReaderDeskCore

/// A month or a period not yet over is said to be so, and is never read as a fall.
final class PartialPeriodTests: XCTestCase {
    func testTheCurrentMonthIsNeverDrawnAsAFall() {
        XCTAssertEqual(Sparkline.render([2, 4, 8, 1]), "▂▄█▁")
        XCTAssertEqual(Sparkline.render([2, 4, 8, 1], partialLast: true), "▂▄█·", "a month under way below the one before")
        XCTAssertEqual(Sparkline.render([2, 4, 8, 8], partialLast: true), "▂▄██", "at or above: its block")
        XCTAssertEqual(Sparkline.render([0, 0], partialLast: true), "  ")
        XCTAssertEqual(
            Sparkline.caption(months: [202512, 202601, 202611], max: 8, partialLast: true),
            "2025-12 … 2026-11 (2026-11 so far) · max 8")
        XCTAssertEqual(Sparkline.caption(months: [202512, 202611], partialLast: false), "2025-12 … 2026-11")
    }

    func testAReportOnAPeriodNotEndedIsPartialWithoutChurn() throws {
        let f = try AnalyticsFixture()  // now 2026-10-15
        try f.service("A")
        for c in ["R1", "R2"] { try f.reader(c) }
        try f.use("R1", "A", "2026-07-05T09:00:00"); try f.use("R2", "A", "2026-07-05T09:00:00")
        try f.use("R1", "A", "2026-10-05T09:00:00")  // R2 has not come back in Q4 *yet*
        let q4 = try f.db.programmeReport(try f.cal.period("2026-Q4"), now: f.now)
        XCTAssertTrue(q4.partial)
        XCTAssertNil(q4.churned)
        XCTAssertNil(q4.churn)
        XCTAssertEqual(q4.previousActive, 2)
        let q3 = try f.db.programmeReport(try f.cal.period("2026-Q3"), now: f.now)
        XCTAssertFalse(q3.partial)
        XCTAssertEqual(q3.churned, 0)
        // A month on its first day: partial, so no 85 % churn from readers who have not come yet.
        XCTAssertTrue(try f.db.programmeReport(try f.cal.period("2026-10"), now: try f.at("2026-10-01T08:00:00")).partial)
        XCTAssertFalse(try f.db.programmeReport(try f.cal.period("2026-09"), now: try f.at("2026-10-01T00:00:00")).partial)
    }
}
