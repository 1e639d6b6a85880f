import Foundation
import XCTest

/// Command-line tables use the terminal's width, and a listing cut at its limit says so.
final class CommandTableTests: XCTestCase {
    let longSubject = "The reading room on the fourth floor is too cold in the evenings and the radiators make a noise"

    func testAWideTerminalShowsLongCellsWholeAndANarrowOneFitsTheLine() throws {
        let h = try Harness()
        try h.library()
        try h.ok("ticket", "new", "--kind", "complaint", "--subject", longSubject)
        h.extra["COLUMNS"] = "220"
        let wide = try h.ok("ticket", "list")
        XCTAssertTrue(wide.contains(longSubject), "no cut at 40 characters on a wide terminal:\n\(wide)")
        h.extra["COLUMNS"] = "100"
        let narrow = try h.ok("ticket", "list")
        XCTAssertTrue(narrow.contains("…"), narrow)
        for line in narrow.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 100, String(line)) }
        XCTAssertTrue(narrow.contains("2026-10-08T10:00:00+08:00"), "short columns stay whole:\n\(narrow)")
        // Not a terminal and no COLUMNS (a pipe, a script): nothing is cut.
        h.unset.insert("COLUMNS")
        h.extra["COLUMNS"] = nil
        XCTAssertTrue(try h.ok("ticket", "list").contains(longSubject))
    }

    func testACutListingSaysHowManyOfHowManyAreShown() throws {
        let h = try Harness()
        try h.library()
        let r = try h.run("reader", "list", "--limit", "2")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 3, "a header and two readers:\n\(r.stdout)")
        XCTAssertEqual(r.stderr, "2 of 3 shown; --limit N for more\n")
        XCTAssertEqual(try h.run("reader", "list", "--limit", "3").stderr, "", "nothing cut, nothing said")
        for _ in 0..<3 { try h.ok("ticket", "new", "--kind", "question", "--subject", "hours?") }
        XCTAssertEqual(try h.run("ticket", "list", "--limit", "1").stderr, "1 of 3 shown; --limit N for more\n")
        try h.ok("contact", "log", "--card", "2026001", "--channel", "phone", "--summary", "a")
        try h.ok("contact", "log", "--card", "2026001", "--channel", "phone", "--summary", "b")
        XCTAssertEqual(try h.run("contact", "list", "--limit", "1").stderr, "1 of 2 shown; --limit N for more\n")
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV")
        try h.ok("usage", "add", "--card", "2026002", "--service", "NOV")
        XCTAssertEqual(try h.run("usage", "list", "--limit", "1").stderr, "1 of 2 shown; --limit N for more\n")
    }
}
