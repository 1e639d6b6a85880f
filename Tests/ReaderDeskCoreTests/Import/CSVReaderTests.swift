import XCTest

@testable import ReaderDeskCore

final class CSVReaderTests: XCTestCase {
    func records(_ text: String, separator: Character = ",") throws -> [(Int, [String])] {
        var reader = CSVReader(bytes: Array(text), file: "t.csv", separator: separator.asciiValue!)
        var out: [(Int, [String])] = []
        while let record = try reader.next() { out.append((record.line, record.fields)) }
        return out
    }

    func testQuotedFieldsLineEndsAndLineNumbers() throws {
        let rows = try records("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\n3,,\r4,5,6")
        XCTAssertEqual(rows.map(\.0), [1, 2, 5, 6])
        XCTAssertEqual(rows[1].1, ["x,1", "say \"hi\"", "two\r\nlines"])
        XCTAssertEqual(rows[2].1, ["3", "", ""])
        XCTAssertEqual(rows[3].1, ["4", "5", "6"])
    }

    func testOtherSeparatorAndBOM() throws {
        var reader = CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("card;name\n"), separator: UInt8(ascii: ";"))
        XCTAssertEqual(try reader.next()?.fields, ["card", "name"])
        XCTAssertNil(try reader.next())
    }

    func testUnterminatedQuoteNamesTheLineItOpened() {
        XCTAssertThrowsError(try records("a\n1,\"open\n\n")) {
            XCTAssertEqual("\($0)", "t.csv:2: unterminated quoted field 2 (quote opened here)")
        }
    }

    func testStrayQuoteAndTextAfterClosingQuote() {
        XCTAssertThrowsError(try records("a,b\n1,x\"y\n")) { XCTAssertTrue("\($0)".hasPrefix("t.csv:2: stray quote")) }
        XCTAssertThrowsError(try records("\"a\"b\n")) { XCTAssertTrue("\($0)".contains("after the closing quote")) }
    }

    func testFieldTooLong() {
        var reader = CSVReader(bytes: Array("a\n" + String(repeating: "x", count: 20) + "\n"), maxFieldBytes: 10)
        XCTAssertNoThrow(try reader.next())
        XCTAssertThrowsError(try reader.next()) { XCTAssertTrue("\($0)".contains("too long")) }
    }

    func testHeaderMatchesByTrimmedCaseInsensitiveName() throws {
        var reader = CSVReader(bytes: Array(" Card , NAME,Email\n"), file: "r.csv")
        let header = try reader.header()
        XCTAssertEqual(header.index(of: "card"), 0)
        XCTAssertEqual(header.index(of: "email"), 2)
        XCTAssertThrowsError(try header.require(["card", "name", "type", "tier"])) {
            XCTAssertEqual("\($0)", "r.csv:1: missing required columns type, tier")
        }
    }

    func testControlCharacterFieldIsFound() throws {
        var reader = CSVReader(bytes: Array("ok,\"bell\u{07}\",x\n"))
        XCTAssertEqual(try reader.next()?.firstFieldWithControlCharacter(), 1)
        var clean = CSVReader(bytes: Array("张三丰,é\n"))
        XCTAssertNil(try clean.next()?.firstFieldWithControlCharacter())
    }

    /// 200,000 usage rows must parse quickly even in a debug build; the release
    /// build reads 5,000,000 rows in about a second.
    func testLargeUsageFileIsQuick() throws {
        var text = "card,service,at,quantity,location\n"
        for i in 0..<200_000 { text += "2026\(i),db-cnki,2026-03-01T09:00:00+08:00,1,onsite\n" }
        let bytes = Array(text)
        let start = Date()
        var reader = CSVReader(bytes: bytes)
        var count = 0, total = 0
        while let record = try reader.next() { count += 1; total += record.withFieldBytes(1) { $0.count } }
        XCTAssertEqual(count, 200_001)
        XCTAssertEqual(total, 7 + 200_000 * 7)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }
}
