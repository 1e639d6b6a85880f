import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// The loop: wait for a key (or a timeout), follow the terminal's size, let update handle the
/// key and do the effects it returns, let the loader fetch what the new state needs and update
/// settle the cursors on it, render, and flush only the cells that changed. On a timeout it polls
/// `PRAGMA data_version`, so changes made by other processes show within a second.
public final class AppRunner {
    public let terminal: any Terminal
    public let data: AppData
    public private(set) var state: AppState
    private let loader: AppLoader
    private let effects: AppEffects
    private var dataVersion: Int
    private var lastPoll = ContinuousClock.now

    public init(
        terminal: any Terminal, data: AppData, language: Language, keys: KeyBindings = KeyBindings(),
        message: String? = nil
    ) {
        self.terminal = terminal
        self.data = data
        loader = AppLoader(data)
        effects = AppEffects(data)
        var status = StatusInfo(login: data.staff.login, role: data.staff.role, now: data.clock())
        status.stale = true
        state = AppState(size: terminal.size, language: language, status: status, keys: keys, calendar: data.calendar)
        state.message = message
        if let channel = try? data.lastChannel() { state.status.lastChannel = channel }
        dataVersion = data.dataVersion()
    }

    /// The first full frame.
    public func start() {
        loader.sync(&state)
        state.settle()
        draw()
    }

    /// One turn of the loop; false once the user has quit.
    @discardableResult
    public func step(timeout: Int = 300) -> Bool {
        if let key = terminal.readKey(timeout: timeout) {
            perform(state.resize(to: terminal.size))
            AppRender.measure(&state)
            let asked = state.handle(key)
            if state.quit { return false }
            perform(asked)
            // Someone typing without pause still sees other terminals' changes within a second.
            if ContinuousClock.now - lastPoll > .milliseconds(500) { tick() }
        } else {
            tick()
        }
        loader.sync(&state)
        state.settle()
        draw()
        return true
    }

    /// Keeps the matrix actions fresh on a thread of its own — at once, then every `seconds` —
    /// so no key press waits for the rules (the first look of a day takes a second or more at
    /// library scale). Its writes change `data_version`, which the next tick sees and reloads.
    public func startBackgroundRefresh(every seconds: UInt32 = 60) {
        data.refreshesInBackground = true
        let refresh = data.backgroundRefresh
        let thread = Thread {
            while true {
                refresh()
                sleep(seconds)
            }
        }
        thread.name = "matrix refresh"
        thread.start()
    }

    /// Runs until `q`; the caller restores the terminal.
    public func run() {
        start()
        while step() {}
    }

    /// Between keys: the clock, the window size, and changes made by other processes.
    private func tick() {
        lastPoll = ContinuousClock.now
        state.status.now = data.clock()
        perform(state.resize(to: terminal.size))
        let version = data.dataVersion()
        if version != dataVersion {
            dataVersion = version
            state.markStale()
        }
    }

    /// The effects update asked for: the writes, then a full repaint if one was asked.
    private func perform(_ asked: [AppEffect]) {
        if asked.contains(.redraw) { terminal.redrawAll() }
        effects.run(asked, &state)
    }

    private func draw() {
        let screen = AppRender.render(state)
        terminal.setCursor(AppRender.cursor(state))
        terminal.flush(screen)
    }
}
