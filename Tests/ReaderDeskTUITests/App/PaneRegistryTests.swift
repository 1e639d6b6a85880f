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

    /// The wide split is the same as the fixed 9/25 one it replaced, and the panes tile the width.
    func testTheWideSplitFollowsTheSharesAndTilesTheScreen() {
        for width in Layout.wideWidth...400 {
            let layout = Layout(TerminalSize(width: width, height: 40))
            let rects = PaneID.ordered.map { layout.rect(of: $0, focus: .readers)! }
            let readers = width * 9 / 25, matrix = (width - readers) / 2
            XCTAssertEqual(rects.map(\.width), [readers, matrix, width - readers - matrix], "width \(width)")
            XCTAssertEqual(rects.first?.x, 0)
            for (a, b) in zip(rects, rects.dropFirst()) { XCTAssertEqual(a.x + a.width, b.x) }
        }
        XCTAssertEqual(Layout.split(10, shares: [1, 1, 1]), [3, 3, 4])
    }
}
