public struct TerminalSize: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
}

/// What the app needs from a terminal: its size, key presses, and a way to show a frame.
/// The app renders a `Screen` and flushes it; only the terminal knows how to draw it.
/// `NcursesTerminal` is the real one, `MemoryTerminal` the one tests drive.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    var colourMode: ColourMode { get }
    /// The frame the terminal shows now (nil before the first flush or after `redrawAll`).
    var lastFlushed: Screen? { get }

    /// Waits up to `timeout` milliseconds for a key; nil if none came (so the app can poll
    /// the database between keys). A negative timeout waits for ever.
    func readKey(timeout: Int) -> Key?

    /// Shows `screen`, sending only the cells that differ from `previous` (nil: all of them).
    func flush(_ screen: Screen, previous: Screen?)

    /// Forgets what is on screen so the next flush redraws everything (Ctrl-L, resize).
    func redrawAll()

    /// Where the text cursor blinks (a text field), or nil to hide it.
    func setCursor(_ position: (x: Int, y: Int)?)

    /// Colours for the frames that follow.
    func setTheme(_ theme: Theme)

    /// Gives the terminal back to the shell. Safe to call more than once.
    func shutdown()
}

extension Terminal {
    /// Flushes against the frame last shown: the usual call after each render.
    public func flush(_ screen: Screen) { flush(screen, previous: lastFlushed) }

    public func readKey() -> Key? { readKey(timeout: 250) }
}

/// How many bytes a frame update costs on a typical terminal: a cursor move per run, an SGR
/// sequence whenever the look changes, and the UTF-8 of the characters. Used by
/// MemoryTerminal and benchmarks to check that moving a selection stays cheap.
public enum FlushCost {
    public static func bytes(of runs: [ScreenRun], theme: Theme, mode: ColourMode) -> Int {
        var total = 0
        var current: ResolvedStyle? = nil
        for run in runs {
            total += 4 + digits(run.y + 1) + digits(run.x + 1)  // ESC [ y ; x H
            for cell in run.cells where !cell.isContinuation {
                let look = theme.resolve(cell.style, mode: mode)
                if look != current { total += sgrLength(look); current = look }
                total += String(cell.character).utf8.count
            }
        }
        return total
    }

    static func sgrLength(_ r: ResolvedStyle) -> Int {
        var n = 4  // ESC [ 0 ... m
        for a in [TextAttributes.bold, .dim, .underline, .reverse] where r.attributes.contains(a) { n += 2 }
        for c in [r.foreground, r.background] where c >= 0 { n += c < 8 ? 3 : 6 + digits(c) }
        return n
    }

    private static func digits(_ n: Int) -> Int { n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : String(n).count }
}
