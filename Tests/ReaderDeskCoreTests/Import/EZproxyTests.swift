import XCTest

@testable import ReaderDeskCore

final class EZproxyTests: XCTestCase {
    func testDefaultLogFormatWithProxiedURLsAndPorts() throws {
        let result = try EZproxyLogParser.parse(try ImportFixtures.bytes("ezproxy/default.log"), file: "default.log")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.rows.count, 8)
        let login = result.rows[0]
        XCTAssertEqual(login.clientAddress, "10.20.3.14")
        XCTAssertEqual(login.user, "2024001")
        XCTAssertEqual(login.time, 1_709_513_998)  // 2024-03-04T08:59:58+08:00
        XCTAssertEqual(login.method, "GET")
        XCTAssertEqual(login.host, "ezproxy.example.edu.cn")
        XCTAssertEqual(login.path, "/login")
        XCTAssertEqual(login.status, 302)
        XCTAssertEqual(login.bytes, 0)
        XCTAssertEqual(result.rows[2].host, "kns.cnki.net")
        XCTAssertNil(result.rows[6].bytes, "%b logged as -")

        var sessions = try EZproxySessionizer(
            services: ["cnki.net": "db-cnki", "sciencedirect.com": "db-sd"],
            locations: [("10.20.0.0/16", .campus)],
            proxyHosts: ["ezproxy.example.edu.cn"])
        result.rows.forEach { sessions.add($0) }
        let summary = sessions.finish()
        XCTAssertEqual(
            summary.events,
            [
                UsageRow(card: "2024001", service: "db-cnki", at: 1_709_514_001, location: .campus, line: 2),
                UsageRow(card: "2024002", service: "db-sd", at: 1_709_514_914, location: .remote, line: 5),
            ])
        XCTAssertEqual(summary.requestsUsed, 3)
        XCTAssertEqual(summary.skippedProxy, 2, "login?url= and connect?session= are EZproxy's own pages")
        XCTAssertEqual(summary.skippedStatus, 1)
        XCTAssertEqual(summary.skippedAnonymous, 1)
        XCTAssertEqual(summary.unknownHosts, ["www.webofscience.com": 1])
    }

    func testNoFinalNewlineCRLFAndTheSessionInPlaceOfIdent() throws {
        let plain = try EZproxyLogParser.parse(try ImportFixtures.bytes("ezproxy/default.log"))
        XCTAssertEqual(plain.rows.last?.bytes, 10_240, "the last line has no newline")
        // LogFormat %h %{ezproxy-session}i %u %t "%r" %s %b, CRLF: the session takes the place of %l.
        let custom = try EZproxyLogParser.parse(try ImportFixtures.bytes("ezproxy/custom-session-crlf.log"))
        XCTAssertEqual(custom.errors, [])
        XCTAssertEqual(custom.rows.map(\.host), ["www.cnki.net", "kns.cnki.net", "www.sciencedirect.com"])
        XCTAssertEqual(custom.rows.map(\.user), ["2024003", "2024003", "2024003"])
        XCTAssertEqual(custom.rows.last?.bytes, 102_400, "no carriage return left on the size")
        XCTAssertEqual(custom.rows[1].method, "POST")
    }

    func testTrailingRefererAndAgentFieldsAreRefused() {
        // Not read today: only %h %l %u %t "%r" %s %b (and a session in place of %l) is.
        XCTAssertThrowsError(try EZproxyLogParser.parse(try ImportFixtures.bytes("ezproxy/custom-agent.log"), file: "a.log")) {
            XCTAssertEqual("\($0)", "a.log:1: not an EZproxy log in the default LogFormat %h %l %u %t \"%r\" %s %b")
        }
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
        let nine: Int64 = 1_772_326_800  // 2026-03-01T09:00:00+08:00
        let summary = sessions.finish()
        XCTAssertEqual(
            summary.events,
            [
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
