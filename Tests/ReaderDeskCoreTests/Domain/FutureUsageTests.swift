import GRDB
import XCTest

@testable import ReaderDeskCore

/// Use dated in the future (beyond a few minutes of clock drift) is a mistake and is refused.
final class FutureUsageTests: XCTestCase {
    func testUsageAddRefusesATimeInTheFutureButAllowsClockDrift() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        try f.db.addUsage(f.frontDesk, card: "2026001", service: "NOV", at: Fixture.now + LibraryCalendar.futureLeeway)
        try XCTAssertRefusedUnchanged(
            f, .invalidInput,
            try f.db.addUsage(
                f.frontDesk, card: "2026001", service: "NOV",
                at: Fixture.now + LibraryCalendar.futureLeeway + 1))
        do {
            try f.db.addUsage(f.frontDesk, card: "2026001", service: "NOV", at: Fixture.now + 86_400)
            XCTFail("a use tomorrow was accepted")
        } catch let e as ReaderDeskError {
            XCTAssertEqual(e.message, "use at 2026-10-06T10:00:00+08:00 is in the future (now 2026-10-05T10:00:00+08:00): check the date")
        }
    }

    func testACSVImportRefusesAFutureRowByItsLineOrSkipsIt() throws {
        let lib = try TransferLibrary()  // now is 2026-09-21
        _ = try lib.readers("card,name\n1,A\n")
        let before = try lib.fingerprint()
        let text = "card,service,at\n1,db-cnki,2026-03-01\n1,db-cnki,2027-01-01\n"
        XCTAssertThrowsImportError(
            try lib.usage(text),
            "u.csv:3: use at 2027-01-01T00:00:00+08:00 is in the future (now 2026-09-21T22:13:20+08:00): check the date")
        XCTAssertEqual(try lib.fingerprint(), before)
        let s = try lib.usage(text, skipInvalid: true)
        XCTAssertEqual([s.added, s.invalidCount], [1, 1])
    }

    func testAnEZproxyImportRefusesAFutureRequestByItsLine() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        func line(_ day: String) -> String {
            "10.1.2.3 - 1 [\(day):09:00:00 +0800] \"GET http://kns.cnki.net/a HTTP/1.1\" 200 100\n"
        }
        let log = Array((line("01/Mar/2026") + line("01/Mar/2027")).utf8)
        XCTAssertThrowsImportError(
            try lib.importer.usage(log, format: .ezproxy(EZproxyOptions()), options: ImportOptions(file: "ez.log")),
            "ez.log:2: use at 2027-03-01T09:00:00+08:00 is in the future (now 2026-09-21T22:13:20+08:00): check the date")
        XCTAssertEqual(try lib.count("usage"), 0)
        let s = try lib.importer.usage(log, format: .ezproxy(EZproxyOptions()), options: ImportOptions(file: "ez.log", skipInvalid: true))
        XCTAssertEqual([s.added, s.invalidCount], [1, 1])
    }
}
