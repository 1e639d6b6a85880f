import Foundation
import XCTest

@testable import ReaderDeskCore

final class RoleTests: XCTestCase {
    func testOnlyAdministratorsManageStaffServicesAndSettings() throws {
        let f = try Fixture()
        for actor in [f.librarian, f.frontDesk] {
            try XCTAssertRefusedUnchanged(f, .forbidden, try f.db.addStaff(actor, login: "eve", name: "Eve", role: .admin))
            try XCTAssertRefusedUnchanged(f, .forbidden, try f.db.addService(actor, code: "X", name: "X", serviceClass: .basic, points: 1))
            try XCTAssertRefusedUnchanged(f, .forbidden, try f.db.setSetting(actor, key: "sla.urgent.hours", value: "2"))
        }
        try f.db.addStaff(f.admin, login: "eve", name: "Eve", role: .admin)
        try f.db.addService(f.admin, code: "X", name: "X", serviceClass: .basic, points: 1)
        try f.db.setSetting(f.admin, key: "sla.urgent.hours", value: "2")
        XCTAssertEqual(try f.db.setting("sla.urgent.hours"), "2")
        // A new administrator may manage staff in turn.
        let eve = try f.db.actor(osLogin: "eve", now: Fixture.now)
        try f.db.addStaff(eve, login: "sam", name: "Sam", role: .frontDesk)
    }

    func testPermissionsPerRole() {
        func actor(_ role: Role) -> Actor { Actor(staff: Staff(id: 1, login: "x", name: "x", role: role, createdAt: 0), now: 0) }
        let desk = actor(.frontDesk), lib = actor(.librarian), admin = actor(.admin)
        for p in [Permission.writeRecords] { XCTAssertTrue(desk.can(p)); XCTAssertTrue(lib.can(p)); XCTAssertTrue(admin.can(p)) }
        for p in [Permission.readAnalysis, .writeAnalysis, .outreach] {
            XCTAssertFalse(desk.can(p)); XCTAssertTrue(lib.can(p)); XCTAssertTrue(admin.can(p))
        }
        for p in [Permission.manageStaff, .manageServices, .manageSettings, .exportPersonalData, .readAudit, .purge] {
            XCTAssertFalse(desk.can(p)); XCTAssertFalse(lib.can(p)); XCTAssertTrue(admin.can(p))
        }
    }

    func testDuplicateAndBadStaffOrServicesAreRefused() throws {
        let f = try Fixture()
        try XCTAssertRefusedUnchanged(f, .duplicate, try f.db.addStaff(f.admin, login: "lin", name: "Again", role: .librarian))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addStaff(f.admin, login: "has space", name: "X", role: .librarian))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addStaff(f.admin, login: "ok", name: "", role: .librarian))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addStaff(f.admin, login: "ok", name: "Two\nLines", role: .librarian))
        try XCTAssertRefusedUnchanged(
            f, .invalidInput, try f.db.addStaff(f.admin, login: "ok", name: "OK", role: .librarian, areas: ["Phy\tsics"]))
        try XCTAssertRefusedUnchanged(
            f, .invalidInput, try f.db.addService(f.admin, code: "NEW", name: "Two\nLines", serviceClass: .basic, points: 1))
        try XCTAssertRefusedUnchanged(f, .duplicate, try f.db.addService(f.admin, code: "NOV", name: "X", serviceClass: .basic, points: 1))
        try XCTAssertRefusedUnchanged(
            f, .invalidInput, try f.db.addService(f.admin, code: "NEG", name: "X", serviceClass: .basic, points: -1))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "no.such.key", value: "1"))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "sla.low.hours", value: "soon"))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "sla.low.hours", value: "-1"))
    }

    func testIdentityIsTheOSLoginOrAnAlias() throws {
        let f = try Fixture()
        XCTAssertEqual(Identity.osLogin(), Identity.login(uid: getuid()))
        XCTAssertFalse(Identity.osLogin().isEmpty)
        XCTAssertEqual(Identity.login(uid: 0), "root")
        XCTAssertEqual(Identity.login(uid: 4_000_000_000), "uid4000000000", "a uid with no passwd entry")

        XCTAssertEqual(try f.db.staff(forOSLogin: "lin").role, .librarian)
        XCTAssertRefused(.forbidden, try f.db.staff(forOSLogin: "mallory"))
        try f.db.writer.write { db in
            try db.execute(sql: "INSERT INTO login_alias(os_login, staff_id) VALUES ('u1234', ?)", arguments: [f.librarian.staff.id])
        }
        XCTAssertEqual(try f.db.staff(forOSLogin: "u1234").login, "lin")
        try f.db.writer.write { db in try db.execute(sql: "UPDATE staff SET active = 0 WHERE login = 'fred'") }
        XCTAssertRefused(.forbidden, try f.db.staff(forOSLogin: "fred"), "inactive staff may not act")
    }
}
