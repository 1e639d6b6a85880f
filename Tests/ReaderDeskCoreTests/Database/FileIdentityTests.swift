import Foundation
import XCTest

@testable import ReaderDeskCore

/// A database file deleted or replaced under a running process: writes are refused, not lost.
final class FileIdentityTests: XCTestCase {
    func testWritesAreRefusedOnceTheFileIsGoneOrReplaced() throws {
        for change in ["delete", "rename", "replace"] {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-ident-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("lib.sqlite").path
            let db = try AppDatabase.open(path: path, create: true)
            let admin = Actor(staff: try db.initialise(adminLogin: "admin", now: 1_790_000_000), now: 1_790_000_000)
            try db.addService(admin, code: "NOV", name: "Novelty", serviceClass: .premium, points: 1)
            switch change {
            case "delete": for s in ["", "-wal", "-shm"] { unlink(path + s) }
            case "rename": rename(path, path + ".old")
            default:
                unlink(path)
                FileManager.default.createFile(atPath: path, contents: nil)
            }
            XCTAssertRefused(.io, try db.addService(admin, code: "LOAN", name: "Loans", serviceClass: .basic, points: 1), change)
        }
    }
}
