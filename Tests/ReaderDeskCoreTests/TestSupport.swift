import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// A small library on an in-memory database: an administrator, a librarian covering Physics,
/// a front-desk clerk, one service and a couple of readers.
struct Fixture {
    static let shanghai = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    /// 2026-10-05T10:00:00+08:00
    static let now: Int64 = 1_791_165_600

    let db: AppDatabase
    let admin: Actor
    let librarian: Actor
    let frontDesk: Actor

    init(calendar: LibraryCalendar = Fixture.shanghai, now: Int64 = Fixture.now) throws {
        db = try AppDatabase.inMemory(calendar: calendar)
        let a = try db.initialise(adminLogin: "admin", name: "Ada Admin", now: now)
        admin = Actor(staff: a, now: now)
        librarian = Actor(
            staff: try db.addStaff(admin, login: "lin", name: "Lin Librarian", role: .librarian, areas: ["Physics"]), now: now)
        frontDesk = Actor(staff: try db.addStaff(admin, login: "fred", name: "Fred Desk", role: .frontDesk), now: now)
        try db.addService(admin, code: "NOV", name: "Novelty search", serviceClass: .premium, points: 10)
        try db.addService(admin, code: "LOAN", name: "Loans", serviceClass: .basic, points: 1)
    }

    @discardableResult
    func reader(_ card: String, _ name: String, configure: (inout ReaderFields) -> Void = { _ in }) throws -> Reader {
        var f = ReaderFields()
        f.name = name
        configure(&f)
        return try db.addReader(admin, card: card, fields: f)
    }

    /// Every row of every table, as text: equal snapshots mean nothing was written.
    func snapshot() throws -> [String] {
        try db.writer.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.flatMap { t in
                try Row.fetchAll(db, sql: "SELECT * FROM \(t.quotedDatabaseIdentifier)").map { "\(t): \($0.description)" }
            }
        }
    }
}

/// Asserts that `body` throws a ReaderDeskError of `kind` whose message is one line.
func XCTAssertRefused<T>(
    _ kind: ReaderDeskError.Kind, _ body: @autoclosure () throws -> T,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertThrowsError(try body(), message, file: file, line: line) { error in
        guard let e = error as? ReaderDeskError else {
            return XCTFail("expected ReaderDeskError(\(kind)), got \(error)", file: file, line: line)
        }
        XCTAssertEqual(e.kind, kind, e.message, file: file, line: line)
        XCTAssertFalse(e.message.isEmpty, file: file, line: line)
        XCTAssertFalse(e.message.contains("\n"), file: file, line: line)
    }
}

/// Asserts that `body` is refused with `kind` and leaves every table as it was.
func XCTAssertRefusedUnchanged<T>(
    _ fixture: Fixture, _ kind: ReaderDeskError.Kind, _ body: @autoclosure () throws -> T,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) throws {
    let before = try fixture.snapshot()
    XCTAssertRefused(kind, try body(), message, file: file, line: line)
    XCTAssertEqual(try fixture.snapshot(), before, "a refused write changed the database \(message)", file: file, line: line)
}

/// Asserts that every reader's term list (`reader_term_list`) names exactly its terms in
/// `reader_term`, and that no reader has one without the other.
func XCTAssertTermListsMatchTerms(_ db: AppDatabase, file: StaticString = #filePath, line: UInt = #line) throws {
    try db.read { db in
        var terms: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT reader_id, term FROM reader_term") {
            terms[row[0], default: []].append(row[1])
        }
        var lists: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT reader_id, terms FROM reader_term_list") {
            lists[row[0]] = (row[1] as String).split(separator: "\u{1F}").map(String.init)
        }
        XCTAssertEqual(lists.mapValues { $0.sorted() }, terms.mapValues { $0.sorted() }, file: file, line: line)
    }
}

/// An in-memory database as a library was before `migration`: every migration before it has run.
/// The rest run when it is opened as an `AppDatabase` (or by `Schema.register`'s migrator).
func databaseBefore(_ migration: String) throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    Schema.register(in: &migrator)
    let index = try XCTUnwrap(migrator.migrations.firstIndex(of: migration))
    try migrator.migrate(queue, upTo: migrator.migrations[index - 1])
    return queue
}
