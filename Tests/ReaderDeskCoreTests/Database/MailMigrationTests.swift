import GRDB
import XCTest

@testable import ReaderDeskCore

final class MailMigrationTests: XCTestCase {
    /// The staff table is rebuilt for the intake role: every column and row that was there stays.
    func testTheIntakeRoleMigrationKeepsStaffColumnsRowsAndReferences() throws {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        Schema.register(in: &migrator)
        let before = try XCTUnwrap(migrator.migrations.firstIndex(of: "v6-i16-mail"))
        try migrator.migrate(queue, upTo: migrator.migrations[before - 1])
        try queue.write { db in
            // A database made before the intake role: its CHECK lists the three roles of then.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try Schema.allowRoles(db, "'front-desk','librarian','admin'")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            try db.execute(
                sql: "INSERT INTO staff(login, name, role, areas, active, created_at) VALUES ('lin', 'Lin', 'librarian', 'Physics', 1, 1)")
            try db.execute(sql: "INSERT INTO reader(card, name, created_at, updated_at) VALUES ('1', 'R', 1, 1)")
            try db.execute(sql: "INSERT INTO contact(reader_id, staff_id, at, channel, summary) VALUES (1, 1, 1, 'phone', 's')")
            XCTAssertThrowsError(try db.execute(sql: "INSERT INTO staff(login, name, role, created_at) VALUES ('mta', 'MTA', 'intake', 1)"))
        }
        let columns = try queue.read { db in try db.columns(in: "staff").map(\.name) }
        try migrator.migrate(queue)
        try queue.write { db in
            XCTAssertEqual(try db.columns(in: "staff").map(\.name), columns)
            XCTAssertEqual(
                try Row.fetchOne(db, sql: "SELECT login, role, areas FROM staff WHERE id = 1"),
                ["login": "lin", "role": "librarian", "areas": "Physics"])
            try db.execute(sql: "INSERT INTO staff(login, name, role, created_at) VALUES ('mta', 'MTA', 'intake', 1)")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM contact JOIN staff ON staff.id = contact.staff_id"), 1)
            XCTAssertThrowsError(try db.execute(sql: "INSERT INTO staff(login, name, role, created_at) VALUES ('x', 'X', 'boss', 1)"))
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
        }
    }
}
