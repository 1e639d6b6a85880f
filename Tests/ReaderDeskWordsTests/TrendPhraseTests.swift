import ReaderDeskCore
import XCTest

@testable import ReaderDeskWords

/// A trend against the same month a year earlier reads as such in both languages.
final class TrendPhraseTests: XCTestCase {
    func testYearEarlierReasonsInBothLanguages() {
        let p = Phrase("action.service-trend.rising.year", ["CNKI", "30", "2026-09", "+200", "10", "2025-09"])
        XCTAssertEqual(Words.render(p, .en), "CNKI rising: 30 uses in 2026-09, +200% against 10 in 2025-09, a year earlier")
        XCTAssertEqual(Words.render(p, .zhHans), "CNKI上升：2026-09使用 30 次，较一年前同月（2025-09，10 次）变化 +200%")
        let c = Phrase("action.counter-trend.falling.year", ["Scopus", "Total_Item_Requests", "50", "2026-09", "-50", "100", "2025-09"])
        XCTAssertEqual(
            Words.render(c, .en),
            "Scopus falling in COUNTER Total_Item_Requests: 50 in 2026-09, -50% against 100 in 2025-09, a year earlier")
        XCTAssertFalse(Words.render(c, .zhHans).contains("against"))
    }
}
