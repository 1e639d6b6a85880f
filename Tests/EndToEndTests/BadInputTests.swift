import Foundation
import XCTest

final class BadInputTests: XCTestCase {
    func testBadInputGetsOneLineAndChangesNothing() throws {
        let h = try Harness()
        try h.library()
        try h.ok("ticket", "new", "--kind", "question", "--subject", "hours?")
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV")
        try h.ok("contact", "log", "--card", "2026001", "--channel", "phone", "--summary", "hello")

        // Unknown card.
        try h.refused("contact", "log", "--card", "9999", "--channel", "phone", "--summary", "x", mentioning: "9999")
        try h.refused("usage", "add", "--card", "9999", "--service", "NOV", mentioning: "9999")
        try h.refused("reader", "show", "9999", mentioning: "9999")
        try h.refused("reader", "update", "9999", "--tier", "vip", mentioning: "9999")
        try h.refused("reader", "list", "--tier", "vip", "--card-type", "student", mentioning: "--card-type")
        try h.refused("reader", "list", "--value-tier", "gold", mentioning: "value tier")
        try h.refused("ticket", "new", "--kind", "complaint", "--subject", "x", "--card", "9999", mentioning: "9999")
        try h.refused("contact", "list", "--card", "9999", mentioning: "9999")
        // Duplicate card.
        try h.refused("reader", "add", "--card", "2026001", "--name", "Someone", mentioning: "2026001")
        // Cell and READ level out of range.
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--cell", "7", "--summary", "x", mentioning: "cell")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--cell", "0", "--summary", "x", mentioning: "cell")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--read", "0", "--summary", "x", mentioning: "read")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--read", "7", "--summary", "x", mentioning: "read")
        // Malformed dates.
        try h.refused(
            "contact", "log", "--card", "2026001", "--channel", "phone", "--summary", "x", "--follow-up", "2026-02-30",
            mentioning: "2026-02-30")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--summary", "x", "--follow-up", "next week")
        try h.refused("reader", "add", "--card", "2026009", "--name", "X", "--birthday", "1990-13-01", mentioning: "1990-13-01")
        try h.refused("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "yesterday-ish", mentioning: "yesterday-ish")
        try h.refused("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-06T10:00:00+08:00", mentioning: "future")
        // Unknown logins: as the acting user, and as a staff member named.
        try h.refused("reader", "add", "--card", "2026010", "--name", "X", as: "mallory", mentioning: "mallory")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--summary", "x", as: "mallory", mentioning: "mallory")
        try h.refused("ticket", "assign", "1", "nobody", mentioning: "nobody")
        try h.refused("reader", "update", "2026001", "--librarian", "nobody", mentioning: "nobody")
        // Other bad values.
        try h.refused("reader", "add", "--card", "2026011", "--name", "", mentioning: "name")
        try h.refused("reader", "add", "--card", "2026011", "--name", "X", "--email", "not-an-email")
        try h.refused("reader", "add", "--card", "2026011", "--name", "X", "--phone", "call me")
        try h.refused("reader", "add", "--card", "2026011", "--name", "X", "--type", "wizard", mentioning: "wizard")
        try h.refused("reader", "add", "--card", "2026011", "--name", "Evil\u{1B}[2J")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "pigeon", "--summary", "x", mentioning: "pigeon")
        try h.refused("usage", "add", "--card", "2026001", "--service", "NOPE", mentioning: "NOPE")
        try h.refused("usage", "add", "--card", "2026001", "--service", "NOV", "--quantity", "0")
        try h.refused("ticket", "new", "--kind", "rant", "--subject", "x", mentioning: "rant")
        try h.refused("ticket", "new", "--kind", "complaint", "--subject", "x", "--priority", "asap", mentioning: "asap")
        try h.refused("ticket", "resolve", "1", "--satisfaction", "6")
        try h.refused("ticket", "show", "42", mentioning: "42")
        try h.refused("staff", "add", "lin", "--name", "Again", "--role", "librarian", mentioning: "lin")
        try h.refused("service", "add", "NOV", "--name", "Again", "--class", "basic", "--value", "1", mentioning: "NOV")
    }

    func testNonStaffAndRolesAreRefused() throws {
        let h = try Harness()
        try h.library()
        // A login that is not staff may not write (nor read).
        try h.refused("ticket", "new", "--kind", "complaint", "--subject", "x", as: "mallory", mentioning: "staff")
        try h.refused("usage", "add", "--card", "2026001", "--service", "NOV", as: "mallory")
        try h.refused("stats", as: "mallory")
        // Only administrators manage staff, services and settings.
        for login in ["lin", "fred"] {
            try h.refused("staff", "add", "eve", "--name", "Eve", "--role", "admin", as: login, mentioning: "administrators")
            try h.refused("service", "add", "X", "--name", "X", "--class", "basic", "--value", "1", as: login, mentioning: "administrators")
        }
        // The front desk keeps the original record but not the analysis.
        try h.refused("reader", "update", "2026001", "--attitude", "grumpy", as: "fred", mentioning: "librarians")
        try h.ok("reader", "update", "2026001", "--attitude", "pleased", as: "lin")
        let forDesk = try XCTUnwrap(h.json("reader", "show", "2026001", as: "fred") as? [String: Any])
        XCTAssertNil(forDesk["attitude"])
        let forLibrarian = try XCTUnwrap(h.json("reader", "show", "2026001", as: "lin") as? [String: Any])
        XCTAssertEqual(forLibrarian["attitude"] as? String, "pleased")
        let searched = try XCTUnwrap(h.json("reader", "search", "zsf", as: "fred") as? [[String: Any]])
        XCTAssertNil(searched.first?["attitude"])
        XCTAssertEqual(searched.first?["card"] as? String, "2026001")
    }

    func testDatabaseLocation() throws {
        let h = try Harness()
        try h.library()
        let other = h.dir.appendingPathComponent("other.sqlite").path
        // --db wins over $READERDESK_DB.
        try h.ok("--db", other, "init")
        XCTAssertEqual(try h.ok("--db", other, "stats", "--json").contains("\"readers\" : 0"), true)
        try h.ok("reader", "add", "--db", other, "--card", "X1", "--name", "Only There")
        let there = try XCTUnwrap(h.json("reader", "list", "--db", other) as? [[String: Any]])
        XCTAssertEqual(there.map { $0["card"] as? String }, ["X1"])
        XCTAssertEqual(try h.stats()["readers"], 3)

        // Without --db and $READERDESK_DB (unset, or set but empty): the XDG data directory,
        // which init may create.
        h.unset = ["READERDESK_DB"]
        XCTAssertEqual(try h.run(["init"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: h.dir.appendingPathComponent("data/readerdesk/readerdesk.sqlite").path))
        try FileManager.default.removeItem(at: h.dir.appendingPathComponent("data"))
        h.unset = []
        h.extra = ["READERDESK_DB": ""]
        try h.ok("init")
        XCTAssertTrue(FileManager.default.fileExists(atPath: h.dir.appendingPathComponent("data/readerdesk/readerdesk.sqlite").path))
        XCTAssertEqual(try h.run(["stats", "--json"]).stdout.contains("\"readers\" : 0"), true)
        // ...or the config file.
        let cfgDir = h.dir.appendingPathComponent("config/readerdesk")
        try FileManager.default.createDirectory(at: cfgDir, withIntermediateDirectories: true)
        try "database = \"\(h.dbPath)\"\n\n[keys]\nquit = [\"q\"]\n".write(
            to: cfgDir.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try h.run(["stats", "--json"]).stdout.contains("\"readers\" : 3"), true)
        h.extra = [:]
    }

    func testMissingDirectoryAndUninitialisedDatabase() throws {
        let h = try Harness()
        let missing = h.dir.appendingPathComponent("no/such/dir/db.sqlite").path
        for args in [["--db", missing, "init"], ["--db", missing, "stats"], ["--db", missing, "reader", "list"]] {
            let r = try h.run(args)
            h.checkOneLineFailure(r, args, mentioning: "no/such/dir")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.dir.appendingPathComponent("no").path), "nothing was created")
        h.extra = ["READERDESK_DB": missing]
        let viaEnv = try h.run(["stats"])
        h.checkOneLineFailure(viaEnv, ["stats"], mentioning: "does not exist")
        h.extra = [:]

        for args in [["stats"], ["reader", "list"], ["reader", "add", "--card", "1", "--name", "X"]] {
            let r = try h.run(args)
            h.checkOneLineFailure(r, args, mentioning: "init")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.dbPath), "a command other than init creates no database")
    }

    func testMalformedNowIsRefused() throws {
        let h = try Harness()
        try h.library()
        h.now = "half past ten"
        let r = try h.run(["reader", "add", "--card", "5", "--name", "X"])
        h.checkOneLineFailure(r, ["reader", "add"], mentioning: "READERDESK_NOW")
        h.now = "2026-10-05T10:00:00+08:00"
        XCTAssertEqual(try h.stats()["readers"], 3)
    }

    func testUsageErrorsAreOneLineToo() throws {
        let h = try Harness()
        try h.library()
        try h.refused("contact", "log", "--card", "2026001", "--summary", "x", mentioning: "--channel")
        try h.refused("contact", "log", "--card", "2026001", "--channel", "phone", "--cell", "seven", "--summary", "x", mentioning: "seven")
        try h.refused("reader", "add", "--card", "1", "--name", "X", "--no-such-option", mentioning: "--no-such-option")
        try h.refused("no-such-command")
        let help = try h.run(["contact", "log", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--channel"), help.stdout)
        XCTAssertEqual(help.stderr, "")
    }

    func testNoSubcommandIsAOneLineErrorForNow() throws {
        let h = try Harness()
        try h.library()
        let r = try h.run([])
        h.checkOneLineFailure(r, [])
    }
}
