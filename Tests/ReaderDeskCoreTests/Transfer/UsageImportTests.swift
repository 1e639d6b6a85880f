import GRDB
import XCTest

@testable import ReaderDeskCore

final class UsageImportTests: XCTestCase {
    func testCSVWritesEventsAndTheMonthlyRollUp() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n2,B\n")
        let s = try lib.usage(
            "card,service,at,quantity,location\n1,db-cnki,2026-03-01T09:30:00+08:00,2,\n"
                + "1,db-cnki,2026-03-02,1,remote\n2,db-sd,2026-04-01T23:00,,campus\n")
        XCTAssertEqual([s.rows, s.added], [3, 3])
        XCTAssertEqual(try lib.db.usage(card: "1").map(\.quantity), [1, 2])
        let months = try lib.db.read {
            try Row.fetchAll($0, sql: "SELECT month, quantity, events, onsite, late FROM usage_month ORDER BY month")
        }
        // 03-02 alone is local midnight, so late; 04-01T23:00 is late too.
        XCTAssertEqual(months.map { [$0[0], $0[1], $0[2], $0[3], $0[4]] as [Int] }, [[202603, 3, 2, 2, 1], [202604, 1, 1, 0, 1]])
    }

    func testUnknownCardOrServiceIsABadRowNamingItsLine() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        let before = try lib.fingerprint()
        XCTAssertThrowsImportError(
            try lib.usage("card,service,at\n1,db-cnki,2026-03-01\n9,db-cnki,2026-03-01\n"),
            "u.csv:3: unknown card \"9\": import the readers first")
        XCTAssertThrowsImportError(
            try lib.usage("card,service,at\n1,db-x,2026-03-01\n"),
            "u.csv:2: unknown service \"db-x\": 'readerdesk service list' shows the codes")
        XCTAssertEqual(try lib.fingerprint(), before)
        let s = try lib.usage("card,service,at\n1,db-cnki,2026-03-01\n9,db-cnki,2026-03-01\n1,db-cnki,soon\n", skipInvalid: true)
        XCTAssertEqual(s.added, 1)
        XCTAssertEqual(s.invalidCount, 2)
    }

    func testDryRunChangesNothing() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        let before = try lib.fingerprint()
        XCTAssertEqual(try lib.usage("card,service,at\n1,db-cnki,2026-03-01\n", dryRun: true).added, 1)
        XCTAssertEqual(try lib.fingerprint(), before)
    }

    func testAFrontDeskClerkMayImportUsageButNotExportPersonalData() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        XCTAssertNoThrow(try lib.usage("card,service,at\n1,db-cnki,2026-03-01\n"))
        XCTAssertThrowsError(try Exporter(lib.db, actor: lib.clerk).export(.readers, format: .csv, includePersonalData: true) { _ in })
    }

    func ezproxy(
        _ lib: TransferLibrary, _ bytes: [UInt8], _ options: EZproxyOptions = EZproxyOptions(),
        skipInvalid: Bool = false
    ) throws -> ImportSummary {
        try lib.importer.usage(bytes, format: .ezproxy(options), options: ImportOptions(file: "ez.log", skipInvalid: skipInvalid))
    }

    func testEZproxyFixturesAndUnknownUsers() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n2024001,Wang\n")
        let plain = try ezproxy(lib, try ImportFixtures.bytes("ezproxy/default.log"), EZproxyOptions(locations: ["10.20.0.0/16": .campus]))
        XCTAssertEqual([plain.rows, plain.added, plain.unknownCards], [8, 1, 1])
        XCTAssertEqual(plain.unknownCardSamples, ["2024002"])
        XCTAssertEqual(try lib.db.usage(card: "2024001").map(\.location), [.campus])
        XCTAssertEqual(try lib.db.setting(TransferSettings.ezproxyLocations), "10.20.0.0/16=campus")
        let custom = try ezproxy(lib, try ImportFixtures.bytes("ezproxy/custom-session-crlf.log"))
        XCTAssertEqual([custom.rows, custom.added, custom.unknownCards], [3, 0, 1])
        XCTAssertEqual(custom.unknownCardSamples, ["2024003"])
        XCTAssertEqual(try lib.count("usage"), 1)
        // The same log again adds nothing: its session is already in the library.
        let again = try ezproxy(lib, try ImportFixtures.bytes("ezproxy/default.log"))
        XCTAssertEqual([again.added, again.ezproxy?.alreadyImported], [0, 1])
        XCTAssertEqual(try lib.count("usage"), 1)
        XCTAssertEqual(try lib.db.read { try Int.fetchOne($0, sql: "SELECT sum(events) FROM usage_month") }, 1)
    }

    func testEZproxySessionsStatusesOwnPagesAndRemoteDefault() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n2,B\n")
        func line(_ ip: String, _ user: String, _ time: String, _ url: String, _ status: Int = 200) -> String {
            "\(ip) - \(user) [01/Mar/2026:\(time) +0800] \"GET \(url) HTTP/1.1\" \(status) 100\n"
        }
        let log =
            line("10.1.2.3", "1", "09:00:00", "http://kns.cnki.net:80/a") + line("10.1.2.3", "1", "09:29:00", "http://kns.cnki.net/b")
            + line("10.1.2.3", "1", "10:00:01", "http://kns.cnki.net/c")
            + line("8.8.8.8", "2", "09:00:00", "https://www.sciencedirect.com/x")
            + line("8.8.8.8", "-", "09:00:00", "http://kns.cnki.net/d") + line("8.8.8.8", "2", "09:00:00", "http://kns.cnki.net/e", 404)
            + line("8.8.8.8", "2", "09:00:00", "/login?url=http://kns.cnki.net/", 302)
            + line("8.8.8.8", "2", "09:00:00", "http://unknown.org/")
            + line("8.8.8.8", "9", "09:00:00", "http://kns.cnki.net/f")
        let s = try ezproxy(lib, Array(log.utf8), EZproxyOptions(locations: ["10.1.0.0/16": .onsite]))
        XCTAssertEqual(s.added, 3)
        XCTAssertEqual(s.unknownCards, 1)
        XCTAssertEqual(s.ezproxy.map { [$0.sessions, $0.anonymous, $0.failedStatus, $0.proxyPages] }, [4, 1, 1, 1])
        XCTAssertEqual(s.ezproxy?.unknownHosts, ["unknown.org": 1])
        XCTAssertEqual(try lib.db.usage(card: "1").map(\.location), [.onsite, .onsite])
        XCTAssertEqual(try lib.db.usage(card: "2").map(\.location), [.remote])
        let stored = try lib.db.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL") }
        XCTAssertFalse(try lib.db.read { try String.fetchAll($0, sql: "SELECT detail FROM audit") }.contains { $0.contains("10.1.2.3") })
        XCTAssertFalse(stored.contains { $0.lowercased().contains("address") && $0.contains("usage") }, "no address column for usage")
    }

    func testAnotherFormatIsRefusedNamingTheExpectedOne() throws {
        let lib = try TransferLibrary()
        XCTAssertThrowsImportError(
            try ezproxy(lib, Array("card,service,at\n1,db-cnki,2026-03-01\n".utf8)),
            "ez.log:1: not an EZproxy log in the default LogFormat %h %l %u %t \"%r\" %s %b")
    }

    func testEZproxyBadLaterLineStopsUnlessSkipped() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        let good = "1.2.3.4 - 1 [01/Mar/2026:09:00:00 +0800] \"GET http://kns.cnki.net/ HTTP/1.1\" 200 1\n"
        let log = Array((good + "garbage line\n").utf8)
        XCTAssertThrowsImportError(try ezproxy(lib, log), "ez.log:2: line does not fit LogFormat %h %l %u %t \"%r\" %s %b")
        XCTAssertEqual(try lib.count("usage"), 0)
        XCTAssertEqual(try ezproxy(lib, log, skipInvalid: true).added, 1)
    }
}

