import Foundation
import GRDB
import XCTest

/// The built binary: killed imports, messages and exit codes, fixtures through the command line.
final class ImportEndToEndTests: XCTestCase {
    var rd: ReaderDeskBinary!

    override func setUpWithError() throws {
        rd = try ReaderDeskBinary()
        try rd.ok("init")
        try rd.ok("service", "add", "db-cnki", "--name", "CNKI", "--class", "premium", "--value", "3", "--hosts", "cnki.net")
        try rd.ok("staff", "add", "desk", "--name", "Desk", "--role", "front-desk")
    }

    override func tearDown() { rd.remove() }

    func counts() throws -> [Int] {
        try DatabaseQueue(path: rd.dbPath).read { db in
            try ["reader", "reader_term", "usage", "usage_month", "audit"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)")! }
        }
    }

    func testKilledImportLeavesTheDatabaseAsItWas() throws {
        var readers = "card,name\n"
        for i in 0..<2000 { readers += "\(100_000 + i),Reader \(i)\n" }
        try rd.ok("import", "readers", try rd.write("r.csv", readers))
        try rd.ok("import", "usage", try rd.write("u0.csv", "card,service,at\n100000,db-cnki,2026-03-01\n"))
        var usage = [UInt8]("card,service,at,quantity,location\n".utf8)
        for i in 0..<600_000 { usage += "\(100_000 + i % 2000),db-cnki,2026-03-01T09:\(10 + i % 50):00+08:00,1,campus\n".utf8 }
        let big = rd.path("u.csv")
        try Data(usage).write(to: URL(fileURLWithPath: big))
        let before = try counts()

        let process = rd.process(["import", "usage", big])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertTrue(process.isRunning, "the import ended before it could be killed: make the file larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)

        XCTAssertEqual(try DatabaseQueue(path: rd.dbPath).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }, ["ok"])
        XCTAssertEqual(try counts(), before)
        try rd.ok("import", "usage", try rd.write("u1.csv", "card,service,at\n100001,db-cnki,2026-03-02\n"))
    }

    func testABadRowNamesFileAndLineAndChangesNothing() throws {
        let file = try rd.write("bad.csv", "card,name,email\n1,A,a@x.cn\n2,B,not-an-email\n")
        let before = try counts()
        let result = try rd.run("import", "readers", file)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.err, "readerdesk: \(file):3: 'not-an-email' is not an email address\n")
        XCTAssertEqual(try counts(), before)
        let skipped = try rd.run("import", "readers", file, "--skip-invalid")
        XCTAssertEqual(skipped.status, 0)
        XCTAssertEqual(skipped.err, "skipped \(file):3: 'not-an-email' is not an email address\n")
    }

    func testFixturesThroughTheCommandLineWithoutProgressOffATerminal() throws {
        let f = ReaderDeskBinary.fixtures.path
        let koha = try rd.run(
            "import", "readers", "\(f)/koha/patrons-18.11-us-dates.csv", "--format", "koha",
            "--category-map", "PT=faculty", "--date-format", "us")
        XCTAssertEqual(koha.status, 0, koha.err)
        XCTAssertEqual(koha.err, "", "no progress bar when stderr is not a terminal")
        let counter = try rd.run("import", "counter", "\(f)/counter/DR_D1-5.1.tsv", "--json")
        XCTAssertEqual(counter.status, 0, counter.err)
        let json = try JSONSerialization.jsonObject(with: Data(counter.out.utf8)) as? [String: Any]
        XCTAssertEqual(json?["report"] as? String, "DR_D1")
        XCTAssertEqual(json?["release"] as? String, "5.1")
        XCTAssertEqual(json?["rows"] as? Int, 12)
        XCTAssertEqual((json?["period"] as? [String: String])?["from"], "2022-01-01")
        XCTAssertEqual((json?["metrics"] as? [String])?.count, 4)
        try rd.ok(
            "service", "add", "db-sd", "--name", "ScienceDirect", "--class", "standard", "--value", "2", "--hosts", "sciencedirect.com")
        let ez = try rd.run("import", "usage", "\(f)/ezproxy/default.log", "--format", "ezproxy")
        XCTAssertEqual(ez.status, 0, ez.err)
        XCTAssertTrue(ez.out.contains("2 proxy pages"), ez.out)
        XCTAssertTrue(ez.out.contains("2 unknown cards"), ez.out)
        let wrong = try rd.run("import", "usage", "\(f)/koha/patrons-18.11-us-dates.csv", "--format", "ezproxy")
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.err.contains("not an EZproxy log in the default LogFormat %h %l %u %t \"%r\" %s %b"), wrong.err)
    }

    func testExportsPersonalDataOnlyForAdministratorsAndThePyramid() throws {
        try rd.ok("import", "readers", try rd.write("r.csv", "card,name,email\n1,A,a@x.cn\n"))
        let refused = try rd.run("export", "readers", "--include-pii", user: "desk")
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("only administrators may export personal data"), refused.err)
        let out = rd.path("readers.csv")
        try rd.ok("export", "readers", "--include-pii", "--output", out)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains("a@x.cn"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int, 0o600)
        let pyramid = try rd.run("export", "pyramid", "--period", "2026", "--format", "json")
        XCTAssertEqual(pyramid.status, 0, pyramid.err)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(pyramid.out.utf8)) as? [Any])
    }

    /// An export killed outright leaves its half file; the next export beside it removes it
    /// (it may hold personal data), but not one whose process still runs.
    func testALeftoverPartialExportOfAKilledProcessIsRemoved() throws {
        try rd.ok("import", "readers", try rd.write("r.csv", "card,name,email\n1,A,a@x.cn\n"))
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let out = rd.path("readers.csv")
        let stale = out + ".partial-\(gone.processIdentifier)", live = out + ".partial-\(getpid())"
        for file in [stale, live] { try "a@x.cn".write(toFile: file, atomically: false, encoding: .utf8) }
        try rd.ok("export", "readers", "--include-pii", "--output", out)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertTrue(FileManager.default.fileExists(atPath: live))
        try FileManager.default.removeItem(atPath: live)
    }

    /// A user name in a proxy log is the file's, not ours: its terminal escapes never reach the screen.
    func testImportSummaryQuotesNoRawEscapes() throws {
        try rd.ok(
            "service", "add", "db-sd", "--name", "ScienceDirect", "--class", "standard", "--value", "2", "--hosts", "sciencedirect.com")
        let log = try rd.write(
            "evil.log",
            "10.0.0.1 - \u{1B}]0;pwned\u{07}\u{1B}[2J [01/Oct/2026:10:00:00 +0800] \"GET http://www.sciencedirect.com/x HTTP/1.1\" 200 1234\n"
        )
        let r = try rd.run("import", "usage", log, "--format", "ezproxy")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("unknown card"), r.out)
        XCTAssertFalse(r.out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, r.out.debugDescription)
    }
}
