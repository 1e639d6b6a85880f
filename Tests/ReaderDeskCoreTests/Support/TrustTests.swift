import Foundation
import XCTest

@testable import ReaderDeskCore

/// Who the caller is and what they may choose, with and without set-user-id.
final class TrustTests: XCTestCase {
    let me = ProcessPrivilege(setID: false, realUID: 1000)
    let setID = ProcessPrivilege(setID: true, realUID: 1000)
    let overrides = ["READERDESK_AS": "admin", "READERDESK_NOW": "2026-10-05T10:00:00+08:00"]

    func testOverridesHonouredOnlyOnOwnFileWithoutPrivilege() throws {
        XCTAssertEqual(
            try CallerOverrides.decide(environment: overrides, privilege: me, databaseOwner: 1000),
            CallerOverrides(login: "admin", now: "2026-10-05T10:00:00+08:00"))
        XCTAssertEqual(
            try CallerOverrides.decide(environment: overrides, privilege: me, databaseOwner: nil).login, "admin",
            "a database not made yet will be the caller's")
        XCTAssertRefused(.forbidden, try CallerOverrides.decide(environment: overrides, privilege: me, databaseOwner: 999))
        XCTAssertRefused(
            .forbidden, try CallerOverrides.decide(environment: ["READERDESK_NOW": "2019-06-01"], privilege: me, databaseOwner: 0))
        XCTAssertRefused(.forbidden, try CallerOverrides.decide(environment: overrides, privilege: setID, databaseOwner: 1000))
        XCTAssertRefused(
            .forbidden, try CallerOverrides.decide(environment: ["READERDESK_AS": "admin"], privilege: setID, databaseOwner: nil))
    }

    func testNoOverridesAreNoRefusal() throws {
        let none = ["USER": "admin", "LOGNAME": "admin", "READERDESK_AS": "", "READERDESK_NOW": ""]
        for p in [me, setID] {
            XCTAssertEqual(try CallerOverrides.decide(environment: none, privilege: p, databaseOwner: 999), CallerOverrides())
        }
    }

    func testThisTestProcessIsNotSetID() {
        XCTAssertFalse(ProcessPrivilege.current.setID)
        XCTAssertEqual(ProcessPrivilege.current.realUID, getuid())
    }

    func testSecureModeTakesTheDatabaseOnlyFromTheSystemConfig() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let system = dir.appendingPathComponent("etc.toml").path
        let user = dir.appendingPathComponent("user.toml").path
        try Data("database = \"/srv/readerdesk/library.sqlite\"\n".utf8).write(to: URL(fileURLWithPath: system))
        try Data("database = \"/tmp/mine.sqlite\"\n".utf8).write(to: URL(fileURLWithPath: user))
        let env = ["READERDESK_DB": "/tmp/other.sqlite", "READERDESK_CONFIG": user, "HOME": dir.path]

        let plain = try DatabaseLocation.resolve(explicit: "/tmp/x.sqlite", environment: env, privilege: me, systemConfig: system)
        XCTAssertEqual(plain.path, "/tmp/x.sqlite")
        XCTAssertEqual(
            try DatabaseLocation.resolve(
                explicit: nil, environment: ["READERDESK_CONFIG": user], privilege: me,
                systemConfig: system
            ).path, "/tmp/mine.sqlite")

        let secure = try DatabaseLocation.resolve(explicit: "/tmp/x.sqlite", environment: env, privilege: setID, systemConfig: system)
        XCTAssertEqual(secure.path, "/srv/readerdesk/library.sqlite")
        XCTAssertEqual(secure.ignored, ["db", "READERDESK_DB", "READERDESK_CONFIG"])
        XCTAssertEqual(try DatabaseLocation.resolve(explicit: nil, environment: [:], privilege: setID, systemConfig: system).ignored, [])

        XCTAssertRefused(
            .io,
            try DatabaseLocation.resolve(
                explicit: nil, environment: env, privilege: setID,
                systemConfig: dir.appendingPathComponent("none.toml").path))
        try Data("database = \"relative.sqlite\"\n".utf8).write(to: URL(fileURLWithPath: system))
        XCTAssertRefused(.io, try DatabaseLocation.resolve(explicit: nil, environment: env, privilege: setID, systemConfig: system))
    }

    func testDatabaseOwner() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("owner-\(UUID().uuidString)").path
        XCTAssertNil(try DatabaseLocation.owner(of: path))
        FileManager.default.createFile(atPath: path, contents: nil)
        defer { unlink(path) }
        XCTAssertEqual(try DatabaseLocation.owner(of: path), getuid())
    }

    func testOutsiderMessage() {
        XCTAssertEqual(
            AppDatabase.outsiderMessage("mallory"),
            "you are not on ReaderDesk's staff list: ask an administrator (your login is 'mallory')")
    }
}
