import Foundation
import XCTest

/// The command line speaks the language of READERDESK_LANG (else the locale): its headings, lines
/// and vocabulary come from the word catalogue; `--json` stays the same in every language.
final class CommandLineLanguageTests: XCTestCase {
    func testChineseHeadingsAndLines() throws {
        let h = try Harness()
        try h.library()
        try h.ok("usage", "add", "--card", "2026001", "--service", "NOV", "--at", "2026-10-01T10:00:00+08:00", "--quantity", "3")
        let english = try h.ok("reader", "list")
        XCTAssertTrue(english.hasPrefix("CARD"), english)
        let json = try h.ok("stats", "--json")

        h.extra["READERDESK_LANG"] = "zh"
        let readers = try h.ok("reader", "list")
        XCTAssertTrue(readers.hasPrefix("卡号"), readers)
        for word in ["姓名", "价值层级", "读者证类型", "院系", "教师"] { XCTAssertTrue(readers.contains(word), "\(word) in \(readers)") }
        XCTAssertFalse(readers.contains("CARD"), readers)

        let stats = try h.ok("stats")
        XCTAssertTrue(stats.hasPrefix("项目"), stats)
        XCTAssertTrue(stats.contains("读者") && stats.contains("使用记录"), stats)
        XCTAssertEqual(try h.ok("stats", "--json"), json, "JSON is for programs: the same in every language")

        XCTAssertEqual(try h.ok("service", "add", "LIB", "--name", "Library guide", "--class", "basic", "--value", "1"), "已添加服务 LIB\n")
        let pyramid = try h.ok("pyramid")
        XCTAssertTrue(pyramid.hasPrefix("价值金字塔 "), pyramid)
        XCTAssertTrue(pyramid.contains("活跃 ") && pyramid.contains("不活跃  "), pyramid)
        let profile = try h.ok("reader", "show", "2026001")
        for word in ["— 原始记录", "卡号", "— 分析", "同意：", "— 各项服务使用（最近"] {
            XCTAssertTrue(profile.contains(word), "\(word) in \(profile)")
        }
        let settings = try h.ok("settings", "list")
        XCTAssertTrue(settings.hasPrefix("设置项"), settings)
        XCTAssertTrue(settings.contains("解决紧急工单的时限（小时）"), settings)

        // The command line's own refusals too: one line, in Chinese, naming the flags.
        let refused = try h.run("report", "desk", "--json", "--csv")
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "readerdesk: --json 和 --csv 只能给一个\n")

        // The locale decides when READERDESK_LANG is not set.
        h.extra["READERDESK_LANG"] = nil
        h.extra["LANG"] = "zh_CN.UTF-8"
        XCTAssertTrue(try h.ok("reader", "list").hasPrefix("卡号"))
    }
}
