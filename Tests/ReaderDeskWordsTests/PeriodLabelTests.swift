import Foundation
import ReaderDeskCore
import ReaderDeskWords
import XCTest

/// A period's label with words in it reads in the viewer's language; the others read the same in both.
final class PeriodLabelTests: XCTestCase {
    func testTheTwelveMonthsToADayReadInBothLanguages() throws {
        let cal = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let now = try Environment.now(["READERDESK_NOW": "2026-10-05T10:00:00+08:00"])
        let trailing = cal.lastTwelveMonths(before: now)
        XCTAssertEqual(Words.period(trailing, .en), "12 months to 2026-10-05")
        XCTAssertEqual(Words.period(trailing, .en), trailing.label, "the core's English is the catalogue's")
        XCTAssertEqual(Words.period(trailing, .zhHans), "截至2026-10-05的12个月")
        let quarter = try cal.period("2026-Q3")
        XCTAssertEqual(Words.period(quarter, .zhHans), "2026-Q3")
    }
}