/// The file is read in stretches on another thread while the one before is written.
extension UsageImportTests {
    func testStretchesKeepTheFileOrderOfEventsBadRowsAndAFault() throws {
        let text = Array(
            "card,service,at\n1,a,2026-03-01\n9,a,2026-03-01\n1,a,2026-03-02\n1,b,2026-03-03\n1,a,2026-03-04\n1,a,\"2026\n".utf8)
        var reader = CSVReader(bytes: text, file: "u.csv")
        let parser = try UsageCSVParser(header: try reader.header(), timeZone: TimeZone(identifier: "UTC")!)
        var cursor = UsageStretch.Cursor(
            reader: reader, parser: parser, calendar: LibraryCalendar(timeZone: TimeZone(identifier: "UTC")!),
            now: TransferLibrary.now)
        var stretches: [UsageStretch] = []
        while true {
            let stretch = try UsageStretch.read(after: cursor, cards: ["1": 10], services: ["a": 20, "b": 21], rows: 2).value()
            stretches.append(stretch)
            cursor = stretch.cursor
            if stretch.isLast { break }
        }
        // Two rows a stretch, good or bad.
        XCTAssertEqual(stretches.map { $0.events.map(\.serviceId) }, [[20], [20, 21], [20]])
        XCTAssertEqual(stretches.map(\.rows), [2, 2, 1])
        XCTAssertEqual(stretches.flatMap(\.errors).map(\.description), ["u.csv:3: unknown card \"9\": import the readers first"])
        XCTAssertEqual(stretches.last?.fault?.line, 7)
    }

    func testABadRowBeforeAnUnclosedQuoteIsTheOneReported() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        XCTAssertThrowsImportError(
            try lib.usage("card,service,at\n1,db-cnki,2026-03-01\n9,db-cnki,2026-03-01\n1,db-cnki,\"2026\n"),
            "u.csv:3: unknown card \"9\": import the readers first")
    }
}
