import XCTest

@testable import ReaderDeskTUI

/// Finding the rectangle that moved by a row between two frames (`Screen.scrolledBlock`).
final class ScreenScrollTests: XCTestCase {
    /// Two panes: a list on the left starting at `top`, a fixed column on the right.
    private func panes(top: Int, selected: Int? = nil, wideAt: Int? = nil) -> Screen {
        var s = Screen(width: 40, height: 12)
        for row in 0..<10 {
            let n = top + row
            let name = n == wideAt ? "读者\(n)" : "reader \(n)"
            s.put(name, x: 0, y: row + 1, style: row == selected ? Style(.selected) : .normal)
            s.put("|fixed \(row)", x: 20, y: row + 1)
        }
        return s
    }

    func testAListScrollingInOnePaneIsFoundWithTheRowsThatDoNotMatch() throws {
        let down = try XCTUnwrap(panes(top: 1, selected: 5).scrolledBlock(from: panes(top: 0, selected: 6)))
        XCTAssertEqual(down, ScrolledBlock(top: 1, bottom: 10, left: down.left, right: down.right, up: true))
        // It may take in cells that are the same on every row ("|fixed "), never the row numbers beside them.
        XCTAssertLessThan(down.right, 27, "\(down)")
        let up = try XCTUnwrap(panes(top: 0).scrolledBlock(from: panes(top: 1)))
        XCTAssertFalse(up.up)
        XCTAssertEqual(up.top, 1)
        XCTAssertEqual(up.bottom, 10)
    }

    func testNothingScrollsWhenTooFewRowsMoved() {
        var after = panes(top: 0)
        after.put("changed", x: 0, y: 3)
        XCTAssertNil(after.scrolledBlock(from: panes(top: 0)))
        XCTAssertNil(panes(top: 0).scrolledBlock(from: Screen(width: 30, height: 12)), "another size")
    }

    /// A wide character that would straddle the block's edge keeps the block from being used.
    func testABlockNeverCutsAWideCharacter() throws {
        var before = panes(top: 0), after = panes(top: 1)
        for y in 1...10 {
            before.put("宽", x: 19, y: y); after.put("宽", x: 19, y: y)  // the same in both, across column 19–20
        }
        let block = try XCTUnwrap(after.scrolledBlock(from: before))
        XCTAssertFalse(
            (block.top...block.bottom).contains { y in
                after[block.left, y].isContinuation || (block.right + 1 < 40 && after[block.right + 1, y].isContinuation)
            }, "\(block)")
    }
}
