import XCTest
@testable import ReaderDeskCore

final class EZproxyTests: XCTestCase {
    func testSciencedirectSample() throws {
        let result = try EZproxyLogParser.parse(try ImportFixtures.bytes("ezproxy/sd.mini.log"), file: "sd.mini.log")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.rows.count, 2)
        let first = result.rows[0]
        XCTAssertEqual(first.clientAddress, "247.63.228.176")
        XCTAssertEqual(first.user, "THEODORE_MCCLURE")
        XCTAssertEqual(first.time, 1_354_230_790) // 2012-11-29T23:13:10Z
        XCTAssertEqual(first.method, "GET")
        XCTAssertEqual(first.host, "pdn.sciencedirect.com")
        XCTAssertEqual(first.path, "/science")
        XCTAssertEqual(first.status, 302)
        XCTAssertEqual(first.bytes, 444)
        XCTAssertEqual(result.rows[1].line, 2)

        var sessions = try EZproxySessionizer(services: ["sciencedirect.com": "db-sd"],
                                              locations: [("247.63.0.0/16", .campus)])
        result.rows.forEach { sessions.add($0) }
        let summary = sessions.finish()
        XCTAssertEqual(summary.events, [UsageRow(card: "THEODORE_MCCLURE", service: "db-sd", at: 1_354_230_790,
                                                 location: .campus, line: 1)])
        XCTAssertEqual(summary.requestsUsed, 2)
    }

    func testLyonLogWithoutFinalNewline() throws {
        let result = try EZproxyLogParser.parse(try ImportFixtures.bytes("ezproxy/univ_lyon.ezproxy.log"))
        XCTAssertEqual(result.rows.map(\.host), ["www.sciencedirect.com"])
        XCTAssertEqual(result.rows.first?.bytes, 162_009)
        var sessions = try EZproxySessionizer(services: [:])
        result.rows.forEach { sessions.add($0) }
        XCTAssertEqual(sessions.finish().unknownHosts, ["www.sciencedirect.com": 1])
    }

    func testSessionsSkipsAndLocations() throws {
        let log = """
        10.1.2.3 - 2026001 [01/Mar/2026:09:00:00 +0800] "GET http://ezproxy.lib.edu.cn:2048/login?url=http://www.cnki.net/ HTTP/1.1" 302 0
        10.1.2.3 - 2026001 [01/Mar/2026:09:00:01 +0800] "GET http://www.cnki.net:80/kns/brief HTTP/1.1" 200 5120
        10.1.2.3 - 2026001 [01/Mar/2026:09:29:00 +0800] "GET http://kns.cnki.net/kcms/detail HTTP/1.1" 200 -
        10.9.9.9 - 2026001 [01/Mar/2026:10:00:00 +0800] "GET http://www.cnki.net/kns HTTP/1.1" 304 0
        2001:db8::5 - 2026002 [01/Mar/2026:09:10:00 +0800] "GET /connect?session=abc&url=menu HTTP/1.1" 302 0
        2001:db8::5 - 2026002 [01/Mar/2026:09:10:02 +0800] "GET https://www.webofscience.com/wos HTTP/1.1" 200 900
        2001:db8::5 - 2026002 [01/Mar/2026:09:11:00 +0800] "GET https://www.webofscience.com/x HTTP/1.1" 404 10
        8.8.8.8 - - [01/Mar/2026:09:12:00 +0800] "GET http://www.cnki.net/ HTTP/1.1" 200 10
        8.8.8.8 - 2026003 [01/Mar/2026:09:13:00 +0800] "GET http://www.example.org/ HTTP/1.1" 200 10
        garbage line
        """
        var parser = EZproxyLogParser(bytes: Array(log), file: "ez.log")
        var sessions = try EZproxySessionizer(
            services: ["cnki.net": "db-cnki", "webofscience.com": "db-wos"],
            locations: [("10.0.0.0/8", .campus), ("10.1.0.0/16", .onsite), ("2001:db8::/32", .campus)],
            proxyHosts: ["ezproxy.lib.edu.cn"])
        while let request = try parser.next() { sessions.add(request) }
        XCTAssertEqual(parser.errors.map(\.description), ["ez.log:10: line does not fit LogFormat \(EZproxyLogParser.logFormat)"])
        let nine: Int64 = 1_772_326_800 // 2026-03-01T09:00:00+08:00
        let summary = sessions.finish()
        XCTAssertEqual(summary.events, [
            UsageRow(card: "2026001", service: "db-cnki", at: nine + 1, location: .onsite, line: 2),
            UsageRow(card: "2026002", service: "db-wos", at: nine + 602, location: .campus, line: 6),
            UsageRow(card: "2026001", service: "db-cnki", at: nine + 3600, location: .campus, line: 4),
        ])
        XCTAssertEqual(summary.skippedProxy, 2)
        XCTAssertEqual(summary.skippedStatus, 1)
        XCTAssertEqual(summary.skippedAnonymous, 1)
        XCTAssertEqual(summary.unknownHosts, ["www.example.org": 1])
    }

    func testAnotherFormatIsRefused() {
        XCTAssertThrowsError(try EZproxyLogParser.parse(Array("\ncard,service,at\n1,x,2026-03-01\n"), file: "u.csv")) {
            XCTAssertEqual("\($0)", "u.csv:2: not an EZproxy log in the default LogFormat %h %l %u %t \"%r\" %s %b")
        }
    }

    func testRangesAndBadSettings() throws {
        XCTAssertNil(IPRange(cidr: "::ffff:192.168.1.7/24"))
        XCTAssertEqual(IPRange(cidr: "::ffff:192.168.0.0/112")?.description, "192.168.0.0/16")
        XCTAssertEqual(IPRange(cidr: "2001:DB8::/32")?.description, "2001:db8:0:0:0:0:0:0/32")
        XCTAssertEqual(IPRange(cidr: "192.168.1.7/24")?.description, "192.168.1.7/24")
        XCTAssertTrue(IPRange(cidr: "192.168.0.0/16")!.contains(IPRange.address("::ffff:192.168.3.4")!))
        XCTAssertFalse(IPRange(cidr: "192.168.0.0/17")!.contains(IPRange.address("192.168.200.1")!))
        XCTAssertNil(IPRange(cidr: "10.0.0.0/33"))
        XCTAssertThrowsError(try EZproxySessionizer(services: [:], locations: [("campus", .campus)]))
    }
}
