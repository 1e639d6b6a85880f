import Foundation
import XCTest

/// Runs the built `readerdesk` in a scratch directory with a controlled environment.
final class Harness {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
    }

    static let binary: URL = {
        let fm = FileManager.default
        let bundle = Bundle(for: Harness.self).bundleURL
        var candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("readerdesk"),
            bundle.appendingPathComponent("readerdesk"),
        ]
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("readerdesk")) }
        // Fall back to the package's own .build/debug.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/readerdesk"))
        for c in candidates where fm.isExecutableFile(atPath: c.path) { return c }
        fatalError("readerdesk not found; looked in \(candidates.map(\.path))")
    }()

    let dir: URL
    var user = "alice"
    var now = "2026-10-05T10:00:00+08:00"
    /// Variables to set (an empty value stays set, as a shell's `VAR=` does).
    var extra: [String: String] = [:]
    /// Variables to leave out of the environment.
    var unset: Set<String> = []
    var dbPath: String { dir.appendingPathComponent("db.sqlite").path }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("readerdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    var environment: [String: String] {
        var env: [String: String] = [
            "PATH": "/usr/bin:/bin",
            "READERDESK_AS": user,
            "HOME": dir.appendingPathComponent("home").path,
            "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path,
            "READERDESK_DB": dbPath,
            "READERDESK_NOW": now,
            "TZ": "Asia/Shanghai",
            "LANG": "C.UTF-8",
        ]
        for (k, v) in extra { env[k] = v }
        return env.filter { !unset.contains($0.key) }
    }

    @discardableResult
    func run(_ args: String..., as login: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        try run(args, as: login)
    }

    @discardableResult
    func run(_ args: [String], as login: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = Harness.binary
        p.arguments = args
        var env = environment
        if let login { env["READERDESK_AS"] = login }
        p.environment = env
        p.currentDirectoryURL = dir
        // Output goes to files, so neither stream can fill a pipe and block the child.
        let outURL = dir.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
        return Result(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command that must succeed, and returns its stdout.
    @discardableResult
    func ok(_ args: String..., as login: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try run(args, as: login)
        XCTAssertEqual(r.status, 0, "readerdesk \(args.joined(separator: " ")) failed: \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stderr, "", file: file, line: line)
        return r.stdout
    }

    /// Runs a command with `--json` that must succeed, and parses its stdout.
    func json(_ args: String..., as login: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        let r = try run(args + ["--json"], as: login)
        XCTAssertEqual(r.status, 0, "readerdesk \(args.joined(separator: " ")) failed: \(r.stderr)", file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8), options: [.fragmentsAllowed])
    }

    func stats(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Int] {
        let r = try run(["stats", "--json"], as: "alice")
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Int], file: file, line: line)
    }

    /// Runs a command that must fail with one line on stderr and leave the counts as they were.
    @discardableResult
    func refused(
        _ args: String..., as login: String? = nil, mentioning: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> Result {
        let before = try stats(file: file, line: line)
        let r = try run(args, as: login)
        checkOneLineFailure(r, args, mentioning: mentioning, file: file, line: line)
        XCTAssertEqual(
            try stats(file: file, line: line), before, "readerdesk \(args.joined(separator: " ")) changed something", file: file, line: line
        )
        return r
    }

    func checkOneLineFailure(_ r: Result, _ args: [String], mentioning: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let cmd = "readerdesk " + args.joined(separator: " ")
        XCTAssertNotEqual(r.status, 0, "\(cmd) should have failed", file: file, line: line)
        XCTAssertEqual(r.stderrLines.count, 1, "\(cmd) should say one line on stderr, said: \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.hasSuffix("\n"), file: file, line: line)
        XCTAssertEqual(r.stdout, "", "\(cmd) printed on stdout", file: file, line: line)
        if let mentioning {
            XCTAssertTrue(
                r.stderr.localizedCaseInsensitiveContains(mentioning), "\(cmd): '\(r.stderr)' should mention \(mentioning)", file: file,
                line: line)
        }
    }

    /// init as alice, a librarian and a front-desk clerk, two services and three readers.
    func library() throws {
        try ok("init")
        try ok("staff", "add", "lin", "--name", "Lin Wei", "--role", "librarian", "--subjects", "Physics,Chemistry")
        try ok("staff", "add", "fred", "--name", "Fred", "--role", "front-desk")
        try ok("service", "add", "NOV", "--name", "Novelty search", "--class", "premium", "--value", "10")
        try ok("service", "add", "LOAN", "--name", "Loans", "--class", "basic", "--value", "1")
        try ok(
            "reader", "add", "--card", "2026001", "--name", "张三丰", "--type", "faculty", "--tier", "vip", "--dept", "Physics",
            "--email", "zsf@wudang.edu.cn", "--phone", "138-0013-8000", "--birthday", "1990-02-28")
        try ok("reader", "add", "--card", "2026002", "--name", "欧阳修", "--dept", "History")
        try ok("reader", "add", "--card", "2026003", "--name", "Mary Smith", "--email", "mary@example.edu")
    }
}
