import GRDB
import XCTest

@testable import ReaderDeskCore

/// A term break is not a trend: with a year of history a month is compared with the same month
/// a year earlier; without it, with the three months before (as the rules always did).
final class TrendComparisonTests: XCTestCase {
    func open(_ f: AnalyticsFixture, rule: String) throws -> [ActionListing] {
        try f.db.refreshActions(now: f.now)
        return try f.db.read { try AppDatabase.actions($0, ActionFilter()) }.filter { $0.rule == rule }
    }

    func testJudgeComparesWithAYearEarlierWhenThereIsOne() {
        // September 33 after a summer of 3 a month: a 1000% "rise" against the summer…
        let summer = TrendComparison.judge(month: 202609, recent: 33, threeBefore: 9, yearEarlier: 0, percent: 30, minBase: 5)
        XCTAssertEqual(summer?.rising, true)
        XCTAssertEqual(summer?.code("action.service-trend"), "action.service-trend.rising")
        XCTAssertEqual(summer?.baseArguments, ["3.0"], "the mean of the three months before")
        // …but +10% against the September before: not a trend.
        XCTAssertNil(TrendComparison.judge(month: 202609, recent: 33, threeBefore: 9, yearEarlier: 30, percent: 30, minBase: 5))
        let fall = TrendComparison.judge(month: 202609, recent: 15, threeBefore: 9, yearEarlier: 30, percent: 30, minBase: 5)
        XCTAssertEqual(fall, TrendComparison(recent: 15, base: 90, yearEarlier: 202509))
        XCTAssertEqual(fall?.rising, false)
        XCTAssertEqual(fall?.change, -50)
        XCTAssertEqual(fall?.code("action.service-trend"), "action.service-trend.falling.year")
        XCTAssertEqual(fall?.baseArguments, ["30", "2025-09"], "the use a year earlier, and that month")
        // Too little a year earlier (3 × 5 < 20) is no baseline to speak of.
        XCTAssertNil(TrendComparison.judge(month: 202609, recent: 50, threeBefore: 0, yearEarlier: 5, percent: 30, minBase: 20))
    }

    func testSeptemberAfterTheSummerIsNotARiseWhenLastSeptemberWasTheSame() throws {
        let f = try AnalyticsFixture()  // now 2026-10-15: September is the last full month
        try f.reader("U")
        for (code, lastYear, summer, september) in [("TERM", 30, 3, 32), ("GROWS", 10, 3, 30), ("NEW", 0, 10, 20)] {
            try f.service(code)
            if lastYear > 0 { try f.use("U", code, "2025-09-10T09:00:00", quantity: lastYear) }
            for m in ["06", "07", "08"] { try f.use("U", code, "2026-\(m)-10T09:00:00", quantity: summer) }
            try f.use("U", code, "2026-09-10T09:00:00", quantity: september)
        }
        let a = try open(f, rule: "service-trend")
        XCTAssertEqual(a.compactMap(\.service).sorted(), ["GROWS", "NEW"], "TERM only came back from the summer")
        let grows = a.first { $0.service == "GROWS" }!.reason, new = a.first { $0.service == "NEW" }!.reason
        XCTAssertEqual(grows, Phrase("action.service-trend.rising.year", ["grows service", "30", "2026-09", "+200", "10", "2025-09"]))
        XCTAssertEqual(new.code, "action.service-trend.rising")
        XCTAssertEqual(new.arguments.last, "10.0", "against the mean of the three months before")
    }

    func testCounterFiguresAreComparedWithAYearEarlierToo() throws {
        let f = try AnalyticsFixture()
        let s = try f.service("DB")
        // A year of COUNTER months: last September 100, a quiet summer, this September 105.
        let months = ["202509": 100, "202606": 20, "202607": 20, "202608": 20, "202609": 105]
        try f.db.write { db in
            for (month, count) in months {
                try db.execute(
                    sql: """
                        INSERT INTO counter_figure(report, service_id, name, platform, metric, month, count)
                        VALUES ('DR', ?, 'DB', 'P', 'Total_Item_Requests', ?, ?)
                        """, arguments: [s.id, Int(month)!, count])
            }
        }
        XCTAssertEqual(try open(f, rule: "counter-trend").count, 0, "September against September: +5%")
    }
}
