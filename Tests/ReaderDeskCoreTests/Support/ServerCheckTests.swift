import Foundation
import XCTest

@testable import ReaderDeskCore

/// The layout check names each loose mode on its own line, and is quiet about what is right.
final class ServerCheckTests: XCTestCase {
    func testLooseModesAreNamedOneLineEach() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-server-\(UUID().uuidString)")
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        chmod(dir.path, 0o755)
        let binary = dir.appendingPathComponent("readerdesk").path, config = dir.appendingPathComponent("config.toml").path
        let database = data.appendingPathComponent("library.sqlite").path
        FileManager.default.createFile(atPath: binary, contents: Data([0]))
        FileManager.default.createFile(atPath: database, contents: nil)
        try Data("database = \"\(database)\"\n".utf8).write(to: URL(fileURLWithPath: config))
        chmod(config, 0o644)
        let me = Identity.osLogin()
        let check = ServerCheck(binary: binary, systemConfig: config, account: me)

        chmod(binary, 0o4755); chmod(data.path, 0o700); chmod(database, 0o600)
        let good = check.problems().map(\.message).filter { !$0.contains("not root") && !$0.contains("someone could move") }
        XCTAssertEqual(good, [], "\(good)")

        chmod(binary, 0o775); chmod(data.path, 0o2770); chmod(database, 0o660)
        let bad = check.problems().map(\.message)
        for expected in [
            "not set-user-id", "writable by group or others", "\(data.path): open to group or others",
            "\(database): open to group or others",
        ] {
            XCTAssertTrue(bad.contains { $0.contains(expected) }, "\(expected) in \(bad)")
        }
        XCTAssertTrue(bad.allSatisfy { !$0.contains("\n") })
        XCTAssertEqual(ServerCheck(binary: binary, systemConfig: config, account: "rd-no-such-account").problems().count, 1)
    }

    func testTheSetIDEnvironmentKeepsOnlyWhatIsNeeded() {
        let env = [
            "TERM": "xterm", "ICU_DATA": "/tmp/x", "TMPDIR": "/tmp/y", "SQLITE_TMPDIR": "/tmp/z", "TERMINFO": "/tmp/t",
            "TZ": "/tmp/zone", "SWIFT_DEBUG_LIB_PRESPECIALIZED_PATH": "/tmp/evil.so", "LANG": "zh_CN.UTF-8", "PATH": "/tmp/bin",
            "READERDESK_AS": "admin", "HOME": "/home/u",
        ]
        XCTAssertEqual(
            SecureEnvironment.filtered(env),
            [
                "TERM": "xterm", "LANG": "zh_CN.UTF-8", "PATH": "/usr/bin:/bin",
                "READERDESK_AS": "admin", "HOME": "/home/u",
            ])
        XCTAssertEqual(SecureEnvironment.filtered(["TZ": "Asia/Shanghai"])["TZ"], "Asia/Shanghai")
    }
}
