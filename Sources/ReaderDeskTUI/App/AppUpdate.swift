import ReaderDeskCore
import ReaderDeskWords

/// The update half of the loop: a key becomes an action in the current context, and the
/// action changes the state. Nothing here touches the terminal or the database; the
/// loader fetches whatever the new state needs, and the runner does the effects returned.
extension AppState {
    /// The one place a key is resolved. What it asks beyond the state (a write, a full
    /// repaint) comes back as effects, in the order asked.
    @discardableResult
    public mutating func handle(_ key: Key) -> [AppEffect] {
        effects = []
        resolve(key)
        defer { effects = [] }
        return effects
    }

    /// The one path of a new terminal size: the layout follows it and every cell is repainted.
    public mutating func resize(to newSize: TerminalSize) -> [AppEffect] {
        guard newSize != size else { return [] }
        size = newSize
        return [.redraw]
    }

    private mutating func resolve(_ key: Key) {
        message = nil
        // The size itself comes by `resize(to:)`; the key only repaints.
        if key == .resize { effects.append(.redraw); return }
        let context = keyContext
        // Ctrl-L repaints every cell, whatever else it does where it is pressed; in the search it is text.
        if context != .textInput, keys.action(for: key, in: context) == .refresh { effects.append(.redraw) }
        if layout.tooSmall {
            if keys.action(for: key, in: context == .textInput ? nil : context) == .quit { quit = true }
            return
        }
        if context == .form { handleForm(key); return }
        if context == .textInput, typeIntoSearch(key) { return }
        guard let action = keys.action(for: key, in: context) else { return }
        apply(action)
    }

    /// Characters and Backspace edit the query; the hits restart at the top.
    private mutating func typeIntoSearch(_ key: Key) -> Bool {
        switch key {
        case .char(let c): readers.search?.text.append(c)
        case .paste(let text): readers.search?.text += TextEditor.clean(text)
        case .backspace, .delete, .ctrl("h"):
            if readers.search?.text.isEmpty == false { readers.search?.text.removeLast() }
        default: return false
        }
        readers.search?.cursor = ListCursor()
        return true
    }

    public mutating func apply(_ action: Action) {
        if help != nil, applyToHelp(action) { return }
        switch action {
        case .quit: quit = true
        case .help: help = 0
        case .refresh: markStale()
        case .nextPane: focus = focus.moved(by: 1)
        case .previousPane: focus = focus.moved(by: -1)
        case .pane1, .pane2, .pane3: focus = PaneID.jumped(by: action) ?? focus
        case .search:
            focus = .readers
            readers.profile = nil
            if readers.search == nil { readers.search = SearchState() }
            readers.search?.focused = true
        case .pyramid, .trends:
            focus = .matrix
            matrix.view = action == .pyramid ? .pyramid : .trends
        default:
            if openForm(for: action) { return }
            focus.room.apply(action, to: &self)
        }
    }

    private mutating func applyToHelp(_ action: Action) -> Bool {
        let count = lineCounts.help
        let page = max(1, size.height - 5)
        switch action {
        case .help, .back: help = nil
        case .quit: quit = true
        default:
            var scroll = help ?? 0
            guard TextScroll.apply(action, to: &scroll, lines: count, visible: page) else { return true }
            help = scroll
        }
        return true
    }

    /// Keys of the table whose work is not part of this version say so instead of doing nothing.
    mutating func notYet(_ action: Action) {
        let movement: Set<Action> = [.up, .down, .left, .right, .top, .bottom, .pageUp, .pageDown, .open, .back]
        guard !movement.contains(action), let b = keys.binding(for: action) else { return }
        message = text.format(Words.notYet, b.help.text(language))
    }
}

/// Scrolling a text view of `lines` lines with `visible` rows on screen.
public enum TextScroll {
    public static func apply(_ action: Action, to scroll: inout Int, lines: Int, visible: Int) -> Bool {
        let last = max(0, lines - visible)
        switch action {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= max(1, visible - 1)
        case .pageDown: scroll += max(1, visible - 1)
        case .top: scroll = 0
        case .bottom: scroll = last
        default: return false
        }
        scroll = min(max(0, scroll), last)
        return true
    }
}
