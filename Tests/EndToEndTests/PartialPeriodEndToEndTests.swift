import Foundation
import XCTest

/// `report` on a period not yet over says so first and in its JSON; trends mark the month under way.
final class PartialPeriodEndToEndTests: XCTestCase {
    func testReportAndTrendsOnAPeriodNotEnded() throws {
        let h = try Harness()  // now 2026-10-05
        try h.library()
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-09-10T10:00:00+08:00", "--quantity", "4")
        try h.ok("usage", "add", "--card", "2026002", "--service", "NOV", "--at", "2026-09-11T10:00:00+08:00")
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-02T10:00:00+08:00")

        let text = try h.ok("report", "--period", "2026-10")
        XCTAssertTrue(text.hasPrefix("PARTIAL — the period has not ended"), text)
        XCTAssertTrue(text.contains("churn") && text.contains("not computed until 2026-10 has ended"), text)
        let json = try XCTUnwrap(h.json("report", "--period", "2026-10") as? [String: Any])
        XCTAssertEqual(json["partial"] as? Bool, true)
        let churn = try XCTUnwrap(json["churn"] as? [String: Any])
        XCTAssertTrue(churn["rate"] is NSNull, "\(churn)")
        XCTAssertTrue(churn["churned"] is NSNull, "\(churn)")
        let september = try XCTUnwrap(h.json("report", "--period", "2026-09") as? [String: Any])
        XCTAssertEqual(september["partial"] as? Bool, false)
        XCTAssertFalse(try h.ok("report", "--period", "2026-09").hasPrefix("PARTIAL"))

        let trends = try h.ok("trends", "--months", "3")
        XCTAssertTrue(trends.hasPrefix("2026-08 … 2026-10 (2026-10 so far)"), trends)
        XCTAssertTrue(trends.contains(" ▅·") || trends.contains("█·"), "October so far is not drawn as a fall:\n\(trends)")
        let tj = try XCTUnwrap(h.json("trends", "--months", "3") as? [String: Any])
        XCTAssertEqual(tj["partial_month"] as? String, "2026-10")
    }
}
