import XCTest

@testable import ReaderDeskCore

final class CounterImportTests: XCTestCase {
    func counter(_ lib: TransferLibrary, _ path: String, mapping: [String: String] = [:], dryRun: Bool = false) throws -> ImportSummary {
        try lib.importer.counter(
            try ImportFixtures.bytes(path), mapping: mapping,
            options: ImportOptions(file: (path as NSString).lastPathComponent, dryRun: dryRun))
    }

    func testR51DatabaseReportMatchesByNameAndListsTheUnmatched() throws {
        let lib = try TransferLibrary()
        let s = try counter(lib, "counter/DR_D1-5.1.tsv")
        let c = try XCTUnwrap(s.counter)
        XCTAssertEqual([c.report, c.release, c.period.from, c.period.to], ["DR_D1", "5.1", "2022-01-01", "2022-12-31"])
        XCTAssertEqual(c.metrics.count, 4)
        XCTAssertEqual(c.services, ["db-sd"])
        XCTAssertEqual(c.unmatched, ["Scopus", "Web of Science Core Collection"])
        XCTAssertEqual(c.figures, try lib.count("counter_figure"))
        let series = try lib.db.counterSeries(service: "db-sd", months: [202201, 202202, 202301])
        XCTAssertEqual(series.first { $0.metric == "Searches_Regular" }?.counts, [1000, 1050, 0])
    }

    func testFiguresFeedTheServiceTrends() throws {
        let lib = try TransferLibrary()
        _ = try counter(lib, "counter/TR_J1-5.0.tsv", mapping: ["CNKI": "db-cnki"])
        let now = try lib.db.calendar.parseInstant("2022-03-15T12:00:00+08:00")
        let cnki = try XCTUnwrap(try lib.db.serviceTrends(now: now, months: 4).services.first { $0.service == "db-cnki" })
        XCTAssertEqual(cnki.counterMetric, "Total_Item_Requests")
        let total = try lib.db.read {
            try Int.fetchOne($0, sql: "SELECT sum(count) FROM counter_figure WHERE metric = 'Total_Item_Requests' AND month = 202201")!
        }
        XCTAssertEqual(cnki.counter?.count, 4)
        XCTAssertEqual(cnki.counter?[1], total)
        XCTAssertNil(try lib.db.serviceTrends(now: now, months: 4).services.first { $0.service == "db-sd" }?.counter)
    }

    func testReimportReplacesNeverDoubles() throws {
        let lib = try TransferLibrary()
        let first = try counter(lib, "counter/DR_D1-5.1.tsv")
        let total = try lib.db.read { try Int.fetchOne($0, sql: "SELECT sum(count) FROM counter_figure")! }
        let again = try counter(lib, "counter/DR_D1-5.1.tsv")
        XCTAssertEqual(again.counter?.replaced, first.counter?.figures)
        XCTAssertEqual(try lib.db.read { try Int.fetchOne($0, sql: "SELECT sum(count) FROM counter_figure")! }, total)
        XCTAssertEqual(try lib.count("counter_figure"), first.counter?.figures)
    }

    func testR50TitleReportWithAPlatformMappingRememberedAndADryRun() throws {
        let lib = try TransferLibrary()
        XCTAssertEqual(try counter(lib, "counter/TR_J1-5.0.tsv", mapping: ["CNKI": "db-cnki"], dryRun: true).counter?.figures, 12)
        XCTAssertEqual(try lib.count("counter_figure"), 0)
        let s = try counter(lib, "counter/TR_J1-5.0.tsv", mapping: ["CNKI": "db-cnki"])
        XCTAssertEqual(s.counter?.release, "5")
        XCTAssertEqual(s.counter?.services, ["db-cnki"])
        XCTAssertEqual(try lib.db.setting(TransferSettings.counterServices), "CNKI=db-cnki")
        let requests = try lib.db.counterSeries(service: "db-cnki", months: [202201, 202202, 202203])
            .first { $0.metric == "Total_Item_Requests" }
        XCTAssertEqual(requests?.counts, [160, 181, 165])  // the two journals together
    }

    func testRelease4AndUnknownLayoutsAreRefused() throws {
        let lib = try TransferLibrary()
        let r4 = "Journal Report 1 (R4),Number of Successful Full-Text Article Requests by Month and Journal\nX,Y\n"
        XCTAssertThrowsError(try lib.importer.counter(Array(r4.utf8), options: ImportOptions(file: "jr1.csv"))) {
            XCTAssertTrue("\($0)".contains("COUNTER Release 4 report"), "\($0)")
        }
        XCTAssertThrowsError(try lib.importer.counter(Array("a,b\n1,2\n".utf8), options: ImportOptions(file: "x.csv"))) {
            XCTAssertEqual("\($0)", "x.csv:1: not a COUNTER Release 5 or 5.1 tabular report: the first row should be Report_Name")
        }
    }

    func testCommaSeparatedReportWithByteOrderMarkAndCRLF() throws {
        let lib = try TransferLibrary()
        try lib.db.addService(
            lib.admin, code: "db-wanfang", name: "Wanfang Data", serviceClass: .standard, points: 2, hosts: ["wanfangdata.com.cn"])
        let c = try XCTUnwrap(try counter(lib, "counter/PR_P1-5.0-bom-crlf.csv").counter)
        XCTAssertEqual([c.report, c.release, c.period.from, c.period.to], ["PR_P1", "5", "2022-01-01", "2022-02-28"])
        XCTAssertEqual(c.services, ["db-wanfang"])
        XCTAssertEqual(c.figures, 8)
        let searches = try lib.db.counterSeries(service: "db-wanfang", months: [202201, 202202]).first { $0.metric == "Searches_Platform" }
        XCTAssertEqual(searches?.counts, [2990, 2130])
    }

    func testJSONReportsAreRefusedWithAPlainMessage() throws {
        // COUNTER_SUSHI JSON is not read today: ask for the tabular report.
        let lib = try TransferLibrary()
        XCTAssertThrowsError(try counter(lib, "counter/PR_P1-5.1.json")) {
            XCTAssertEqual("\($0)", "PR_P1-5.1.json:1: not a COUNTER Release 5 or 5.1 tabular report: the first row should be Report_Name")
        }
        XCTAssertEqual(try lib.count("counter_figure"), 0)
    }

    func testAMapToAnUnknownServiceIsRefused() throws {
        let lib = try TransferLibrary()
        XCTAssertThrowsError(try counter(lib, "counter/TR_J1-5.0.tsv", mapping: ["CNKI": "nope"]))
        XCTAssertEqual(try lib.count("counter_figure"), 0)
    }
}
