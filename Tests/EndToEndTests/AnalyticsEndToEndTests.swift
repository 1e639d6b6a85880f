import Foundation
import XCTest

/// The analytics commands keep the JSON of docs/CONTRACTS.md §5: pyramid, matrix, and the 7P view in reader show.
final class AnalyticsEndToEndTests: XCTestCase {
    func testPyramidMatrixAndSevenPSpeakTheContract() throws {
        let h = try Harness()
        try h.library()
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-01T10:00:00+08:00", "--quantity", "3")
        try h.ok("usage", "add", "--card", "2026002", "--service", "LOAN", "--at", "2026-10-02T10:00:00+08:00")

        let p = try XCTUnwrap(try h.json("pyramid", "--period", "2026-10") as? [String: Any])
        let period = try XCTUnwrap(p["period"] as? [String: Any])
        XCTAssertEqual(period["from"] as? String, "2026-10-01")
        XCTAssertEqual(period["to"] as? String, "2026-10-31")
        XCTAssertEqual(p["active"] as? Int, 2)
        XCTAssertEqual(p["inactive"] as? Int, 1)
        XCTAssertEqual(Set((p["tiers"] as? [String: Int] ?? [:]).keys), ["vip", "key", "mid", "basic"])
        let readers = try XCTUnwrap(p["readers"] as? [[String: Any]])
        XCTAssertEqual(readers.map { $0["card"] as? String }, ["2026001", "2026002"])
        for r in readers { XCTAssertNotNil(r["name"]); XCTAssertNotNil(r["tier"]); XCTAssertNotNil(r["score"] as? Double) }

        let m = try XCTUnwrap(try h.json("matrix") as? [String: Any])
        let cells = try XCTUnwrap(m["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["cell"] as? Int }, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(cells.map { $0["object"] as? String }, ["service", "reader", "service", "reader", "service", "reader"])
        XCTAssertEqual(cells.map { $0["purpose"] as? String }.first, "care")
        let actions = cells.flatMap { $0["actions"] as? [[String: Any]] ?? [] }
        XCTAssertFalse(actions.isEmpty, "first uses of a service are cell 1 actions")
        for a in actions {
            XCTAssertTrue(a["reader"] is String || a["service"] is String)
            XCTAssertNotNil(a["reason"] as? String)
            XCTAssertNotNil(a["due"] as? String)
        }

        let show = try XCTUnwrap(try h.json("reader", "show", "2026001") as? [String: Any])
        let sevenP = try XCTUnwrap(show["seven_p"] as? [String: Any], "reader show --json carries the 7P view")
        XCTAssertEqual(
            Set(sevenP.keys).isSuperset(of: ["profiling", "persistency", "value", "performance", "prospecting", "products", "promotion"]),
            true)
    }
}
