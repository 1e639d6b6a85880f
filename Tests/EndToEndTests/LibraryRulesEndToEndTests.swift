import Foundation
import XCTest

/// Settings checked against the library, the outreach file per channel, and the lifecycle that
/// follows use — through the built binary.
final class LibraryRulesEndToEndTests: XCTestCase {
    func testSettingsAreCheckedAgainstTheLibrary() throws {
        let h = try Harness()
        try h.library()  // services NOV and LOAN
        try h.refused("settings", "set", "matrix.remind.services", "thesis=DOCDEL", mentioning: "DOCDEL")
        try h.refused("settings", "set", "pyramid.vip.percent", "6", mentioning: "vip ≤ key ≤ mid")
        try h.refused("settings", "set", "pyramid.mid.percent", "120", mentioning: "100")
        try h.refused("settings", "set", "score.weight.value", "--", "-1", mentioning: "score.weight.value")
        try h.refused("settings", "set", "sla.none.kinds", "praise,rant", mentioning: "rant")
        XCTAssertEqual(
            try h.ok("settings", "set", "matrix.remind.services", "thesis=NOV,LOAN"), "matrix.remind.services = thesis=NOV,LOAN\n")
        let all = try XCTUnwrap(h.json("settings", "list") as? [String: String])
        XCTAssertEqual(all["pyramid.vip.percent"], "1")
        XCTAssertEqual(all["lifecycle.active.uses"], "3")
        XCTAssertEqual(all["lifecycle.lapsed.days"], "180")
    }

    func testTheDefaultLifeStageSuggestionsNameNoMissingService() throws {
        let h = try Harness()
        try h.library()
        XCTAssertEqual(try h.ok("settings", "get", "matrix.remind.services"), "\n", "none of the default codes exists here")
    }

    func testAPhoneOutreachWritesThePhoneNumbersAndAnEmailOneTheEmails() throws {
        let h = try Harness()
        try h.library()
        try h.ok("reader", "update", "2026001", "--consent", "email,phone")
        try h.ok(
            "outreach", "new", "--title", "Call about the new database", "--cards", try cards(h, ["2026001"]),
            "--channel", "phone", "--out", "calls.csv", as: "lin")
        try h.ok(
            "outreach", "new", "--title", "Mail about the new database", "--cards", try cards(h, ["2026001"]),
            "--channel", "email", "--out", "mails.csv", as: "lin")
        let calls = try String(contentsOf: h.dir.appendingPathComponent("calls.csv"), encoding: .utf8)
        let mails = try String(contentsOf: h.dir.appendingPathComponent("mails.csv"), encoding: .utf8)
        XCTAssertEqual(calls, "card,name,phone,dept,subject\r\n2026001,张三丰,138-0013-8000,Physics,\r\n")
        XCTAssertEqual(mails, "card,name,email,dept,subject\r\n2026001,张三丰,zsf@wudang.edu.cn,Physics,\r\n")
    }

    func cards(_ h: Harness, _ list: [String]) throws -> String {
        let url = h.dir.appendingPathComponent("cards-\(UUID().uuidString).txt")
        try (list.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testTheLifecycleFollowsUse() throws {
        let h = try Harness()  // now 2026-10-05
        try h.library()
        func stage(_ card: String) throws -> String? { (try h.json("reader", "show", card) as? [String: Any])?["lifecycle"] as? String }
        XCTAssertEqual(try stage("2026001"), "acquired")
        for day in ["01", "02", "03"] {
            try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-\(day)T10:00:00+08:00")
        }
        XCTAssertEqual(try stage("2026001"), "active", "three uses")
        let csv = h.dir.appendingPathComponent("u.csv")
        try "card,service,at\n2026002,LOAN,2026-09-01\n2026002,LOAN,2026-09-02\n2026002,LOAN,2026-09-03\n".write(
            to: csv, atomically: true, encoding: .utf8)
        try h.ok("import", "usage", csv.path, "--format", "csv")
        XCTAssertEqual(try stage("2026002"), "active", "an import advances its readers too")
    }
}
