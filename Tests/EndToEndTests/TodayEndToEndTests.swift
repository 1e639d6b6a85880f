import Foundation
import XCTest

/// `readerdesk today` keeps the JSON of docs/CONTRACTS.md §5 and the rules of a day's plan.
final class TodayEndToEndTests: XCTestCase {
    func testTodaySpeaksTheContractAndHonoursCapacity() throws {
        let h = try Harness()
        try h.library()
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-01T10:00:00+08:00", "--quantity", "3")
        try h.ok("usage", "add", "--card", "2026002", "--service", "LOAN", "--at", "2026-10-02T10:00:00+08:00")
        try h.ok("contact", "log", "--card", "2026003", "--channel", "phone", "--summary", "send the guide",
                 "--follow-up", "2026-10-05", as: "lin")

        let plan = try XCTUnwrap(try h.json("today", as: "lin") as? [String: Any])
        XCTAssertEqual(plan["login"] as? String, "lin")
        XCTAssertEqual(plan["capacity"] as? Int, 20)
        XCTAssertNotNil(plan["date"] as? String)
        let items = try XCTUnwrap(plan["items"] as? [[String: Any]])
        // The vip reader's care (50 + 24 + 8) before the follow-up with a reader who has no use (60 + 0).
        XCTAssertEqual(items.map { $0["kind"] as? String }, ["action", "follow-up"])
        XCTAssertEqual(items.map { $0["card"] as? String }, ["2026001", "2026003"])
        for item in items {
            for key in ["action", "kind", "cell", "rule", "card", "name", "priority", "reason", "step", "due", "owner"] {
                XCTAssertNotNil(item[key], "\(key) in \(item)")
            }
            XCTAssertEqual(item["owner"] as? String, "lin")
        }
        XCTAssertEqual(items.first?["value_tier"] as? String, "vip")
        XCTAssertEqual((plan["backlog"] as? [Any])?.count, 0)

        try h.ok("staff", "update", "lin", "--capacity", "1")
        let small = try XCTUnwrap(try h.json("today", "--login", "lin") as? [String: Any])
        XCTAssertEqual((small["items"] as? [Any])?.count, 1)
        let backlog = try XCTUnwrap(small["backlog"] as? [[String: Any]])
        XCTAssertEqual(backlog.count, 1)
        XCTAssertNotNil(backlog.first?["planned"] as? String)
        try h.refused("today", "--login", "lin", as: "fred", mentioning: "reassign")
        try h.refused("staff", "update", "lin", "--capacity", "none", mentioning: "--capacity")

        // The table: the person, the count against capacity, the backlog.
        let table = try h.ok("today", as: "lin")
        XCTAssertTrue(table.contains("for lin: 1 of capacity 1; backlog 1"), table)
    }
}
