import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes sure the shell gets a sane terminal back however the app ends: normal return
/// (`NcursesTerminal.shutdown`), `exit()` (atexit), or a signal: SIGINT/SIGTERM/SIGHUP and
/// the crash signals a Swift trap raises. The handler restores the terminal, then lets the
/// signal take its default course so the exit status stays truthful.
enum TerminalRestore {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE]

    /// Installs once per process; later calls do nothing.
    static func install() { _ = installed }

    private static let installed: Void = {
        for s in signals { signal(s, restoreAndReraise) }
        atexit(restoreAtExit)
    }()
}

/// Leaves curses mode if it is active. isendwin() is false before initscr too, but endwin()
/// then returns ERR without touching anything.
private func restoreTerminal() {
    if !isendwin() {
        // write(2) is safe in a signal handler; stdio is not.
        if isatty(1) == 1 {
            let off = Array(BracketedPaste.off.utf8)
            _ = off.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
        }
        endwin()
    }
}

enum BracketedPaste {
    static let on = "\u{1b}[?2004h", off = "\u{1b}[?2004l"
}

private func restoreAndReraise(_ sig: Int32) {
    restoreTerminal()
    signal(sig, SIG_DFL)
    raise(sig)
}

private func restoreAtExit() {
    restoreTerminal()
}
