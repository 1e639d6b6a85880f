import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The field editor: Characters (grapheme clusters) are the unit of every move and deletion.
final class TextEditorTests: XCTestCase {
    func testCJKIsTypedAndDeletedWhole() {
        var e = TextEditor()
        for c in "张三丰借书" { e.insert(String(c)) }
        XCTAssertEqual(e.text, "张三丰借书")
        e.left(); e.left()
        e.insert("来")
        XCTAssertEqual(e.text, "张三丰来借书")
        e.backspace()
        XCTAssertEqual(e.text, "张三丰借书")
        XCTAssertEqual(e.cursor, 3)
    }

    func testBackspaceRemovesAGraphemeNotAScalar() {
        var e = TextEditor("Cafe\u{301} 👩‍👩‍👧 🇨🇳")
        e.backspace()  // the flag: two scalars, one grapheme
        XCTAssertEqual(e.text, "Cafe\u{301} 👩‍👩‍👧 ")
        e.backspace(); e.backspace()  // the family: five scalars
        XCTAssertEqual(e.text, "Cafe\u{301} ")
        e.backspace(); e.backspace()  // é made of e + combining accent
        XCTAssertEqual(e.text, "Caf")
    }

    func testHomeEndAndDelete() {
        var e = TextEditor("读者")
        e.home(); e.insert("好")
        XCTAssertEqual(e.text, "好读者")
        e.deleteForward()
        XCTAssertEqual(e.text, "好者")
        e.end(); e.insert("们")
        XCTAssertEqual(e.text, "好者们")
        e.right(); XCTAssertEqual(e.cursor, 3)
    }

    func testPasteIsOneLineAndHasNoControlCharacters() {
        var e = TextEditor()
        e.insert("第一行\r\n第二行\tend\u{1b}[2J\u{7}")
        XCTAssertEqual(e.text, "第一行 第二行 end[2J")
        var short = TextEditor(limit: 4)
        short.insert("张三丰借书")
        XCTAssertEqual(short.text, "张三丰借")
    }

    func testVisibleWindowKeepsTheCursorOnScreen() {
        var e = TextEditor(String(repeating: "书", count: 30))
        let v = e.visible(width: 10)
        XCTAssertLessThanOrEqual(DisplayWidth.width(of: v.text), 10)
        XCTAssertEqual(v.cursorColumn, 8)  // after four wide characters, one column spare
        e.home()
        XCTAssertEqual(e.visible(width: 10).cursorColumn, 0)
    }
}
