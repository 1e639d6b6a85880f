import Foundation
import XCTest

/// The SLA clock from the command line: no due time for praise, a paused due time while a
/// ticket waits on the reader, open work listed first.
final class TicketSLAEndToEndTests: XCTestCase {
    func testNoSLAPausedClockAndOpenWorkFirst() throws {
        let h = try Harness()
        try h.library()
        try h.ok("ticket", "new", "--kind", "praise", "--subject", "Thanks!")  // 1
        try h.ok("ticket", "new", "--kind", "question", "--subject", "ILL form?")  // 2: due 10-08 10:00
        try h.ok("ticket", "new", "--kind", "fault", "--subject", "Printer", "--priority", "urgent")  // 3: due 10-05 14:00
        try h.ok("ticket", "resolve", "3")
        h.now = "2026-10-05T12:00:00+08:00"
        try h.ok("ticket", "status", "2", "waiting")

        h.now = "2026-10-07T12:00:00+08:00"  // two days waiting on the reader
        let list = try XCTUnwrap(h.json("ticket", "list") as? [[String: Any]])
        XCTAssertEqual(list.map { $0["id"] as? Int }, [1, 2, 3], "open work, then work waiting on the reader, then the resolved")
        XCTAssertTrue(list[0]["due"] is NSNull, "praise has no SLA: \(list[0])")
        XCTAssertEqual(list[1]["due"] as? String, "2026-10-10T10:00:00+08:00", "the two days waited move the due time")
        XCTAssertEqual(list[1]["paused"] as? Bool, true)
        h.extra["COLUMNS"] = "200"
        let table = try h.ok("ticket", "list")
        XCTAssertTrue(table.contains("no SLA"), table)
        XCTAssertTrue(table.contains("paused: waiting on the reader"), table)

        h.now = "2026-10-08T12:00:00+08:00"  // the reader answers a day later: three days paused in all
        try h.ok("ticket", "status", "2", "open")
        let shown = try XCTUnwrap(h.json("ticket", "show", "2") as? [String: Any])
        XCTAssertEqual(shown["due"] as? String, "2026-10-11T10:00:00+08:00")
        XCTAssertEqual(shown["paused"] as? Bool, false)
        h.now = "2026-10-11T10:30:00+08:00"
        let stats = try XCTUnwrap(h.json("ticket", "list", "--status", "open") as? [[String: Any]])
        XCTAssertEqual(stats.map { $0["id"] as? Int }, [2])
    }
}
