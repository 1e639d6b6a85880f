import CNcursesw
import Foundation
import ReaderDeskCore

public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The real terminal, through ncursesw. It draws Screens by sending only changed runs and
/// decodes keys with wget_wch, so a Chinese character typed through an input method
/// arrives as one key. Every exit path restores the terminal (see TerminalRestore).
public final class NcursesTerminal: Terminal {
    public let colourMode: ColourMode
    public private(set) var lastFlushed: Screen?
    private var colours: NcursesColours
    private var active = true
    private var cursesScreen: OpaquePointer?
    private var cursorPosition: (x: Int, y: Int)?

    /// Enters full-screen mode on the process's terminal. Throws (leaving the terminal
    /// untouched) when stdin/stdout is not a terminal or TERM is unknown.
    public convenience init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(description: "standard input and output must be a terminal")
        }
        try self.init(theme: theme, input: rd_stdin(), output: rd_stdout(), type: nil, environment: environment)
    }

    /// Enters full-screen mode on any pair of streams (tests use a pseudo-terminal).
    init(
        theme: Theme, input: UnsafeMutablePointer<FILE>?, output: UnsafeMutablePointer<FILE>?,
        type: String?, environment: [String: String]
    ) throws {
        // Before newterm, or wide characters break. A locale the system lacks (zh_CN.UTF-8 on a
        // minimal server) would leave us in ASCII "C": fall back to C.UTF-8 instead.
        if setlocale(LC_ALL, "") == nil { setlocale(LC_ALL, "C.UTF-8") }
        TerminalRestore.install()  // before newterm, so ncurses keeps our handlers
        guard let screenPointer = newterm(type, output, input) else {
            throw TerminalError(description: "cannot open terminal '\(type ?? environment["TERM"] ?? "")'")
        }
        cursesScreen = screenPointer
        set_escdelay(25)  // Esc is a key here, not a prefix to wait on
        cbreak()
        // Ctrl-S saves a form: the tty must not take it as XOFF and freeze the screen.
        // endwin() puts back the shell's modes, flow control included.
        if let input {
            var modes = termios()
            let fd = fileno(input)
            if tcgetattr(fd, &modes) == 0 {
                modes.c_iflag &= ~tcflag_t(IXON)
                tcsetattr(fd, TCSANOW, &modes)
                def_prog_mode()
            }
        }
        noecho()
        nonl()
        keypad(rd_stdscr(), true)
        intrflush(rd_stdscr(), false)
        // Let ncurses scroll the terminal when the same lines come back one row up or down
        // (a list scrolling by a row), rather than repainting each of them: on slow SSH links
        // a one-row move then costs a scroll and one line, not a screenful. One pane of three
        // scrolling is the app's to find and scroll (`scroll`): ncurses only knows whole lines.
        idlok(rd_stdscr(), true)
        curs_set(0)
        leaveok(rd_stdscr(), true)
        var colourCount = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colourCount = Int(rd_colors())
        }
        colourMode = ColourMode.detect(environment: environment, terminalColours: colourCount)
        colours = NcursesColours(theme: theme, mode: colourMode)
        wtimeout(rd_stdscr(), 250)
        // Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, so a paste
        // with line breaks arrives as text and never as Enter or as commands.
        define_key("\u{1b}[200~", Self.pasteStart)
        define_key("\u{1b}[201~", Self.pasteEnd)
        // Can the terminal scroll a rectangle (DECSLRM)? Its answer arrives later as a key.
        for state in 0...4 { define_key("\u{1b}[?69;\(state)$y", state == 1 || state == 2 ? Self.marginsYes : Self.marginsNo) }
        self.output = output
        send(BracketedPaste.on)
        // Only xterm's kin are asked: tmux and screen have no margins to offer, and an answer that
        // a slow link split would arrive as keys.
        if (type ?? environment["TERM"] ?? "").hasPrefix("xterm") { send(PaneScroll.query) }
    }

    static let pasteStart = KEY_MAX + 1, pasteEnd = KEY_MAX + 2, marginsYes = KEY_MAX + 3, marginsNo = KEY_MAX + 4
    /// The terminal said it can scroll a rectangle: a list scrolling in one pane costs a scroll.
    private(set) var scrollsRectangles = false
    private var output: UnsafeMutablePointer<FILE>?

    private func send(_ sequence: String) {
        guard let output else { return }
        fputs(sequence, output)
        fflush(output)
    }

    /// Reads up to the end-of-paste mark; a paste that never ends stops after a quiet 200 ms.
    private func readPaste() -> Key {
        var text = ""
        var value: wint_t = 0
        wtimeout(rd_stdscr(), 200)
        while true {
            let status = wget_wch(rd_stdscr(), &value)
            if status == rd_err() { break }
            if status == rd_key_code_yes() {
                if Int32(value) == Self.pasteEnd { break }
                continue
            }
            switch value {
            case 13, 10: text.append("\n")
            case 9: text.append("\t")
            default: if let u = Unicode.Scalar(UInt32(value)) { text.unicodeScalars.append(u) }
            }
        }
        return .paste(text)
    }

    deinit { shutdown() }

    /// Runs `body` with a terminal and always restores the screen afterwards, also when
    /// `body` throws.
    public static func run<T>(theme: Theme, _ body: (NcursesTerminal) throws -> T) throws -> T {
        let terminal = try NcursesTerminal(theme: theme)
        defer { terminal.shutdown() }
        return try body(terminal)
    }

    public var size: TerminalSize {
        var y: Int32 = 0, x: Int32 = 0
        rd_getmaxyx(rd_stdscr(), &y, &x)
        return TerminalSize(width: Int(x), height: Int(y))
    }

    public func readKey(timeout: Int) -> Key? {
        guard active else { return nil }
        wtimeout(rd_stdscr(), Int32(clamping: timeout))
        var value: wint_t = 0
        let status = wget_wch(rd_stdscr(), &value)
        if status == rd_key_code_yes(), Int32(value) == Self.pasteStart { return readPaste() }
        if status == rd_key_code_yes(), [Self.marginsYes, Self.marginsNo].contains(Int32(value)) {
            scrollsRectangles = Int32(value) == Self.marginsYes
            return nil  // the terminal's answer, not a key
        }
        let key = NcursesKeys.decode(status: status, value: UInt32(value))
        // ncurses has resized its windows already; what it shows no longer matches lastFlushed.
        if key == .resize { lastFlushed = nil }
        return key
    }

    public func flush(_ screen: Screen, previous: Screen?) {
        guard active else { return }
        let window = rd_stdscr()
        // Whole lines that moved ncurses finds and scrolls itself; a block narrower than the screen
        // (one pane of three) it cannot, and would scroll the panes beside it along.
        let runs = screen.diff(from: previous)
        if scrollsRectangles, previous != nil, let shown = lastFlushed, Set(runs.lazy.map(\.y)).count >= 3,
            let block = screen.scrolledBlock(from: shown), block.right - block.left + 1 < screen.width
        {
            scroll(block, shown: shown)
        }
        for run in runs { draw(run, in: window) }
        if let c = cursorPosition { wmove(window, Int32(c.y), Int32(c.x)) }
        wnoutrefresh(window)
        doupdate()
        lastFlushed = screen
    }

    public func redrawAll() {
        lastFlushed = nil
        clearok(rd_curscr(), true)  // make ncurses repaint the real screen too
    }

    public func setCursor(_ position: (x: Int, y: Int)?) {
        guard active else { return }
        cursorPosition = position
        // With the cursor hidden, ncurses may leave it wherever drawing ended instead of
        // sending a move back to it after every frame.
        leaveok(rd_stdscr(), position == nil)
        if let p = position {
            wmove(rd_stdscr(), Int32(p.y), Int32(p.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
    }

    public func setTheme(_ theme: Theme) {
        colours = NcursesColours(theme: theme, mode: colourMode)
        lastFlushed = nil
    }

    public func shutdown() {
        guard active else { return }
        active = false
        send(BracketedPaste.off)
        if !isendwin() { endwin() }
        if let cursesScreen { delscreen(cursesScreen) }
        cursesScreen = nil
    }

    /// Scrolls `block` on the terminal, then tells ncurses what the screen shows now (curscr:
    /// `shown` moved by a row in the block, the uncovered row blank in the default colours), so
    /// that its own update sends only what still differs. `wredrawln` first: it also forgets the
    /// rows' line hashes, or ncurses would match them to the new frame and scroll them again.
    private func scroll(_ block: ScrolledBlock, shown: Screen) {
        send(PaneScroll.sequence(block))
        let curscr = rd_curscr()
        wredrawln(rd_stdscr(), Int32(block.top), Int32(block.bottom - block.top + 1))
        let uncovered = block.up ? block.bottom : block.top
        for y in block.top...block.bottom {
            var cells = Array(shown.cells[y * shown.width..<(y + 1) * shown.width])
            for x in block.left...block.right { cells[x] = y == uncovered ? .blank : shown[x, block.up ? y + 1 : y - 1] }
            draw(ScreenRun(x: 0, y: y, cells: cells), in: curscr)
            if y == uncovered {
                var blank = cchar_t()
                setcchar(&blank, [wchar_t(32), 0], rd_a_normal(), 0, nil)
                let blanks = Array(repeating: blank, count: block.right - block.left + 1)
                mvwadd_wchnstr(curscr, Int32(y), Int32(block.left), blanks, Int32(blanks.count))
            }
        }
    }

    /// ASCII goes out in batches; every other character is placed at its own column, so
    /// even where the C library measures a character differently from DisplayWidth the rest
    /// of the line stays where the grid says. Before a wide character the column of its
    /// right half is blanked, so nothing stale survives if the C library thinks it narrow.
    private func draw(_ run: ScreenRun, in window: UnsafeMutablePointer<WINDOW>?) {
        var batch: [cchar_t] = []
        batch.reserveCapacity(run.cells.count)
        var batchX = run.x
        let y = Int32(run.y)
        func send() {
            if !batch.isEmpty { mvwadd_wchnstr(window, y, Int32(batchX), batch, Int32(batch.count)) }
            batch.removeAll(keepingCapacity: true)
        }
        for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
            let x = run.x + offset
            if cell.character.isASCII {
                if batch.isEmpty { batchX = x }
                batch.append(makeCell(cell))
                continue
            }
            send()
            if offset + 1 < run.cells.count && run.cells[offset + 1].isContinuation {
                var blank = [makeCell(Cell(" ", style: cell.style))]
                mvwadd_wchnstr(window, y, Int32(x + 1), &blank, 1)
            }
            var one = [makeCell(cell)]
            mvwadd_wchnstr(window, y, Int32(x), &one, 1)
        }
        send()
    }

    private func makeCell(_ cell: Cell) -> cchar_t {
        let look = colours.look(cell.style)
        // A cchar_t holds a spacing character and up to four combining ones.
        var chars: [wchar_t] = []
        for s in cell.character.unicodeScalars.prefix(5) { chars.append(wchar_t(bitPattern: s.value)) }
        chars.append(0)
        var c = cchar_t()
        setcchar(&c, chars, look.attr, look.pair, nil)
        return c
    }
}
