import Foundation
import XCTest

final class TicketLifecycleTests: XCTestCase {
    func ticket(_ h: Harness, _ id: String) throws -> [String: Any] {
        try XCTUnwrap(h.json("ticket", "show", id) as? [String: Any])
    }

    func testTheWholeLifecycle() throws {
        let h = try Harness()
        try h.library()
        let out = try h.ok(
            "ticket", "new", "--kind", "complaint", "--subject", "Kiosk is broken", "--card", "2026001", "--priority", "urgent", as: "fred")
        XCTAssertEqual(out, "1\n", "ticket new prints the new id alone")
        let second = try h.ok("ticket", "new", "--kind", "question", "--subject", "Opening hours?")
        XCTAssertEqual(second, "2\n")

        let list = try XCTUnwrap(h.json("ticket", "list") as? [[String: Any]])
        XCTAssertEqual(list.count, 2)
        for t in list {
            for key in ["id", "kind", "status", "priority", "subject", "card", "assignee", "due"] {
                XCTAssertTrue(t.keys.contains(key), "ticket list JSON lacks \(key): \(t)")
            }
        }
        let first = list[0]
        XCTAssertEqual(first["id"] as? Int, 1)
        XCTAssertEqual(first["kind"] as? String, "complaint")
        XCTAssertEqual(first["status"] as? String, "new")
        XCTAssertEqual(first["priority"] as? String, "urgent")
        XCTAssertEqual(first["subject"] as? String, "Kiosk is broken")
        XCTAssertEqual(first["card"] as? String, "2026001")
        XCTAssertEqual(first["due"] as? String, "2026-10-05T14:00:00+08:00", "urgent: 4 hours")
        XCTAssertEqual(list[1]["due"] as? String, "2026-10-08T10:00:00+08:00", "normal: 72 hours")
        XCTAssertTrue(list[1]["card"] is NSNull)

        h.now = "2026-10-05T10:30:00+08:00"
        try h.ok("ticket", "assign", "1", "lin", "--expect-version", "1")
        var t = try ticket(h, "1")
        XCTAssertEqual(t["assignee"] as? String, "lin")
        XCTAssertEqual(t["status"] as? String, "open")
        XCTAssertEqual(t["version"] as? Int, 2)
        let mine = try XCTUnwrap(h.json("ticket", "list", "--mine", as: "lin") as? [[String: Any]])
        XCTAssertEqual(mine.map { $0["id"] as? Int }, [1])

        try h.ok("ticket", "comment", "1", "Looks like the power supply", "--internal", as: "lin")
        t = try ticket(h, "1")
        XCTAssertNil(t["first_response"], "an internal note is not a response")
        h.now = "2026-10-05T11:00:00+08:00"
        try h.ok("ticket", "comment", "1", "We are on it", as: "lin")
        t = try ticket(h, "1")
        XCTAssertEqual(t["first_response"] as? String, "2026-10-05T11:00:00+08:00")
        let entries = try XCTUnwrap(t["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["internal"] as? Bool }, [true, false])

        // Someone else's stale version is refused.
        try h.refused("ticket", "resolve", "1", "--satisfaction", "5", "--expect-version", "2", mentioning: "version")
        XCTAssertEqual(try ticket(h, "1")["status"] as? String, "open")

        try h.ok("ticket", "resolve", "1", "--satisfaction", "4", "--expect-version", "4", as: "lin")
        t = try ticket(h, "1")
        XCTAssertEqual(t["status"] as? String, "resolved")
        XCTAssertEqual(t["satisfaction"] as? Int, 4)
        XCTAssertEqual(t["resolved"] as? String, "2026-10-05T11:00:00+08:00")

        try h.ok("ticket", "close", "1")
        XCTAssertEqual(try ticket(h, "1")["status"] as? String, "closed")
        try h.refused("ticket", "resolve", "1", mentioning: "closed")

        h.now = "2026-10-06T09:00:00+08:00"
        try h.ok("ticket", "reopen", "1", as: "fred")
        t = try ticket(h, "1")
        XCTAssertEqual(t["status"] as? String, "open")
        XCTAssertNil(t["closed"])
        XCTAssertEqual(t["due"] as? String, "2026-10-06T13:00:00+08:00", "a reopened ticket gets a fresh SLA")
        try h.refused("ticket", "reopen", "1", mentioning: "open")

        let history = try XCTUnwrap(t["history"] as? [[String: Any]]).map { "\($0["field"]!) \($0["old"] ?? "-") \($0["new"] ?? "-")" }
        XCTAssertEqual(
            history,
            [
                "created - complaint", "status new open", "assignee - lin", "note - -", "reply - -",
                "status open resolved", "satisfaction - 4", "status resolved closed", "status closed open",
            ])

        // The reader's profile lists the ticket.
        let reader = try XCTUnwrap(h.json("reader", "show", "2026001") as? [String: Any])
        XCTAssertEqual((reader["tickets"] as? [[String: Any]])?.map { $0["id"] as? Int }, [1])

        // Status filters.
        let open = try XCTUnwrap(h.json("ticket", "list", "--status", "new") as? [[String: Any]])
        XCTAssertEqual(open.map { $0["id"] as? Int }, [2])
        XCTAssertTrue(try h.ok("ticket", "list").contains("#1"))
        XCTAssertTrue(try h.ok("ticket", "show", "1").contains("Kiosk is broken"))
    }

    func testContactsAndUsageEndToEnd() throws {
        let h = try Harness()
        try h.library()
        try h.ok(
            "contact", "log", "--card", "2026001", "--channel", "in-person", "--cell", "2", "--read", "3", "--minutes", "20",
            "--summary", "Thesis search strategy", "--follow-up", "2026-10-20", as: "lin")
        let contacts = try XCTUnwrap(h.json("contact", "list", "--card", "2026001") as? [[String: Any]])
        XCTAssertEqual(contacts.count, 1)
        XCTAssertEqual(contacts[0]["staff"] as? String, "lin")
        XCTAssertEqual(contacts[0]["cell"] as? Int, 2)
        XCTAssertEqual(contacts[0]["read"] as? Int, 3)
        XCTAssertEqual(contacts[0]["follow_up"] as? String, "2026-10-20")
        XCTAssertEqual(contacts[0]["at"] as? String, "2026-10-05T10:00:00+08:00", "now comes from READERDESK_NOW")

        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-09-30T23:30:00+08:00", "--quantity", "2")
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-01T00:30:00+08:00", "--location", "remote")
        let usage = try XCTUnwrap(h.json("usage", "list", "--card", "2026001") as? [[String: Any]])
        XCTAssertEqual(usage.map { $0["quantity"] as? Int }, [1, 2])
        XCTAssertEqual(usage.map { $0["location"] as? String }, ["remote", "onsite"])
        let reader = try XCTUnwrap(h.json("reader", "show", "2026001") as? [String: Any])
        let use = try XCTUnwrap((reader["use"] as? [[String: Any]])?.first)
        XCTAssertEqual(use["total"] as? Int, 3)
        XCTAssertEqual((use["monthly"] as? [Int])?.suffix(2), [2, 1], "September and October in the library's time zone")
        XCTAssertEqual(try h.stats(), ["readers": 3, "staff": 3, "services": 2, "usage_events": 2, "contacts": 1, "tickets": 0])
    }
}
