import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class MigrationTests: XCTestCase {
    func testMigrationsRunOnAnInMemoryDatabase() throws {
        let db = try AppDatabase.inMemory()
        try db.writer.read { db in
            var migrator = DatabaseMigrator()
            Schema.register(in: &migrator)
            XCTAssertTrue(try migrator.hasCompletedMigrations(db))
            // Every registered migration ran, the first ones in their shipped order.
            XCTAssertEqual(try migrator.appliedIdentifiers(db), Set(migrator.migrations))
            XCTAssertEqual(
                Array(migrator.migrations.prefix(6)),
                ["v1-foundation", "v2-analytics", "import-counter-figures", "v3-matrix-speed", "v4-usage-by-time", "v5-change-stamps"])
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            for t in [
                "staff", "staff_area", "login_alias", "reader", "reader_term", "service", "usage", "usage_month",
                "contact", "ticket", "ticket_entry", "ticket_history", "life_event", "setting", "audit",
            ] {
                XCTAssertTrue(tables.contains(t), "missing table \(t)")
            }
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
        }
        XCTAssertEqual(try db.stats(), Stats(readers: 0, staff: 0, services: 0, usageEvents: 0, contacts: 0, tickets: 0))
    }

    func testOpeningAFileTwiceMigratesOnceAndKeepsData() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-mig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        do {
            let db = try AppDatabase.open(path: path, create: true)
            _ = try db.initialise(adminLogin: "admin", now: 1_000)
        }
        let again = try AppDatabase.open(path: path)
        XCTAssertEqual(try again.stats().staff, 1)
        // Made with 8 KiB pages, in write-ahead logging.
        XCTAssertEqual(try again.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }, AppDatabase.pageSize)
        XCTAssertEqual(try again.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
        XCTAssertTrue(mode == 0o660 || mode == 0o600, String(mode, radix: 8))
    }

    func testOpeningWithoutCreateOrDirectoryIsOneLineError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-none-\(UUID().uuidString)")
        XCTAssertRefused(.io, try AppDatabase.open(path: dir.appendingPathComponent("db.sqlite").path, create: true))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertRefused(.notInitialised, try AppDatabase.open(path: dir.appendingPathComponent("db.sqlite").path))
    }

    func testInitialiseOnlyOnce() throws {
        let db = try AppDatabase.inMemory()
        let admin = try db.initialise(adminLogin: "root", now: 5)
        XCTAssertEqual(admin.role, .admin)
        XCTAssertRefused(.duplicate, try db.initialise(adminLogin: "other", now: 6))
        XCTAssertEqual(try db.allStaff().map(\.login), ["root"])
        XCTAssertRefused(.invalidInput, try AppDatabase.inMemory().initialise(adminLogin: "bad login", now: 5))
    }
}
