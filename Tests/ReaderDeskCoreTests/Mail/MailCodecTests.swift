import Foundation
import XCTest

@testable import ReaderDeskCore

/// MIME out and in: what the builder writes, the parser reads back exactly.
final class MailCodecTests: XCTestCase {
    func testEncodedWordsRoundTripChineseNamesAndSubjects() {
        let subject = "关于校外访问数据库的问题：如何在校外访问 CNKI 和万方？请尽快回复，谢谢！"
        let encoded = MIMEEncoding.encodedWords(subject)
        for word in encoded.components(separatedBy: "\r\n ") { XCTAssertLessThanOrEqual(word.count, 75, word) }
        XCTAssertTrue(encoded.allSatisfy(\.isASCII))
        XCTAssertEqual(MIMEEncoding.decodeHeader(encoded.replacingOccurrences(of: "\r\n", with: "")), subject)
        XCTAssertEqual(MIMEEncoding.decodeHeader("=?gb2312?B?1cXI/bfh?= <zs@example.edu>"), "张三丰 <zs@example.edu>")
        XCTAssertEqual(MIMEEncoding.decodeHeader("=?iso-8859-1?Q?Jos=E9_Mar=EDa?="), "José María")
        XCTAssertEqual(MIMEEncoding.decodeHeader("plain text =?broken"), "plain text =?broken")
        XCTAssertEqual(MIMEEncoding.mailbox(name: "O'Brien, Pat", address: "p@x.org"), "\"O'Brien, Pat\" <p@x.org>")
    }

    func testQuotedPrintableRoundTripAndLineLength() {
        let text = "第一行：数据库无法打开。\n" + String(repeating: "a", count: 200) + " \nend=here\ttab"
        let qp = MIMEEncoding.quotedPrintable(text)
        for line in qp.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.count, 76, line) }
        let back = String(decoding: MIMEEncoding.decodeQuotedPrintable(Array(qp.utf8)), as: UTF8.self)
        XCTAssertEqual(back, text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    func testBuiltMessageParsesBack() throws {
        let mail = OutgoingMail(
            fromName: "图书馆参考咨询部", from: "help@lib.example.edu", replyTo: "desk@lib.example.edu",
            toName: "张三丰", to: "zs@example.edu", subject: "Re: [#12] 校外访问", body: "您好：\n请使用 VPN。\n",
            messageId: "rd.reply.31.x@lib.example.edu", inReplyTo: ["a@b", "c@d"], automatic: true,
            listUnsubscribe: "mailto:desk@lib.example.edu?subject=unsubscribe")
        let bytes = mail.rendered(at: 1_791_165_600)
        XCTAssertTrue(bytes.allSatisfy { $0 < 0x80 }, "every byte on the wire is ASCII")
        let parsed = try MailParser.parse(bytes)
        XCTAssertEqual(parsed.fromAddress, "help@lib.example.edu")
        XCTAssertEqual(parsed.fromName, "图书馆参考咨询部")
        XCTAssertEqual(parsed.subject, "Re: [#12] 校外访问")
        XCTAssertEqual(parsed.messageId, "rd.reply.31.x@lib.example.edu")
        XCTAssertEqual(Set(parsed.inReplyTo), ["a@b", "c@d"])
        XCTAssertEqual(parsed.header("To"), "张三丰 <zs@example.edu>")
        XCTAssertEqual(parsed.header("Date"), "Mon, 05 Oct 2026 02:00:00 +0000")
        XCTAssertEqual(parsed.header("Auto-Submitted"), "auto-generated")
        XCTAssertTrue(parsed.isAutomatic)
        XCTAssertEqual(parsed.text.trimmingCharacters(in: .newlines), "您好：\n请使用 VPN。")
    }

    func testCharsetsFoundationDecodes() throws {
        let gb = try XCTUnwrap("图书馆".data(using: TextDecoding.gb18030Encoding))
        XCTAssertEqual(MailCharset.decode([UInt8](gb), charset: "GBK"), "图书馆")
        let big5 = try XCTUnwrap("圖書館".data(using: MailCharset.big5))
        XCTAssertEqual(MailCharset.decode([UInt8](big5), charset: "Big5"), "圖書館")
        XCTAssertEqual(MailCharset.decode([0x63, 0x61, 0x66, 0xE9], charset: "ISO-8859-1"), "café")
        XCTAssertNil(MailCharset.decode([0xFF, 0xFE], charset: "utf-8"))
        XCTAssertNil(MailCharset.decode([0x41], charset: "x-unknown"))
    }

    func testHTMLBecomesText() {
        let html =
            "<html><head><style>p{}</style></head><body><p>您好&nbsp;&amp; hello</p><div>line<br>two</div><script>x()</script></body></html>"
        XCTAssertEqual(HTMLText.plain(html), "您好 & hello\nline\ntwo")
    }

    func testReplyTextAndScores() {
        XCTAssertEqual(MailIntakeText.reply("Thanks, it works.\n\nOn Mon, 5 Oct 2026, Library wrote:\n> old text"), "Thanks, it works.")
        XCTAssertEqual(MailIntakeText.score("4"), 4)
        XCTAssertEqual(MailIntakeText.score("5 — 谢谢"), 5)
        XCTAssertEqual(MailIntakeText.score("4分"), 4)
        XCTAssertNil(MailIntakeText.score("45"))
        XCTAssertNil(MailIntakeText.score("6"))
        XCTAssertNil(MailIntakeText.score("3rd floor is closed"))
    }

    func testTheRateLimiterPausesOnlyPastTheRateUntilTheOldestIsAMinuteOld() {
        final class Clock: @unchecked Sendable { var now = Date(timeIntervalSince1970: 0); var pauses: [TimeInterval] = [] }
        let c = Clock()
        var limiter = RateLimiter(
            perMinute: 2, clock: { c.now },
            pause: {
                c.pauses.append($0); c.now += $0
            })
        limiter.wait(); c.now += 10
        limiter.wait(); c.now += 5
        XCTAssertEqual(c.pauses, [])
        limiter.wait()  // third within the minute: waits for the first to age out
        XCTAssertEqual(c.pauses, [45])
        c.now += 100
        limiter.wait()
        XCTAssertEqual(c.pauses, [45], "a quiet minute later, no pause")
    }
}
