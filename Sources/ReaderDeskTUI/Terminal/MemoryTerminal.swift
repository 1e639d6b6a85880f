/// A terminal that lives in memory, for tests and benchmarks: keys are queued by the test,
/// flushed frames are applied run by run to `screen` (so a wrong diff shows up as a wrong
/// picture), and the bytes a real terminal would have received are counted.
public final class MemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public let colourMode: ColourMode
    public private(set) var theme: Theme
    /// What the terminal shows, rebuilt only from the runs each flush sent.
    public private(set) var screen: Screen
    public private(set) var lastFlushed: Screen?
    public private(set) var flushCount = 0
    public private(set) var lastRuns: [ScreenRun] = []
    public private(set) var lastFlushBytes = 0
    public private(set) var totalBytes = 0
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var isShutDown = false
    private var keys: [Key] = []

    public init(
        width: Int = 80, height: Int = 24, theme: Theme = ThemeLoader.builtinDefault(),
        colourMode: ColourMode = .basic
    ) {
        size = TerminalSize(width: width, height: height)
        self.theme = theme
        self.colourMode = colourMode
        screen = Screen(width: width, height: height)
    }

    /// Queues keys for `readKey` to return, in order.
    public func press(_ keys: Key...) { self.keys.append(contentsOf: keys) }
    public func type(_ text: String) { keys.append(contentsOf: text.map { Key.char($0) }) }
    /// Queues text as a terminal with bracketed paste delivers it.
    public func paste(_ text: String) { keys.append(.paste(text)) }

    /// Changes the size and queues `.resize`, as a real terminal does on SIGWINCH.
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        screen = Screen(width: width, height: height)
        lastFlushed = nil
        keys.append(.resize)
    }

    public var pendingKeys: Int { keys.count }

    public func readKey(timeout: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    public func flush(_ frame: Screen, previous: Screen?) {
        if screen.width != frame.width || screen.height != frame.height {
            screen = Screen(width: frame.width, height: frame.height)
        }
        let runs = frame.diff(from: previous)
        for run in runs {
            var x = run.x
            for cell in run.cells {
                screen.set(x: x, y: run.y, cell)
                x += 1
            }
        }
        lastRuns = runs
        lastFlushBytes = FlushCost.bytes(of: runs, theme: theme, mode: colourMode)
        totalBytes += lastFlushBytes
        flushCount += 1
        lastFlushed = frame
    }

    public func redrawAll() { lastFlushed = nil }
    public func setCursor(_ position: (x: Int, y: Int)?) { cursor = position }
    public func setTheme(_ theme: Theme) { self.theme = theme; lastFlushed = nil }
    public func shutdown() { isShutDown = true }
}
