import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class ReaderTests: XCTestCase {
    func testAddAndUpdateAReader() throws {
        let f = try Fixture()
        let r = try f.reader("2026001", "张三丰") {
            $0.dept = "Physics"; $0.email = "ZSF@Example.edu"; $0.phone = "138-0013-8000"; $0.birthday = "1990-02-28"
        }
        XCTAssertNotNil(r.id)
        XCTAssertEqual(r.type, .undergraduate)
        XCTAssertEqual(r.cardType, .regular)
        XCTAssertEqual(r.createdAt, Fixture.now)
        var u = ReaderFields()
        u.cardType = .vip
        u.email = ""
        let later = Actor(staff: f.admin.staff, now: Fixture.now + 60)
        let updated = try f.db.updateReader(later, card: "2026001", fields: u)
        XCTAssertEqual(updated.cardType, .vip)
        XCTAssertNil(updated.email, "a blank value clears the field")
        XCTAssertEqual(updated.phone, "138-0013-8000", "fields not given stay as they were")
        XCTAssertEqual(updated.updatedAt, Fixture.now + 60)
        XCTAssertEqual(try f.db.reader(f.admin, card: "2026001"), updated)
    }

    func testDuplicateCardIsRefusedAndChangesNothing() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        var fields = ReaderFields(); fields.name = "Someone Else"
        try XCTAssertRefusedUnchanged(f, .duplicate, try f.db.addReader(f.admin, card: "2026001", fields: fields))
    }

    func testBadFieldsAreRefusedAndChangeNothing() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰") { $0.email = "zsf@example.edu" }
        func add(_ configure: @escaping (inout ReaderFields) -> Void) -> () throws -> Reader {
            {
                var x = ReaderFields(); x.name = "New Reader"; configure(&x); return try f.db.addReader(f.admin, card: "2026002", fields: x)
            }
        }
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.name = "" }(), "empty name")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.name = "   " }(), "blank name")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.name = nil }(), "no name")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.email = "not-an-email" }(), "email")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.email = "a@b" }(), "email without a dot")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.phone = "call me" }(), "phone")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.birthday = "1990-13-01" }(), "month 13")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.birthday = "1990-02-30" }(), "no 30 February")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try add { $0.birthday = "01/02/1990" }(), "not ISO")
        try XCTAssertRefusedUnchanged(f, .notFound, try add { $0.librarianLogin = "nobody" }(), "unknown librarian")
        XCTAssertRefused(
            .invalidInput,
            try f.db.addReader(
                f.admin, card: "bad card",
                fields: {
                    var x = ReaderFields(); x.name = "X"; return x
                }()))

        func update(_ configure: @escaping (inout ReaderFields) -> Void) -> () throws -> Reader {
            {
                var x = ReaderFields(); configure(&x); return try f.db.updateReader(f.admin, card: "2026001", fields: x)
            }
        }
        try XCTAssertRefusedUnchanged(f, .invalidInput, try update { $0.name = "" }(), "empty name")
        try XCTAssertRefusedUnchanged(
            f, .invalidInput,
            try update {
                $0.cardType = .vip; $0.email = "broken"
            }(), "one bad field stops all")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try update { $0.phone = "12ab" }(), "phone")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try update { $0.birthday = "2026-1-1" }(), "birthday")
        try XCTAssertRefusedUnchanged(
            f, .notFound,
            try f.db.updateReader(
                f.admin, card: "9999",
                fields: {
                    var x = ReaderFields(); x.cardType = .vip; return x
                }()))
    }

    func testAnalysisIsHiddenFromTheFrontDesk() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰") { $0.dept = "Physics" }
        var notes = ReaderFields()
        notes.attitude = "pleased"; notes.problems = "VPN drops"; notes.needs = "large print"
        try f.db.updateReader(f.librarian, card: "2026001", fields: notes)

        for actor in [f.librarian, f.admin] {
            XCTAssertEqual(try f.db.reader(actor, card: "2026001").attitude, "pleased")
            XCTAssertEqual(try f.db.readers(actor).first?.problems, "VPN drops")
            XCTAssertEqual(try f.db.searchReaders(actor, "zsf").first?.needs, "large print")
            let p = try f.db.profile(actor, card: "2026001")
            XCTAssertFalse(p.analysisHidden)
            XCTAssertEqual(p.reader.attitude, "pleased")
        }
        let desk = f.frontDesk
        let one = try f.db.reader(desk, card: "2026001")
        XCTAssertEqual(one.name, "张三丰")
        XCTAssertNil(one.attitude); XCTAssertNil(one.problems); XCTAssertNil(one.needs)
        let listed = try XCTUnwrap(f.db.readers(desk).first)
        XCTAssertNil(listed.attitude); XCTAssertNil(listed.problems); XCTAssertNil(listed.needs)
        let found = try XCTUnwrap(f.db.searchReaders(desk, "zsf").first)
        XCTAssertNil(found.attitude); XCTAssertNil(found.problems); XCTAssertNil(found.needs)
        let p = try f.db.profile(desk, card: "2026001")
        XCTAssertTrue(p.analysisHidden)
        XCTAssertNil(p.reader.attitude); XCTAssertNil(p.reader.problems); XCTAssertNil(p.reader.needs)
        XCTAssertEqual(p.reader, p.reader.withoutAnalysis())
    }

    func testFrontDeskCannotWriteAnalysis() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        for set in [{ (x: inout ReaderFields) in x.attitude = "grumpy" }, { $0.problems = "x" }, { $0.needs = "x" }] {
            var fields = ReaderFields(); fields.cardType = .vip; set(&fields)
            try XCTAssertRefusedUnchanged(f, .forbidden, try f.db.updateReader(f.frontDesk, card: "2026001", fields: fields))
        }
        // The original record is theirs to keep.
        var fields = ReaderFields(); fields.phone = "010-1234"
        XCTAssertEqual(try f.db.updateReader(f.frontDesk, card: "2026001", fields: fields).phone, "010-1234")
    }

    func testOwnerIsTheNamedLibrarianElseOneCoveringTheDepartment() throws {
        let f = try Fixture()
        let chem = try f.db.addStaff(f.admin, login: "chen", name: "Chen", role: .librarian, areas: ["Chemistry", "Materials"])
        try f.db.addStaff(f.admin, login: "desk2", name: "Desk Two", role: .frontDesk, areas: ["History"])
        try f.db.addStaff(f.admin, login: "boss", name: "Boss", role: .admin, areas: ["Physics", "Law"])

        let physics = try f.reader("1", "A") { $0.dept = "Physics" }
        XCTAssertEqual(try f.db.owner(of: physics)?.login, "lin", "a librarian before an administrator covering the same area")
        let bySubject = try f.reader("2", "B") {
            $0.dept = "Engineering"; $0.subject = "materials"
        }
        XCTAssertEqual(try f.db.owner(of: bySubject)?.login, "chen", "subject matches too, whatever the case")
        let deptFirst = try f.reader("3", "C") {
            $0.dept = "Chemistry"; $0.subject = "Physics"
        }
        XCTAssertEqual(try f.db.owner(of: deptFirst)?.login, "chen", "the department wins over the subject")
        let law = try f.reader("4", "D") { $0.dept = "Law" }
        XCTAssertEqual(try f.db.owner(of: law)?.login, "boss", "an administrator may cover an area")
        let history = try f.reader("5", "E") { $0.dept = "History" }
        XCTAssertNil(try f.db.owner(of: history), "front-desk staff own no readers")
        let named = try f.reader("6", "F") {
            $0.dept = "Physics"; $0.librarianLogin = "chen"
        }
        XCTAssertEqual(named.librarianId, chem.id)
        XCTAssertEqual(try f.db.owner(of: named)?.login, "chen", "the librarian named on the record wins")
        XCTAssertEqual(try f.db.profile(f.admin, card: "6").owner?.login, "chen")

        try f.db.writer.write { db in try db.execute(sql: "UPDATE staff SET active = 0 WHERE login = 'lin'") }
        XCTAssertEqual(try f.db.owner(of: physics)?.login, "boss", "inactive staff own nothing")
    }
}
