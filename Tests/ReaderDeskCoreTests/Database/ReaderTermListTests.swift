import GRDB
import XCTest

@testable import ReaderDeskCore

/// Each reader's search terms are listed with it (`reader_term_list`): the terms of `reader_term`
/// have no index by reader, so changing or forgetting a reader deletes what its list names.
final class ReaderTermListTests: XCTestCase {
    func testAddingChangingAndForgettingKeepTheListsTrue() throws {
        let f = try Fixture()
        try f.reader("T1", "张三丰") {
            $0.email = "zsf@example.org"; $0.phone = "138-0013-8000"
        }
        try f.reader("T2", "Zoë Smith")
        try XCTAssertTermListsMatchTerms(f.db)
        var fields = ReaderFields()
        fields.name = "李乐"
        fields.email = "le@example.org"
        _ = try f.db.updateReader(f.admin, card: "T1", fields: fields)
        try XCTAssertTermListsMatchTerms(f.db)
        XCTAssertEqual(try f.db.searchReaders(f.frontDesk, "zhangsanfeng").map(\.card), [])
        XCTAssertEqual(try f.db.searchReaders(f.frontDesk, "138").map(\.card), ["T1"])
        XCTAssertEqual(try f.db.searchReaders(f.frontDesk, "liyue").map(\.card), ["T1"])
        try f.db.forget(f.admin, card: "T1")
        try XCTAssertTermListsMatchTerms(f.db)
        let left = try f.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reader_term_list WHERE reader_id = 1") }
        XCTAssertEqual(left, 0)
        for query in ["liyue", "le@example.org", "138", "李乐"] {
            XCTAssertEqual(try f.db.searchReaders(f.frontDesk, query).map(\.card), [], query)
        }
    }

    func testAnImportListsItsReadersAndTheRowsThatChangeThem() throws {
        let lib = try TransferLibrary()
        for small in [true, false] {
            _ = try lib.readers(
                """
                card,name,email,phone
                C\(small)1,王小明,wxm@example.org,
                C\(small)2,Ann Lee,,010-5555
                C\(small)1,王晓明,,13900001111
                C\(small)2,Ann Lee,,010-5555
                """)
            try XCTAssertTermListsMatchTerms(lib.db)
        }
        _ = try lib.readers("card,name\nCtrue1,陈明\nCfalse2,Ann Leigh\n")
        try XCTAssertTermListsMatchTerms(lib.db)
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "wangxiaoming").map(\.card), ["Cfalse1"])
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "chenming").map(\.card), ["Ctrue1"])
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "leigh").map(\.card), ["Cfalse2"])
    }

    /// A library made before the lists: each reader's terms become its list, the index by reader
    /// goes, and the reader table's checks accept and refuse what they did.
    func testTheMigrationListsTheTermsAndKeepsTheChecks() throws {
        let queue = try databaseBefore("v10-i17-reader-term-lists")
        try queue.write { db in
            for (id, name) in [(1, "张三"), (2, "Zoë")] {
                try db.execute(
                    sql: "INSERT INTO reader(id, card, name, created_at, updated_at) VALUES (?, ?, ?, 1, 1)",
                    arguments: [id, "C\(id)", name])
                try AppDatabase.writeTermsBeforeLists(db, readerId: Int64(id), name: name)
            }
            XCTAssertTrue(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'reader'")!.contains("type IN ("))
        }
        let db = try AppDatabase(queue, calendar: Fixture.shanghai)
        try XCTAssertTermListsMatchTerms(db)
        try queue.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM reader_term_list"), 2)
            XCTAssertNil(try String.fetchOne(db, sql: "SELECT name FROM sqlite_schema WHERE name = 'reader_term_reader'"))
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'reader'")!
            XCTAssertFalse(sql.contains(" IN ("), sql)
            XCTAssertTrue(sql.contains("CHECK (type = 'faculty' OR type = 'researcher' OR "), sql)
            XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"])
            for (column, bad) in [("type", "wizard"), ("tier", "gold"), ("lifecycle", "asleep")] {
                XCTAssertThrowsError(
                    try db.execute(
                        sql: "INSERT INTO reader(card, name, \(column), created_at, updated_at) VALUES ('X', 'X', ?, 1, 1)",
                        arguments: [bad]), column)
            }
            for (column, value) in [("type", "alumni"), ("tier", "vip"), ("lifecycle", "after-service")] {
                try db.execute(
                    sql: "INSERT INTO reader(card, name, \(column), created_at, updated_at) VALUES (?, 'X', ?, 1, 1)",
                    arguments: ["ok-\(column)", value])
            }
        }
        XCTAssertEqual(
            try db.searchReaders(Actor(staff: try db.initialise(adminLogin: "a", now: 1), now: 1), "zhangsan").map(\.card), ["C1"])
    }

    func testChecksAreRewrittenWordForWordAndNothingElse() {
        XCTAssertEqual(
            Schema.checksWithoutLists("a TEXT CHECK (a IN ('x','y-z', 'w')),\n b TEXT CHECK (b IS NULL OR b GLOB '[0-9]'), c INT"),
            "a TEXT CHECK (a = 'x' OR a = 'y-z' OR a = 'w'),\n b TEXT CHECK (b IS NULL OR b GLOB '[0-9]'), c INT")
    }
}

extension AppDatabase {
    /// Terms as written before readers had lists: `reader_term` alone.
    static func writeTermsBeforeLists(_ db: Database, readerId: Int64, name: String) throws {
        for term in SearchTerms.forReader(name: name, email: nil, phone: nil) {
            try db.execute(sql: "INSERT INTO reader_term(term, reader_id) VALUES (?, ?)", arguments: [term, readerId])
        }
    }
}
