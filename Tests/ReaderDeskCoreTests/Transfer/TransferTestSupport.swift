import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// An in-memory library in Shanghai time with an administrator, a front-desk clerk and two services.
struct TransferLibrary {
    static let now: Int64 = 1_790_000_000
    let db: AppDatabase
    let admin: Actor
    let clerk: Actor

    init() throws {
        db = try AppDatabase.inMemory(calendar: LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!))
        admin = Actor(staff: try db.initialise(adminLogin: "admin", now: Self.now), now: Self.now)
        clerk = Actor(staff: try db.addStaff(admin, login: "desk", name: "Desk", role: .frontDesk), now: Self.now)
        try db.addService(admin, code: "db-cnki", name: "CNKI", serviceClass: .premium, points: 3, hosts: ["cnki.net"])
        try db.addService(
            admin, code: "db-sd", name: "ScienceDirect", serviceClass: .standard, points: 2,
            hosts: ["sciencedirect.com"])
    }

    var importer: Importer { Importer(db, actor: clerk) }

    func count(_ table: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)")! }
    }

    func readers(_ text: String, file: String = "r.csv", dryRun: Bool = false, skipInvalid: Bool = false) throws -> ImportSummary {
        try importer.readers(
            Array(text.utf8), format: .csv,
            options: ImportOptions(file: file, dryRun: dryRun, skipInvalid: skipInvalid))
    }

    func usage(_ text: String, file: String = "u.csv", dryRun: Bool = false, skipInvalid: Bool = false) throws -> ImportSummary {
        try importer.usage(
            Array(text.utf8), format: .csv,
            options: ImportOptions(file: file, dryRun: dryRun, skipInvalid: skipInvalid))
    }

    /// Every table's row count: "nothing changed" means this is the same before and after.
    func fingerprint() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["reader", "reader_term", "usage", "usage_month", "setting", "counter_figure"] { counts[table] = try count(table) }
        counts["updated"] = try db.read { try Int.fetchOne($0, sql: "SELECT coalesce(sum(updated_at), 0) FROM reader")! }
        return counts
    }
}

func XCTAssertThrowsImportError(
    _ body: @autoclosure () throws -> Any, _ expected: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    do {
        _ = try body()
        XCTFail("no error; expected \(expected)", file: file, line: line)
    } catch {
        XCTAssertEqual("\(error)", expected, file: file, line: line)
    }
}
