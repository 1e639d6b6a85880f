import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// A first big readers file into an empty library is written without the write-ahead log when no
/// one else has the library open (`AppDatabase.withoutWriteAheadLog`): the same readers, terms
/// and lists, all or nothing, and the log back on afterwards.
final class FirstLoadTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-first-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

    /// A library on a file, its importer treating every file as a big one, and the journal modes
    /// its writing connection was asked for.
    func library() throws -> (AppDatabase, Importer, Asked) {
        let db = try AppDatabase.open(path: dir + "/lib.sqlite", create: true)
        let admin = Actor(staff: try db.initialise(adminLogin: "admin", now: 1_790_000_000), now: 1_790_000_000)
        var importer = Importer(db, actor: admin)
        importer.firstLoadRows = 1
        let asked = Asked()
        db.writer.writeWithoutTransaction { db in
            db.trace { event in
                let sql = "\(event)"
                if sql.contains("journal_mode =") { asked.append(sql) }
            }
        }
        return (db, importer, asked)
    }

    func journalMode(_ db: AppDatabase) throws -> String? {
        try db.writer.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    }

    let file = Array("card,name,email\nA1,张三丰,zsf@example.org\nA2,Ann Lee,\nA1,张三峰,\n".utf8)

    func testAFirstLoadGoesWithoutTheLogAndTurnsItBackOn() throws {
        let (db, importer, asked) = try library()
        let summary = try importer.readers(file, format: .csv, options: ImportOptions(file: "r.csv"))
        XCTAssertEqual([summary.added, summary.updated], [2, 1])
        XCTAssertEqual(asked.list, ["PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = WAL"])
        XCTAssertEqual(try journalMode(db), "wal")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/lib.sqlite-journal"))
        XCTAssertEqual(try db.searchReaders(Actor(staff: try db.allStaff()[0], now: 1), "zhangsanfeng").map(\.card), ["A1"])
        try XCTAssertTermListsMatchTerms(db)
        // Not a first load any more: the log stays on.
        asked.clear()
        _ = try importer.readers(Array("card,name\nA3,Bo\n".utf8), format: .csv, options: ImportOptions(file: "s.csv"))
        XCTAssertEqual(asked.list, [])
    }

    func testABadRowLeavesNothingAndTheLogOn() throws {
        let (db, importer, asked) = try library()
        let bad = Array("card,name\nA1,Ann\nA2,\n".utf8)
        XCTAssertThrowsError(try importer.readers(bad, format: .csv, options: ImportOptions(file: "r.csv")))
        XCTAssertEqual(asked.list.count, 2)
        XCTAssertEqual(try db.stats().readers, 0)
        XCTAssertEqual(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reader_term") }, 0)
        XCTAssertEqual(try journalMode(db), "wal")
        XCTAssertEqual(try db.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }, ["ok"])
    }

    func testWithTheLibraryOpenElsewhereTheLoadKeepsTheLog() throws {
        let (db, importer, asked) = try library()
        let colleague = try AppDatabase.open(path: dir + "/lib.sqlite")
        XCTAssertEqual(try colleague.stats().readers, 0)
        _ = try importer.readers(file, format: .csv, options: ImportOptions(file: "r.csv"))
        XCTAssertEqual(asked.list, ["PRAGMA journal_mode = DELETE"], "asked once, refused at once")
        XCTAssertEqual(try journalMode(db), "wal")
        XCTAssertEqual(try colleague.stats().readers, 2)
    }
}

/// Statements seen by a trace, from whichever thread SQLite runs on.
final class Asked: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []
    func append(_ sql: String) { lock.withLock { seen.append(sql) } }
    func clear() { lock.withLock { seen = [] } }
    var list: [String] { lock.withLock { seen } }
}
