import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Counts the bytes real ncurses sends for a sequence of frames, through a pseudo-terminal:
/// what an SSH user's link carries, with ncurses' own optimisations (scrolling a region, cursor
/// moves) included — the in-memory screen can only count changed cells.
public enum PseudoTerminalMeter {
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Bytes sent for each frame after the first (which sets the scene). With `rectangles` the
    /// meter answers like xterm that it can scroll a rectangle (left and right margins).
    public static func bytes(for frames: [Screen], type: String = "xterm-256color", rectangles: Bool = true) throws -> [Int] {
        // posix_openpt and friends are hidden from Swift's Glibc; do what they do on Linux.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: Int32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
            ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
        else {
            throw Unavailable(description: "no pseudo-terminal available")
        }
        defer { close(master) }
        guard let slave = fopen("/dev/pts/\(number)", "r+") else { throw Unavailable(description: "cannot open the pseudo-terminal") }
        defer { fclose(slave) }
        if let first = frames.first {
            var size = winsize(ws_row: UInt16(first.height), ws_col: UInt16(first.width), ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(fileno(slave), UInt(TIOCSWINSZ), &size)
        }
        let terminal = try NcursesTerminal(
            theme: ThemeLoader.builtinDefault(), input: slave, output: slave,
            type: type, environment: [:])
        defer { terminal.shutdown() }
        _ = drain(master)
        if rectangles {
            let reply = Array("\u{1b}[?69;2$y".utf8)
            _ = reply.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            _ = terminal.readKey(timeout: 1000)
        }
        var counts: [Int] = []
        for (i, frame) in frames.enumerated() {
            terminal.flush(frame)
            let n = drain(master).count
            if i > 0 { counts.append(n) }
        }
        return counts
    }

    /// Everything the terminal wrote, until it has been quiet for `waitMs`.
    static func drain(_ master: Int32, waitMs: Int32 = 100) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, waitMs) > 0 else { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }
}
