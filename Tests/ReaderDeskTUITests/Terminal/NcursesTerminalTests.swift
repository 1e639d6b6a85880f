import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Drives the real ncurses terminal through a pseudo-terminal and counts the bytes it sends.
final class NcursesTerminalTests: XCTestCase {
    private var master: Int32 = -1

    private func drain(waitMs: Int32 = 100) -> [UInt8] { PseudoTerminalMeter.drain(master, waitMs: waitMs) }

    private func send(_ s: String) {
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// A bordered list of readers starting at `top`, the last row selected, as the readers pane draws it.
    static func scrolledList(top: Int, width: Int = 80, height: Int = 24) -> Screen {
        var s = Screen(width: width, height: height)
        s.put(" Readers  Matrix  Tickets", x: 0, y: 0, style: Style(.tabActive))
        s.box(x: 0, y: 1, width: width, height: height - 2, style: Style(.border), kind: .single, title: "Readers")
        for row in 0..<(height - 4) {
            let n = top + row
            let name = n % 3 == 0 ? "张三丰" : n % 3 == 1 ? "Li Wei" : "欧阳娜娜"
            let line = DisplayWidth.pad("R\(1000 + n)", to: 8) + DisplayWidth.pad(name, to: 12) + "reader\(n)@example.org"
            let selected = row == height - 5
            s.put(line, x: 1, y: row + 2, style: selected ? Style(.selected) : .normal, maxWidth: width - 2)
            if selected { s.restyle(x: 1, y: row + 2, width: width - 2, style: Style(.selected)) }
        }
        s.put("alice · librarian · 3 pending", x: 0, y: height - 1, style: Style(.status))
        return s
    }

    /// A list that scrolls by one row under a fixed selection: ncurses scrolls the region
    /// instead of repainting every row.
    func testScrollingTheListOneRowSendsFewBytes() throws {
        let bytes = try PseudoTerminalMeter.bytes(for: [Self.scrolledList(top: 0), Self.scrolledList(top: 1)])
        print("scrolling the list one row: \(bytes) bytes")
        XCTAssertLessThan(bytes[0], 300, "scrolling the list one row sent \(bytes[0]) bytes")
    }

    /// The wide layout: the readers list scrolls in the left pane, the matrix and tickets panes
    /// beside it stay. A terminal with left and right margins scrolls just that rectangle.
    static func scrolledPanes(top: Int) -> Screen {
        var s = Screen(width: 160, height: 48)
        let list = scrolledList(top: top, width: 57, height: 48)
        for y in 0..<47 {
            for x in 0..<57 where !list[x, y].isContinuation { s.put(String(list[x, y].character), x: x, y: y, style: list[x, y].style) }
        }
        s.box(x: 57, y: 0, width: 51, height: 47, style: Style(.border), kind: .single, title: "Matrix")
        s.box(x: 108, y: 0, width: 52, height: 47, style: Style(.border), kind: .single, title: "Tickets")
        for row in 0..<40 {
            s.put("① Keep in touch  \(row * 7) open", x: 59, y: row + 2)
            s.put("T\(200 + row)  open  complaint  overdue", x: 110, y: row + 2)
        }
        s.put("alice · librarian · 3 pending", x: 0, y: 47, style: Style(.status))
        return s
    }

    func testScrollingOnePaneOfTheWideLayoutScrollsOnlyThatPane() throws {
        let before = Self.scrolledPanes(top: 0), after = Self.scrolledPanes(top: 1)
        let block = try XCTUnwrap(after.scrolledBlock(from: before))
        XCTAssertTrue(block.up)
        // It may take in the matrix pane's border and a blank beside it, the same in both frames.
        XCTAssertLessThan(block.right, 60, "the block ends at the readers pane: \(block)")
        XCTAssertEqual(block.top, 2)
        XCTAssertNil(after.scrolledBlock(from: after), "an unchanged frame scrolls nothing")
        XCTAssertEqual(before.scrolledBlock(from: after)?.up, false, "moving back scrolls down")
        let bytes: [Int], plain: [Int]
        do {
            bytes = try PseudoTerminalMeter.bytes(for: [before, after, before])
            plain = try PseudoTerminalMeter.bytes(for: [before, after, before], rectangles: false)
        } catch let e as PseudoTerminalMeter.Unavailable {
            throw skipOutsideCI(e.description)
        }
        print("scrolling one pane of the wide layout: \(bytes) bytes (\(plain) without margins)")
        XCTAssertLessThan(bytes[0], 300, "one pane scrolled down a row")
        XCTAssertLessThan(bytes[1], 300, "and back up")
    }

    func testFlushSendsFewBytesAndKeysDecode() throws {
        setenv("LC_ALL", "C.UTF-8", 1)
        // posix_openpt and friends are hidden from Swift's Glibc; do what they do on Linux.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: Int32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
            ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
        else {
            throw skipOutsideCI("no pseudo-terminal available")
        }
        defer { close(master) }
        guard let slave = fopen("/dev/pts/\(number)", "r+") else { throw skipOutsideCI("cannot open pty slave") }
        defer { fclose(slave) }

        let terminal = try NcursesTerminal(
            theme: ThemeLoader.builtinDefault(), input: slave, output: slave,
            type: "xterm-256color", environment: [:])
        defer { terminal.shutdown() }
        XCTAssertEqual(terminal.colourMode, ColourMode.indexed256)
        XCTAssertEqual(terminal.size, TerminalSize(width: 80, height: 24))
        _ = drain()

        terminal.flush(MemoryTerminalTests.listFrame(selected: 3))
        let first = drain()
        XCTAssertGreaterThan(first.count, 1000)
        XCTAssertTrue(String(decoding: first, as: UTF8.self).contains("张三丰"))

        terminal.flush(MemoryTerminalTests.listFrame(selected: 4))
        let move = drain()
        XCTAssertGreaterThan(move.count, 0)
        print("moving the selection one row: \(move.count) bytes (first frame \(first.count))")
        XCTAssertLessThan(move.count, 300, "moving the selection one row sent \(move.count) bytes")

        terminal.flush(MemoryTerminalTests.listFrame(selected: 4))
        XCTAssertEqual(drain(waitMs: 50).count, 0, "an unchanged frame sends nothing")

        // keypad() switches the terminal to application mode: arrows arrive as ESC O A.
        let keys: [(String, Key)] = [
            ("\u{1B}OA", .up), ("张", .char("张")), ("\t", .tab), ("\u{1B}[Z", .backTab),
            ("\r", .enter), ("\u{0C}", .ctrl("l")), ("q", .char("q")), ("\u{1B}", .escape),
        ]
        for (bytes, key) in keys {
            send(bytes)
            XCTAssertEqual(terminal.readKey(timeout: 1000), key, "for \(bytes.debugDescription)")
        }
        XCTAssertNil(terminal.readKey(timeout: 10))

        terminal.shutdown()
        let tail = String(decoding: drain(), as: UTF8.self)
        XCTAssertTrue(tail.contains("\u{1B}[?1049l"), "endwin leaves the alternate screen")
    }
}
