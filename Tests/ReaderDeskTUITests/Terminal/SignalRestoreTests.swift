import Foundation
import XCTest

@testable import ReaderDeskTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Kills a full-screen child with a signal and checks the terminal was restored first.
/// The child is this same test binary running `testChildEntersFullScreenThenIsKilled`.
final class SignalRestoreTests: XCTestCase {
    static let childVariable = "READERDESK_SIGNAL_TEST_CHILD"

    /// In the child: go full screen, draw, then receive the signal named by the variable.
    func testChildEntersFullScreenThenIsKilled() throws {
        guard let name = ProcessInfo.processInfo.environment[Self.childVariable] else { return }
        let terminal = try NcursesTerminal(theme: ThemeLoader.builtinDefault())
        var frame = Screen(width: terminal.size.width, height: terminal.size.height)
        frame.put("child 张三丰", x: 0, y: 0)
        terminal.flush(frame)
        raise(name == "INT" ? SIGINT : name == "HUP" ? SIGHUP : SIGTERM)
        XCTFail("the signal should have ended the child")
    }

    func testSignalsRestoreTheTerminal() throws {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0])
        guard exe.lastPathComponent.hasSuffix(".xctest") else { throw skipOutsideCI("not run by the xctest binary") }
        for (name, number) in [("TERM", SIGTERM), ("INT", SIGINT), ("HUP", SIGHUP)] {
            let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0, pts: Int32 = 0
            guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &pts) == 0,
                let slave = FileHandle(forUpdatingAtPath: "/dev/pts/\(pts)")
            else {
                throw skipOutsideCI("no pseudo-terminal available")
            }
            defer { close(master) }
            let child = Process()
            child.executableURL = exe
            child.arguments = ["ReaderDeskTUITests.SignalRestoreTests/testChildEntersFullScreenThenIsKilled"]
            var env = ProcessInfo.processInfo.environment
            env[Self.childVariable] = name
            env["TERM"] = "xterm-256color"
            env["LC_ALL"] = "C.UTF-8"
            child.environment = env
            child.standardInput = slave
            child.standardOutput = slave
            child.standardError = FileHandle.nullDevice
            try child.run()
            var output: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 8192)
            while child.isRunning || output.isEmpty {
                var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 200) > 0 {
                    let n = read(master, &buffer, buffer.count)
                    if n > 0 { output += buffer[0..<n] }
                }
                if !child.isRunning { break }
            }
            child.waitUntilExit()
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while poll(&p, 1, 100) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                output += buffer[0..<n]
            }
            try? slave.close()
            let text = String(decoding: output, as: UTF8.self)
            XCTAssertEqual(child.terminationReason, .uncaughtSignal, name)
            XCTAssertEqual(child.terminationStatus, number, name)
            XCTAssertTrue(text.contains("张三丰"), "\(name): the child drew its frame")
            let entered = text.range(of: "\u{1B}[?1049h")
            let left = text.range(of: "\u{1B}[?1049l", options: .backwards)
            XCTAssertNotNil(entered, name)
            XCTAssertNotNil(left, "\(name): endwin ran before the signal ended the child")
            if let entered, let left { XCTAssertLessThan(entered.lowerBound, left.lowerBound) }
        }
    }
}
