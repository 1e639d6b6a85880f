import XCTest

@testable import ReaderDeskCore

final class ReaderRowTests: XCTestCase {
    func testColumnsInAnyOrderWithExtras() throws {
        let text = "Name,card,type,tier,birthday,Dept,locker\n张三丰,2026001,Faculty,vip,1960-02-29,物理系,B12\n"
        let result = try ReaderCSVParser.parse(Array(text), file: "r.csv")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(
            result.rows,
            [
                ReaderRow(
                    card: "2026001", name: "张三丰", type: .faculty, cardType: .vip,
                    dept: "物理系", birthday: "1960-02-29", extra: ["locker": "B12"], line: 2)
            ])
    }

    func testRowErrorsCarryLinesAndTheOtherRowsStillRead() throws {
        let text = """
            card,name,type,tier,birthday
            1,A,student,,
            2,,,,
            3,C,,gold,
            4,D,,,1999-02-30
            5,E,,,
            6,"F\u{1B}[31m",,,
            """
        let result = try ReaderCSVParser.parse(Array(text), file: "r.csv")
        XCTAssertEqual(result.rows.map(\.card), ["5"])
        XCTAssertEqual(
            result.errors.map(\.description),
            [
                "r.csv:2: unknown reader type \"student\" (expected faculty|researcher|postgraduate|undergraduate|staff|external|alumni)",
                "r.csv:3: name is empty for card \"2\"",
                "r.csv:4: unknown card type \"gold\" (expected regular|student|senior|vip)",
                "r.csv:5: birthday \"1999-02-30\" is not a date YYYY-MM-DD",
                "r.csv:7: column name holds a control character",
            ])
    }

    func testMissingRequiredColumn() {
        XCTAssertThrowsError(try ReaderCSVParser.parse(Array("card,email\n1,a@b\n"), file: "r.csv")) {
            XCTAssertEqual("\($0)", "r.csv:1: missing required column name")
        }
    }
}

final class UsageRowTests: XCTestCase {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func testTimesDefaultsAndLocations() throws {
        let text = """
            location,card,service,at,quantity
            ,1,db-cnki,2026-03-01T09:30:00+08:00,
            campus,1,db-cnki,2026-03-01 09:30,3
            Remote,1,novelty,2026-03-01,1
            ,1,db-wos,2026-03-01T01:30:00.250Z,
            """
        let result = try UsageCSVParser.parse(Array(text), file: "u.csv", timeZone: shanghai)
        XCTAssertEqual(result.errors, [])
        let nineThirty: Int64 = 1_772_328_600  // 2026-03-01T01:30:00Z
        XCTAssertEqual(
            result.rows,
            [
                UsageRow(card: "1", service: "db-cnki", at: nineThirty, line: 2),
                UsageRow(card: "1", service: "db-cnki", at: nineThirty, quantity: 3, location: .campus, line: 3),
                UsageRow(card: "1", service: "novelty", at: nineThirty - 9 * 3600 - 1800, location: .remote, line: 4),
                UsageRow(card: "1", service: "db-wos", at: nineThirty, line: 5),
            ])
    }

    func testLocalTimeFollowsDaylightSaving() {
        var berlin = LocalZone(TimeZone(identifier: "Europe/Berlin")!)
        XCTAssertEqual(ImportTime.epochSeconds("2026-01-15T12:00:00", in: &berlin), 1_768_474_800)
        XCTAssertEqual(ImportTime.epochSeconds("2026-07-15T12:00:00", in: &berlin), 1_784_109_600)
        XCTAssertEqual(ImportTime.epochSeconds("2026-07-15T12:00:00-0230", in: &berlin), 1_784_125_800)
    }

    func testBadValuesAreRowErrors() throws {
        let text =
            "card,service,at,quantity,location\n1,s,2026-13-01,,\n1,s,2026-03-01,0,\n1,s,2026-03-01,2,moon\n,s,2026-03-01,,\n1,s,2026-03-01T25:00,,\n"
        let result = try UsageCSVParser.parse(Array(text), file: "u.csv", timeZone: shanghai)
        XCTAssertEqual(result.rows, [])
        XCTAssertEqual(result.errors.map { $0.line }, [2, 3, 4, 5, 6])
        XCTAssertEqual(result.errors[1].message, "quantity \"0\" is not a positive whole number")
    }
}
