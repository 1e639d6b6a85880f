import XCTest

@testable import ReaderDeskCore

final class DisplayWidthTests: XCTestCase {
    func testCJKNameIsSixColumns() {
        XCTAssertEqual(DisplayWidth.width(of: "张三丰"), 6)
    }

    func testASCIIAndMixed() {
        XCTAssertEqual(DisplayWidth.width(of: "Alice"), 5)
        XCTAssertEqual(DisplayWidth.width(of: "李Li"), 4)
        XCTAssertEqual(DisplayWidth.width(of: "한국어"), 6)
        XCTAssertEqual(DisplayWidth.width(of: "カタカナ"), 8)
        XCTAssertEqual(DisplayWidth.width(of: "ＡＢ"), 4)  // fullwidth forms
        XCTAssertEqual(DisplayWidth.width(of: "。、"), 4)  // CJK punctuation
        XCTAssertEqual(DisplayWidth.width(of: "😀"), 2)
        XCTAssertEqual(DisplayWidth.width(of: "❤️"), 2)  // emoji presentation selector
    }

    func testCombiningMarksAreZero() {
        XCTAssertEqual(DisplayWidth.width(of: "\u{0301}" as Unicode.Scalar), 0)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{0301}")), 0)
        XCTAssertEqual(DisplayWidth.width(of: "e\u{0301}"), 1)
        XCTAssertEqual(DisplayWidth.width(of: "a\u{200B}b"), 2)  // zero width space
        XCTAssertEqual(DisplayWidth.width(of: "👍🏽"), 2)
    }

    func testTruncateNeverSplitsWideCharacter() {
        XCTAssertEqual(DisplayWidth.truncate("张三丰", to: 6), "张三丰")
        XCTAssertEqual(DisplayWidth.truncate("张三丰", to: 5), "张三…")
        XCTAssertEqual(DisplayWidth.truncate("张三丰", to: 4), "张… ")
        XCTAssertEqual(DisplayWidth.width(of: DisplayWidth.truncate("张三丰", to: 4)), 4)
        XCTAssertEqual(DisplayWidth.truncate("Hello world", to: 5), "Hell…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 0), "")
    }

    func testPadAlignsMixedColumns() {
        let names = ["张三丰", "Li Wei", "王Mary", "李四光明天", "Bob"]
        for align in [DisplayWidth.Alignment.left, .right, .center] {
            let rows = names.map { DisplayWidth.pad($0, to: 8, align: align) + "|" }
            for row in rows { XCTAssertEqual(DisplayWidth.width(of: row), 9, "\(row) \(align)") }
        }
        XCTAssertEqual(DisplayWidth.pad("张三", to: 6), "张三  ")
        XCTAssertEqual(DisplayWidth.pad("张三", to: 6, align: .right), "  张三")
        XCTAssertEqual(DisplayWidth.pad("张三", to: 7, align: .center), " 张三  ")
        XCTAssertEqual(DisplayWidth.pad("李四光明天", to: 8), "李四光… ")
    }
}
