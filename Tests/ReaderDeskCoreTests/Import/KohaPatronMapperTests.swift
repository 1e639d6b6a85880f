import XCTest

@testable import ReaderDeskCore

final class KohaPatronMapperTests: XCTestCase {
    func testOlderKohaColumnsWithUSDates() throws {
        let mapper = try KohaPatronMapper(categoryTypes: ["PT": "external"], dateFormat: .us)
        let result = try mapper.map(try ImportFixtures.bytes("koha/patrons-18.11-us-dates.csv"), file: "p.csv")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.rows.count, 2)
        XCTAssertEqual(
            result.rows.first,
            ReaderRow(
                card: "20180417", name: "Chidinma Okafor", type: .external, email: "c.okafor@example.org",
                phone: "(937) 555-0142", address: "Willow, Flat 3, Block B, Springfield, Ohio, United States",
                postcode: "45501", birthday: "1991-03-09", extra: ["branchcode": "MAIN", "categorycode": "PT"], line: 2))
        XCTAssertEqual(result.rows.last?.birthday, "1975-12-31")
    }

    func testISODateFormatRefusesTheUSDateNamingItsLine() throws {
        let mapper = try KohaPatronMapper(categoryTypes: ["PT": "external"])
        let result = try mapper.map(try ImportFixtures.bytes("koha/patrons-18.11-us-dates.csv"), file: "p.csv")
        XCTAssertEqual(
            result.errors.map(\.description),
            [
                "p.csv:2: dateofbirth \"03/09/1991\" does not fit the iso date format",
                "p.csv:3: dateofbirth \"12/31/1975\" does not fit the iso date format",
            ])
    }

    func testNewestColumnSetHeaderOnlyWithoutFinalNewline() throws {
        let mapper = try KohaPatronMapper(categoryTypes: [:])
        let result = try mapper.map(try ImportFixtures.bytes("koha/header-only-24.05.csv"))
        XCTAssertEqual(result.rows.count + result.errors.count, 0)
    }

    func testUnmappedCategoriesAreListedTogetherUnlessADefaultIsGiven() throws {
        let text =
            "cardnumber,surname,firstname,categorycode,sort1,sort2,mobile,dateofbirth\n"
            + "1,张,三丰,ST,物理系,凝聚态,139,1990-01-02\n2,Lovelace,Ada,FA,,,,\n3,Bo,,XX,,,,\n4,,Cy,ST,,,,\n"
        XCTAssertThrowsError(try KohaPatronMapper(categoryTypes: ["FA": "faculty"]).map(Array(text), file: "k.csv")) {
            XCTAssertEqual(
                "\($0)",
                "k.csv: unmapped Koha category codes \"ST\", \"XX\": "
                    + "map each to a reader type in settings, or give a default type")
        }
        let mapper = try KohaPatronMapper(categoryTypes: ["FA": "faculty", "ST": "postgraduate"], defaultType: "external")
        let rows = try mapper.map(Array(text)).rows
        XCTAssertEqual(rows.map(\.name), ["张三丰", "Ada Lovelace", "Bo", "Cy"])
        XCTAssertEqual(rows.map(\.type), [.postgraduate, .faculty, .external, .postgraduate])
        XCTAssertEqual(rows[0].dept, "物理系")
        XCTAssertEqual(rows[0].subject, "凝聚态")
        XCTAssertEqual(rows[0].phone, "139")
        XCTAssertEqual(rows[0].birthday, "1990-01-02")
    }

    func testSettingsAndDates() {
        XCTAssertThrowsError(try KohaPatronMapper(categoryTypes: ["PT": "patron"]))
        XCTAssertEqual(KohaPatronMapper.isoDate("16.10.1965", format: .eu), "1965-10-16")
        XCTAssertEqual(KohaPatronMapper.isoDate("2/3/1965", format: .us), "1965-02-03")
        XCTAssertNil(KohaPatronMapper.isoDate("02/30/1965", format: .us))
        XCTAssertNil(KohaPatronMapper.isoDate("65-10-16", format: .iso))
    }
}
