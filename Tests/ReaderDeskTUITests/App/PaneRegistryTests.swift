import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The pane registry drives switching, the tab numbers and the wide layout's split.
final class PaneRegistryTests: XCTestCase {
    private func state() -> AppState {
        AppState(
            size: TerminalSize(width: 120, height: 40), language: .en,
            status: StatusInfo(login: "desk", role: .librarian, now: 0))
    }

    func testTabAndShiftTabGoRoundThePanesInOrder() {
        var s = state()
        var seen: [PaneID] = []
        for _ in PaneID.ordered {
            seen.append(s.focus)
            s.apply(.nextPane)
        }
        XCTAssertEqual(seen, PaneID.ordered)
        XCTAssertEqual(s.focus, PaneID.ordered[0])
        s.apply(.previousPane)
        XCTAssertEqual(s.focus, PaneID.ordered.last)
    }

    func testEachPaneIsReachedByItsNumber() {
        for pane in PaneID.ordered {
            var s = state()
            s.apply(pane.jump)
            XCTAssertEqual(s.focus, pane)
        }
        XCTAssertEqual(PaneID.ordered.map(\.number), Array(1...PaneID.ordered.count))
    }

    /// The wide layout: the reader list across the full width on top (whole screen rows, so a
    /// terminal without left and right margins can still scroll just the list), the other panes
    /// side by side below it; together they tile the screen above the status line.
    func testTheWideLayoutStacksTheListOverThePanesAndTilesTheScreen() {
        for width in Layout.wideWidth...400 {
            for height in [Layout.minimum.height, 24, 47, 48, 50, 51, 80] {
                let layout = Layout(TerminalSize(width: width, height: height))
                let readers = layout.rect(of: .readers, focus: .matrix)!
                let matrix = layout.rect(of: .matrix, focus: .readers)!, tickets = layout.rect(of: .tickets, focus: .readers)!
                let rows = height - 1, top = (rows + 1) / 2
                XCTAssertEqual(readers, Rect(x: 0, y: 0, width: width, height: top), "\(width)×\(height)")
                XCTAssertEqual([matrix.x, matrix.y, matrix.height], [0, top, rows - top], "\(width)×\(height)")
                XCTAssertEqual(matrix.x + matrix.width, tickets.x)
                XCTAssertEqual([tickets.y, tickets.height, tickets.x + tickets.width], [top, rows - top, width])
                XCTAssertLessThanOrEqual(abs(matrix.width - tickets.width), 1, "the lower panes share the width")
            }
        }
        XCTAssertEqual(Layout.split(10, shares: [1, 1, 1]), [3, 3, 4])
    }
}
