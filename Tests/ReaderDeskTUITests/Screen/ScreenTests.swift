import XCTest

@testable import ReaderDeskTUI

final class ScreenTests: XCTestCase {
    func testPutAndText() {
        var s = Screen(width: 10, height: 2)
        let end = s.put("张三 ok", x: 1, y: 0)
        XCTAssertEqual(end, 8)
        XCTAssertEqual(s.lines(), [" 张三 ok", ""])
        XCTAssertTrue(s[2, 0].isContinuation)
    }

    func testClipByMaxWidthAndEdge() {
        var s = Screen(width: 8, height: 1)
        s.put("abcdefghij", x: 2, y: 0, maxWidth: 3)
        XCTAssertEqual(s.text(), "  abc")
        s.put("XYZWVU", x: 5, y: 0)
        XCTAssertEqual(s.text(), "  abcXYZ")
    }

    func testWideCharacterAtRightEdgeBecomesSpace() {
        var s = Screen(width: 5, height: 1)
        s.put("ab张三", x: 0, y: 0)  // 张 fits at 2-3, 三 would need 4-5
        XCTAssertEqual(s.text(), "ab张")
        XCTAssertEqual(s[4, 0].character, " ")
        XCTAssertFalse(s[4, 0].isContinuation)
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var s = Screen(width: 6, height: 1)
        s.put("张三丰", x: 0, y: 0)
        s.put("x", x: 3, y: 0)  // right half of 三
        XCTAssertEqual(s.text(), "张 x丰")
        s.put("y", x: 4, y: 0)  // left half of 丰
        XCTAssertEqual(s.text(), "张 xy")
        XCTAssertFalse(s[5, 0].isContinuation)
    }

    func testSanitisesOnPut() {
        var s = Screen(width: 12, height: 1)
        s.put("a\u{1B}[2J\u{202E}", x: 0, y: 0)
        XCTAssertEqual(s.text(), "a^[[2J<U+202")
    }

    func testNegativeXSkipsOffscreenPart() {
        var s = Screen(width: 4, height: 1)
        s.put("abcdef", x: -2, y: 0)
        XCTAssertEqual(s.text(), "cdef")
    }

    func testBoxAndFill() {
        var s = Screen(width: 8, height: 3)
        s.box(x: 0, y: 0, width: 8, height: 3, title: "读者")
        XCTAssertEqual(s.lines(), ["┌ 读者 ┐", "│      │", "└──────┘"])
        s.fill(x: 1, y: 1, width: 6, height: 1, character: ".")
        XCTAssertEqual(s.lines()[1], "│......│")
    }

    func testDiffOnlyChangedRuns() {
        var a = Screen(width: 20, height: 5)
        for row in 0..<5 { a.put("row \(row) 张三丰", x: 0, y: row) }
        var b = a
        XCTAssertEqual(b.diff(from: a), [])
        b.restyle(x: 0, y: 2, width: 20, style: Style(.selected))
        let runs = b.diff(from: a)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].y, 2)
        XCTAssertEqual(runs[0].cells.count, 20)
        XCTAssertEqual(b.diff(from: nil).count, 5)
    }

    func testDiffKeepsWideCharactersWholeAndMergesSmallGaps() {
        var a = Screen(width: 20, height: 1)
        a.put("张三丰 abcdefgh", x: 0, y: 0)
        var b = a
        b.put("李", x: 2, y: 0)
        let runs = b.diff(from: a)
        XCTAssertEqual(runs.map(\.x), [2])
        XCTAssertEqual(runs[0].text, "李")
        b.put("X", x: 8, y: 0)
        b.put("Y", x: 15, y: 0)
        let two = b.diff(from: a)
        XCTAssertEqual(two.map(\.x), [2, 8, 15])
        b.put("Z", x: 10, y: 0)  // gap of 1 after X: merged
        XCTAssertEqual(b.diff(from: a).map(\.x), [2, 8, 15])
        XCTAssertEqual(b.diff(from: a)[1].text, "XcZ")
    }
}
