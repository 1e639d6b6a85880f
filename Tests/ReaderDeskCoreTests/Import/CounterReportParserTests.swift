import XCTest

@testable import ReaderDeskCore

final class CounterReportParserTests: XCTestCase {
    func testRelease51DatabaseReport() throws {
        let report = try CounterReportParser.parse(try ImportFixtures.bytes("counter/DR_D1-5.1.tsv"))
        XCTAssertEqual(report.reportID, "DR_D1")
        XCTAssertEqual(report.reportName, "Database Search and Item Usage")
        XCTAssertEqual(report.release, "5.1")
        XCTAssertEqual(report.periodBegin, "2022-01-01")
        XCTAssertEqual(report.periodEnd, "2022-12-31")
        XCTAssertEqual(report.itemColumn, "Database")
        XCTAssertEqual(
            report.metrics,
            [
                "Searches_Regular", "Total_Item_Investigations", "Total_Item_Requests",
                "Unique_Item_Requests",
            ])
        // 13 padded header rows and a separator of tabs only: the columns are row 15, the data starts on 16.
        XCTAssertEqual(
            report.rows.first,
            CounterRow(
                name: "ScienceDirect", platform: "ScienceDirect",
                metricType: "Searches_Regular", month: "2022-01",
                count: 1000, line: 16))
        XCTAssertEqual(report.rows.count, 12 * 12)
        XCTAssertEqual(Set(report.rows.map(\.month)).count, 12)
        // Months add up to the report's own Reporting_Period_Total (14620 for the first row).
        XCTAssertEqual(report.rows.filter { $0.line == 16 }.map(\.count).reduce(0, +), 14_620)
    }

    func testRelease50TitleReport() throws {
        let report = try CounterReportParser.parse(try ImportFixtures.bytes("counter/TR_J1-5.0.tsv"))
        XCTAssertEqual(report.reportID, "TR_J1")
        XCTAssertEqual(report.release, "5")
        XCTAssertEqual(report.itemColumn, "Title")
        XCTAssertEqual(report.periodEnd, "2022-03-31")
        XCTAssertEqual(report.metrics, ["Total_Item_Requests", "Unique_Item_Requests"])
        XCTAssertEqual(report.rows[0..<3].map(\.count), [130, 150, 130])
        XCTAssertEqual(report.rows[0].name, "Acta Physica Sinica")
        XCTAssertEqual(report.rows[0].platform, "CNKI")
        // 12 unpadded header rows (two with no tab at all) and a truly empty line: data from row 15.
        XCTAssertEqual(report.rows[0].line, 15)
        XCTAssertEqual(report.rows.last?.month, "2022-03")
    }

    func testCommaSeparatedWithNumericMonths() throws {
        let text = """
            Report_Name,Platform Master Report
            Report_ID,PR
            Release,5
            Reporting_Period,"Begin_Date=2023-01-01; End_Date=2023-02-28"

            Platform,Publisher,Metric_Type,Reporting_Period_Total,2023-01,2023-02
            "Platform, One",P,Searches_Platform,7,3,4
            """
        let report = try CounterReportParser.parse(Array(text))
        XCTAssertEqual(report.rows.map(\.month), ["2023-01", "2023-02"])
        XCTAssertEqual(report.rows.map(\.name), ["Platform, One", "Platform, One"])
        XCTAssertEqual(report.rows[0].platform, "Platform, One")
    }

    func testRelease4IsRefused() {
        let r4 =
            "Journal Report 1 (R4)\tNumber of Successful Full-Text Article Requests by Month and Journal\n"
            + "Sample Institution\n\nPeriod covered by Report:\n2016-01-01 to 2016-12-31\n"
        XCTAssertThrowsError(try CounterReportParser.parse(Array(r4), file: "jr1.tsv")) {
            XCTAssertTrue("\($0)".hasPrefix("jr1.tsv:1: this is a COUNTER Release 4 report"), "\($0)")
        }
        let declared = "Report_Name\tX\nReport_ID\tTR_J1\nRelease\t4\n\nTitle\tPlatform\tMetric_Type\tJan-2016\n"
        XCTAssertThrowsError(try CounterReportParser.parse(Array(declared))) {
            XCTAssertTrue("\($0)".contains("Release 4"), "\($0)")
        }
    }

    func testUnknownLayoutsAreRefused() {
        XCTAssertThrowsError(try CounterReportParser.parse(Array("card,service,at\n"))) {
            XCTAssertTrue("\($0)".contains("not a COUNTER Release 5 or 5.1 tabular report"), "\($0)")
        }
        let unknownID = "Report_Name\tX\nReport_ID\tZZ\nRelease\t5\n\nTitle\tPlatform\tMetric_Type\tJan-2016\n"
        XCTAssertThrowsError(try CounterReportParser.parse(Array(unknownID))) {
            XCTAssertTrue("\($0)".contains("\"ZZ\" is not a supported"), "\($0)")
        }
        let badCount =
            "Report_Name\tX\nReport_ID\tTR\nRelease\t5\nReporting_Period\tBegin_Date=2016-01-01; End_Date=2016-01-31\n\n"
            + "Title\tPlatform\tMetric_Type\tReporting_Period_Total\tJan-2016\nA\tP\tTotal_Item_Requests\t1\tmany\n"
        XCTAssertThrowsError(try CounterReportParser.parse(Array(badCount), file: "tr.tsv")) {
            XCTAssertEqual("\($0)", "tr.tsv:7: count \"many\" in column Jan-2016 is not a whole number")
        }
    }
}
