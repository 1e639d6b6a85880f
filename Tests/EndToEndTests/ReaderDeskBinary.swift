import Foundation
import XCTest

/// Runs the built `readerdesk` against a database in a fresh temporary directory.
struct ReaderDeskBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The project's own sample files (Tests/Fixtures/README.md).
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// The products directory beside the test bundle, else .build/debug of the package.
    static let url: URL = {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("readerdesk")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("readerdesk"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/readerdesk"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    let dir: URL
    var dbPath: String { dir.appendingPathComponent("rd.sqlite").path }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        return path(name)
    }

    func process(_ args: [String], user: String = "admin") -> Process {
        let p = Process()
        p.executableURL = Self.url
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["READERDESK_DB"] = dbPath
        env["READERDESK_AS"] = user
        env["READERDESK_NOW"] = "2026-10-05T10:00:00+08:00"
        env["TZ"] = "Asia/Shanghai"
        p.environment = env
        return p
    }

    /// Runs to the end: exit status, stdout, stderr.
    @discardableResult
    func run(_ args: String..., user: String = "admin") throws -> (status: Int32, out: String, err: String) {
        let p = process(args, user: user)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Runs and fails the test unless it exits 0.
    @discardableResult
    func ok(_ args: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let p = process(args)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(
            p.terminationStatus, 0, "readerdesk \(args.joined(separator: " ")): \(String(decoding: e, as: UTF8.self))",
            file: file, line: line)
        return String(decoding: o, as: UTF8.self)
    }
}
