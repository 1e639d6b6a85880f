import XCTest

@testable import ReaderDeskCore

final class SanitizerTests: XCTestCase {
    private func assertSafe(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in s.unicodeScalars {
            XCTAssertFalse(
                Sanitizer.isUnsafe(scalar), "U+\(String(scalar.value, radix: 16)) left in \(s)",
                file: file, line: line)
        }
    }

    func testEscapeSequenceBecomesVisible() {
        let out = Sanitizer.singleLine("a\u{1B}[2Jb")
        XCTAssertEqual(out, "a^[[2Jb")
        assertSafe(out)
    }

    func testBidiOverridesAreShownAsCodePoints() {
        XCTAssertEqual(Sanitizer.singleLine("evil\u{202E}txt.exe"), "evil<U+202E>txt.exe")
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let s = String(Unicode.Scalar(v)!)
            assertSafe(Sanitizer.singleLine(s))
            XCTAssertTrue(Sanitizer.singleLine(s).hasPrefix("<U+"))
        }
    }

    func testC0C1AndDelete() {
        XCTAssertEqual(Sanitizer.singleLine("\u{0}\u{7}\u{7F}"), "^@^G^?")
        XCTAssertEqual(Sanitizer.singleLine("x\u{9B}31m"), "x<U+009B>31m")  // C1 CSI
        XCTAssertEqual(Sanitizer.singleLine("\u{85}"), "<U+0085>")
        assertSafe(Sanitizer.singleLine((0..<0xA0).map { String(Unicode.Scalar($0)!) }.joined()))
    }

    func testNewlinesAndTabsBecomeSpacesOnOneLine() {
        XCTAssertEqual(Sanitizer.singleLine("a\nb\tc\r\nd"), "a b c  d")
    }

    func testLinesSplitAndSanitise() {
        XCTAssertEqual(Sanitizer.lines("one\r\ntwo\nthree\u{1B}"), ["one", "two", "three^["])
    }

    func testPlainTextUnchanged() {
        XCTAssertEqual(Sanitizer.singleLine("张三丰 Zhang"), "张三丰 Zhang")
    }
}
