import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

final class MemoryTerminalTests: XCTestCase {
    /// A list of 22 readers with one selected row, the way a pane draws it.
    static func listFrame(selected: Int, width: Int = 80, height: Int = 24) -> Screen {
        var s = Screen(width: width, height: height)
        s.put(" Readers  Matrix  Tickets", x: 0, y: 0, style: Style(.tabActive))
        for row in 1..<(height - 1) {
            let name = row % 2 == 0 ? "张三丰" : "Li Wei"
            let line = DisplayWidth.pad("R\(1000 + row)", to: 8) + DisplayWidth.pad(name, to: 12) + "reader\(row)@example.org"
            s.put(line, x: 1, y: row, style: row == selected ? Style(.selected) : .normal)
            if row == selected { s.restyle(x: 0, y: row, width: width, style: Style(.selected)) }
        }
        s.put("alice · librarian · 3 pending", x: 0, y: height - 1, style: Style(.status))
        return s
    }

    func testFlushAppliesOnlyRunsAndEndsWithTheSamePicture() {
        let t = MemoryTerminal()
        let a = Self.listFrame(selected: 3)
        t.flush(a)
        XCTAssertEqual(t.screen, a)
        XCTAssertEqual(t.lastRuns.count, 24)
        let b = Self.listFrame(selected: 4)
        t.flush(b)
        XCTAssertEqual(t.screen, b)
        XCTAssertEqual(t.lastRuns.map(\.y), [3, 4])
        XCTAssertLessThan(t.lastFlushBytes, 300)
        XCTAssertEqual(t.flushCount, 2)
    }

    func testKeysAndResize() {
        let t = MemoryTerminal(width: 100, height: 30)
        t.type("zsf")
        t.press(.enter)
        XCTAssertEqual(t.readKey(), .char("z"))
        XCTAssertEqual(t.readKey(), .char("s"))
        XCTAssertEqual(t.readKey(), .char("f"))
        XCTAssertEqual(t.readKey(), .enter)
        XCTAssertNil(t.readKey())
        t.flush(Screen(width: 100, height: 30))
        t.resize(width: 60, height: 20)
        XCTAssertEqual(t.readKey(), .resize)
        XCTAssertEqual(t.size, TerminalSize(width: 60, height: 20))
        XCTAssertNil(t.lastFlushed)
        var small = Screen(width: 60, height: 20)
        small.put(Localisation(.zhHans).terminalTooSmall(need: (80, 24), have: (60, 20)), x: 0, y: 0)
        t.flush(small)
        XCTAssertEqual(t.screen.lines()[0], "终端窗口太小：需要 80×24，当前 60×20")
    }

    func testNcursesKeyDecoding() {
        XCTAssertEqual(NcursesKeys.decodeCharacter(13), .enter)
        XCTAssertEqual(NcursesKeys.decodeCharacter(27), .escape)
        XCTAssertEqual(NcursesKeys.decodeCharacter(9), .tab)
        XCTAssertEqual(NcursesKeys.decodeCharacter(127), .backspace)
        XCTAssertEqual(NcursesKeys.decodeCharacter(12), .ctrl("l"))
        XCTAssertEqual(NcursesKeys.decodeCharacter(0x5F20), .char("张"))
        XCTAssertEqual(NcursesKeys.decodeFunctionKey(0o403), .up)  // KEY_UP
        XCTAssertEqual(NcursesKeys.decodeFunctionKey(0o541), .backTab)  // KEY_BTAB
        XCTAssertEqual(NcursesKeys.decodeFunctionKey(0o410 + 5), .function(5))
    }
}
