import Foundation
import XCTest

/// `readerdesk today` keeps the JSON of docs/CONTRACTS.md §5 and the rules of a day's plan.
final class TodayEndToEndTests: XCTestCase {
    func testTodaySpeaksTheContractAndHonoursCapacity() throws {
        let h = try Harness()
        try h.library()
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-01T10:00:00+08:00", "--quantity", "3")
        try h.ok("usage", "add", "--card", "2026002", "--service", "LOAN", "--at", "2026-10-02T10:00:00+08:00")
        try h.ok(
            "contact", "log", "--card", "2026003", "--channel", "phone", "--summary", "send the guide",
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
        XCTAssertEqual(small["backlog_count"] as? Int, 1)
        XCTAssertEqual(small["backlog_through"] as? String, backlog.first?["planned"] as? String)

        // The table lists the next working days of the backlog and counts the rest.
        let none = try h.ok("today", "--backlog-days", "0", as: "lin")
        XCTAssertTrue(
            none.contains("… and 1 more, planned through \(backlog.first?["planned"] as? String ?? "?") (--all lists them)"), none)
        XCTAssertFalse(try h.ok("today", "--backlog-days", "0", "--all", as: "lin").contains("more, planned"))
        let windowed = try XCTUnwrap(try h.json("today", "--backlog-days", "0", as: "lin") as? [String: Any])
        XCTAssertEqual((windowed["backlog"] as? [Any])?.count, 0)
        XCTAssertEqual(windowed["backlog_count"] as? Int, 1)
        try h.refused("today", "--backlog-days", "-1", as: "lin", mentioning: "--backlog-days")
    }

    /// The first look of a day answers from the stored actions at once, says when they were
    /// computed, and a detached process brings them up to date (polled for a bounded time).
    func testTheFirstLookOfADayAnswersAtOnceAndRefreshesInTheBackground() throws {
        let h = try Harness()
        try h.library()
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-01T10:00:00+08:00", "--quantity", "3")
        let first = try XCTUnwrap(try h.json("today", as: "lin") as? [String: Any])
        XCTAssertEqual(first["refreshing"] as? Bool, false)
        XCTAssertTrue((first["computed_at"] as? String)?.hasPrefix("2026-10-05T10:00") ?? false, "\(first)")
        let actions = { (plan: [String: Any]) in ((plan["items"] as? [[String: Any]]) ?? []).compactMap { $0["action"] as? Int } }
        XCTAssertFalse(actions(first).isEmpty)
        /// Polls until the background refresh of the day has run, up to two minutes on a busy machine.
        func refreshed(_ day: String) throws {
            for _ in 0..<240 {
                let m = try XCTUnwrap(try h.json("matrix") as? [String: Any])
                if m["refreshing"] as? Bool == false {
                    XCTAssertTrue((m["computed_at"] as? String)?.hasPrefix(day) ?? false, "\(m["computed_at"] ?? "nil")")
                    XCTAssertNotNil(m["cells"] as? [Any])
                    return
                }
                usleep(500_000)
            }
            XCTFail("the background refresh of \(day) did not finish")
        }

        // The next day, the table says so…
        h.now = "2026-10-06T10:00:00+08:00"
        let table = try h.ok("matrix")
        XCTAssertTrue(table.contains("Actions computed 2026-10-05 10:00; refreshing in the background."), table)
        try refreshed("2026-10-06")
        let before = try XCTUnwrap(try h.json("today", as: "lin") as? [String: Any])

        // …and the day after, the JSON: yesterday's plan as stored, then today's.
        h.now = "2026-10-07T10:00:00+08:00"
        let stored = try XCTUnwrap(try h.json("today", as: "lin") as? [String: Any])
        XCTAssertEqual(stored["refreshing"] as? Bool, true)
        XCTAssertEqual(stored["computed_at"] as? String, before["computed_at"] as? String)
        XCTAssertEqual(stored["date"] as? String, "2026-10-07")
        XCTAssertTrue(Set(actions(before)).isSubset(of: Set(actions(stored))), "the stored actions")
        try refreshed("2026-10-07")
    }
}
