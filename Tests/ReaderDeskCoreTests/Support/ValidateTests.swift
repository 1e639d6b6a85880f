import Foundation
import XCTest

@testable import ReaderDeskCore

final class ValidateTests: XCTestCase {
    func testControlCharactersAreRejected() {
        for bad in ["a\u{1B}[31mred", "nul\u{0}", "bell\u{07}", "del\u{7F}", "c1\u{85}", "csi\u{9B}2J", "cr\r"] {
            XCTAssertRefused(.invalidInput, try Validate.text(bad, "field"), bad.debugDescription)
            XCTAssertRefused(.invalidInput, try Validate.line(bad, "field"), bad.debugDescription)
        }
        XCTAssertNoThrow(try Validate.text("two\nlines\tand a tab", "field"))
        XCTAssertRefused(.invalidInput, try Validate.line("two\nlines", "field"))
        XCTAssertRefused(.invalidInput, try Validate.line("a\ttab", "field"))
        XCTAssertNoThrow(try Validate.line("张三丰 — Zoë", "field"))
        XCTAssertRefused(.invalidInput, try Validate.text("", "field", required: true))
        XCTAssertRefused(.invalidInput, try Validate.text(String(repeating: "x", count: 10_001), "field"))
    }

    /// The byte-level check agrees with the rule as said of Unicode scalars, in every position.
    func testControlCharactersReadFromBytesAreTheScalarRule() {
        for value in Array(0...0x2FF) + [0x3000, 0x4E07, 0x1F600] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let control = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            for text in [String(scalar), "张\(scalar)x", "a\u{C2}\(scalar)"] {
                XCTAssertEqual(Validate.hasControlCharacter(text), control, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    func testCodesLoginsEmailsPhones() {
        XCTAssertNoThrow(try Validate.code("Zoë-张三_09.x:Y", "card"), "letters of any script")
        XCTAssertRefused(.invalidInput, try Validate.code("a!", "card"))
        XCTAssertRefused(.invalidInput, try Validate.code(String(repeating: "张", count: 65), "card"))
        XCTAssertNoThrow(try Validate.code("2026-001/A", "card"))
        XCTAssertRefused(.invalidInput, try Validate.code("", "card"))
        XCTAssertRefused(.invalidInput, try Validate.code("a b", "card"))
        XCTAssertRefused(.invalidInput, try Validate.code(String(repeating: "1", count: 65), "card"))
        XCTAssertNoThrow(try Validate.login("li.wei@lib"))
        XCTAssertRefused(.invalidInput, try Validate.login("li wei"))
        XCTAssertRefused(.invalidInput, try Validate.login("张"))
        XCTAssertNoThrow(try Validate.email("a.b@c.edu.cn"))
        for bad in ["a", "a@b", "@b.cn", "a@@b.cn", "a b@c.cn", "a@b.cn\u{1B}"] {
            XCTAssertRefused(.invalidInput, try Validate.email(bad), bad)
        }
        XCTAssertNoThrow(try Validate.phone("+86 (10) 6275-1234 x12"))
        XCTAssertRefused(.invalidInput, try Validate.phone("13800abc"))
        XCTAssertRefused(.invalidInput, try Validate.range(0, "--cell", 1...6))
        XCTAssertNoThrow(try Validate.range(nil, "--cell", 1...6))
    }

    func testControlCharactersInAReaderAreRefusedAndChangeNothing() throws {
        let f = try Fixture()
        var fields = ReaderFields(); fields.name = "Evil\u{1B}]0;pwned\u{07}"
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addReader(f.admin, card: "1", fields: fields))
        fields.name = "Fine"; fields.dept = "Ph\u{9B}ysics"
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addReader(f.admin, card: "1", fields: fields))
    }

    func testDatesAndInstants() throws {
        let cal = Fixture.shanghai
        XCTAssertEqual(try cal.normaliseDay("2024-02-29"), "2024-02-29")
        XCTAssertRefused(.invalidInput, try cal.normaliseDay("2025-02-29"))
        XCTAssertEqual(try cal.parseInstant("2026-10-05T10:00:00+08:00"), Fixture.now)
        XCTAssertEqual(try cal.parseInstant("2026-10-05T02:00:00Z"), Fixture.now)
        XCTAssertEqual(try cal.parseInstant("2026-10-05T10:00:00"), Fixture.now, "no offset: local time")
        XCTAssertEqual(try cal.parseInstant("2026-10-05 10:00"), Fixture.now)
        XCTAssertEqual(try cal.parseInstant("2026-10-05"), Fixture.now - 10 * 3600, "a date alone is local midnight")
        XCTAssertRefused(.invalidInput, try cal.parseInstant("yesterday"))
        XCTAssertEqual(cal.dayString(Fixture.now), "2026-10-05")
        XCTAssertEqual(cal.timestamp(Fixture.now), "2026-10-05T10:00:00+08:00")
        XCTAssertEqual(try Environment.now(["READERDESK_NOW": "2026-10-05T02:00:00Z"]), Fixture.now)
        XCTAssertRefused(.invalidInput, try Environment.now(["READERDESK_NOW": "soon"]))
    }

    func testDatabaseLocation() throws {
        let env = ["HOME": "/users/u", "READERDESK_CONFIG": "/nonexistent/config"]
        XCTAssertEqual(
            try DatabaseLocation.resolve(explicit: "/a.sqlite", environment: env.merging(["READERDESK_DB": "/b.sqlite"]) { $1 }),
            "/a.sqlite")
        XCTAssertEqual(
            try DatabaseLocation.resolve(explicit: nil, environment: env.merging(["READERDESK_DB": "~/b.sqlite"]) { $1 }),
            "/users/u/b.sqlite")
        XCTAssertEqual(try DatabaseLocation.resolve(explicit: nil, environment: env), "/users/u/.local/share/readerdesk/readerdesk.sqlite")
        XCTAssertEqual(
            try DatabaseLocation.resolve(explicit: nil, environment: env.merging(["XDG_DATA_HOME": "/x"]) { $1 }),
            "/x/readerdesk/readerdesk.sqlite")
        let c = try ConfigFile.parse("# comment\ndatabase = \"/srv/rd.sqlite\"\ntheme=dark\n[keys]\nquit = [\"q\"]\n", path: "cfg")
        XCTAssertNil(c.values["quit"], "the app's [keys] table is not a top-level setting")
        XCTAssertEqual(c.database, "/srv/rd.sqlite")
        XCTAssertEqual(c.theme, "dark")
        XCTAssertRefused(.invalidInput, try ConfigFile.parse("oops\n", path: "cfg"))
    }

    func testInitMayCreateTheDefaultDirectoryOnly() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rd-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let dataDir = home.appendingPathComponent(".local/share/readerdesk").path
        for unsetOrEmpty in [["HOME": home.path], ["HOME": home.path, "READERDESK_DB": ""]] {
            let path = DatabaseLocation.defaultPath(unsetOrEmpty)
            try DatabaseLocation.makeDefaultDirectory(for: path, explicit: nil, environment: unsetOrEmpty)
            XCTAssertTrue(FileManager.default.fileExists(atPath: dataDir), "\(unsetOrEmpty)")
            try FileManager.default.removeItem(atPath: dataDir)
        }
        let named = home.appendingPathComponent("typo/db.sqlite").path
        try DatabaseLocation.makeDefaultDirectory(for: named, explicit: named, environment: ["HOME": home.path])
        try DatabaseLocation.makeDefaultDirectory(for: named, explicit: nil, environment: ["HOME": home.path, "READERDESK_DB": named])
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent("typo").path))
    }

    func testLoginCheck() {
        XCTAssertNoThrow(try Identity.checkLogin("alice"))
        XCTAssertRefused(.invalidInput, try Identity.checkLogin("bad login"))
        XCTAssertRefused(.invalidInput, try Identity.checkLogin(""))
    }
}
