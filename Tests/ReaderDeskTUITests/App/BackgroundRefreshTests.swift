import Foundation
import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// With a background refresher, the matrix pane shows the actions as stored and never runs the
/// rules on a key press; a refresh elsewhere shows on the next tick.
final class BackgroundRefreshTests: XCTestCase {
    func testTheMatrixReadsStoredActionsAndFollowsARefresh() throws {
        let (memory, staff) = try AppFixture.library()
        // On a file, as in the app: the watcher connection sees the refresher's writes.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rd-bg-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let db = try AppDatabase.open(path: path, create: true, calendar: AppFixture.calendar)
        try memory.writer.backup(to: db.writer)
        let data = AppData(database: db, staff: staff, clock: { AppFixture.now })
        data.refreshesInBackground = true
        let terminal = MemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(terminal: terminal, data: data, language: .en)
        runner.start()
        terminal.press(.char("2")); runner.step(timeout: 0)
        XCTAssertEqual(runner.state.matrix.summary?.pending, 0, "no rules ran on the key press")
        try db.refreshActions(now: AppFixture.now)  // what the refresher thread does
        runner.step(timeout: 0)  // a tick: data_version moved
        XCTAssertGreaterThan(runner.state.matrix.summary?.pending ?? 0, 0)
    }
}
