import ReaderDeskCore

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

    mutating func applyToReaders(_ action: Action) {
        if var p = readers.profile {
            let count = p.data == nil ? 0 : lineCounts.profile
            // Back to the list, the search kept but not focused: keys are commands again; or back
            // to the pane the profile was opened from (an action in the matrix).
            if action == .back {
                readers.profile = nil
                readers.search?.focused = false
                if let pane = p.returnTo { focus = pane }
                return
            }
            if TextScroll.apply(action, to: &p.scroll, lines: count, visible: layout.textRows) { readers.profile = p; return }
        } else if var s = readers.search {
            let visible = layout.readerRows(searching: true)
            switch action {
            case .back: readers.search = nil
            case .open: if s.cursor.selected < s.results.count { openProfile(s.results[s.cursor.selected].card) }
            default:
                if s.cursor.apply(action, count: s.results.count, visible: visible) { readers.search = s }
            }
            return
        } else {
            let visible = layout.readerRows(searching: false)
            switch action {
            case .open: if let r = readers.row(readers.cursor.selected) { openProfile(r.card) }
            case .filter, .mine:
                readers.scope = readers.scope == .all ? .mine : .all
                readers.cursor = ListCursor()
                readers.total = nil
                readers.windowStale = true
            default:
                if readers.cursor.apply(action, count: readers.total ?? 0, visible: visible) { return }
                notYet(action)
            }
            return
        }
        notYet(action)
    }

    private mutating func openProfile(_ card: String) {
        readers.profile = ProfileState(card: card)
    }

    mutating func applyToMatrix(_ action: Action) {
        if [.mine, .filter, .ownerFilter].contains(action), ![.pyramid, .trends].contains(matrix.view), !matrix.view.isPyramidTier {
            switch action {
            case .mine:
                matrix.mine.toggle()
                matrix.owner = nil
            case .ownerFilter:
                matrix.owner = Self.nextOwner(after: matrix.owner, in: matrix.owners ?? [])
                matrix.mine = false
            default: matrix.tier = Self.nextTier(after: matrix.tier)
            }
            if matrix.view == .today { matrix.view = .grid }
            matrix.refilter()
            status.stale = true  // the pending count follows the filter
            return
        }
        switch matrix.view {
        case .today:
            let items = matrix.today?.items ?? []
            switch action {
            case .back: matrix.view = .grid
            case .open: if items.indices.contains(matrix.todayCursor.selected) { openItem(items[matrix.todayCursor.selected]) }
            default:
                if matrix.todayCursor.apply(action, count: items.count, visible: layout.matrixRows) { return }
                notYet(action)
            }
        case .grid:
            switch action {
            case .up: matrix.row = max(0, matrix.row - 1)
            case .down: matrix.row = min(MatrixGrid.rows - 1, matrix.row + 1)
            case .left: matrix.column = max(0, matrix.column - 1)
            case .right: matrix.column = min(MatrixGrid.columns - 1, matrix.column + 1)
            case .top: matrix.row = 0; matrix.column = 0
            case .bottom: matrix.row = MatrixGrid.rows - 1; matrix.column = MatrixGrid.columns - 1
            case .open:
                matrix.view = .cell(matrix.selectedCell)
                matrix.list = ListWindow()
            case .back: matrix.view = .today
            default: notYet(action)
            }
        case .cell:
            switch action {
            case .back: matrix.view = .grid
            case .open: if let item = matrix.list.row(matrix.list.cursor.selected) { openItem(item) }
            default:
                if matrix.list.cursor.apply(action, count: matrix.list.total ?? 0, visible: layout.matrixRows) { return }
                notYet(action)
            }
        case .pyramid:
            switch action {
            case .back: matrix.view = .grid
            case .up: matrix.pyramidBand = max(0, matrix.pyramidBand - 1)
            case .down: matrix.pyramidBand = min(PyramidBand.ranked.count - 1, matrix.pyramidBand + 1)
            case .filter:
                // Month → quarter → year → month: the last completed one of each.
                let kinds: [Period.Kind] = [.month, .quarter, .year]
                matrix.pyramidKind = kinds[((kinds.firstIndex(of: matrix.pyramidKind) ?? 1) + 1) % kinds.count]
                matrix.pyramidLoaded = false
            case .open:
                matrix.view = .pyramidTier(PyramidBand.ranked[matrix.pyramidBand].rawValue)
                matrix.tierReaders = nil
                matrix.tierCursor = ListCursor()
            default: notYet(action)
            }
        case .pyramidTier:
            if action == .back { matrix.view = .pyramid; return }
            if matrix.tierCursor.apply(action, count: matrix.tierReaders?.count ?? 0, visible: layout.textRows - 3) { return }
            notYet(action)
        case .trends:
            if action == .back { matrix.view = .grid } else { notYet(action) }
        }
    }

    /// Everyone's, then each owner's in turn (by login).
    static func nextOwner(after owner: ActionOwner?, in owners: [ActionOwner]) -> ActionOwner? {
        let all: [ActionOwner?] = [nil] + owners
        return all[((all.firstIndex(of: owner) ?? 0) + 1) % all.count]
    }

    /// All tiers, then each one in turn.
    static func nextTier(after tier: ValueTier?) -> ValueTier? {
        let all: [ValueTier?] = [nil] + ValueTier.allCases
        return all[((all.firstIndex(of: tier) ?? 0) + 1) % all.count]
    }

    /// Enter on a plan item: a reader's profile with the action on top (Esc comes back here),
    /// a ticket's detail, or a service action's … nothing to open.
    private mutating func openItem(_ item: MatrixItem) {
        if item.kind == .ticket, let id = item.ticketID {
            focus = .tickets
            tickets.detailID = id
            tickets.detail = nil
            tickets.scroll = 0
            return
        }
        guard let card = item.card else { message = Words.Form.needReader.text(language); return }
        readers.profile = ProfileState(card: card, action: item, returnTo: .matrix)
        focus = .readers
    }

    mutating func applyToTickets(_ action: Action) {
        if tickets.detailID != nil {
            if action == .back { tickets.detailID = nil; tickets.detail = nil; return }
            let count = tickets.detail == nil ? 0 : lineCounts.ticket
            if TextScroll.apply(action, to: &tickets.scroll, lines: count, visible: layout.textRows) { return }
            notYet(action)
            return
        }
        switch action {
        case .open:
            if let list = tickets.list, tickets.cursor.selected < list.count {
                tickets.detailID = list[tickets.cursor.selected].id
                tickets.scroll = 0
            }
        case .filter: tickets.queue = tickets.queue.next; reloadTickets()
        case .kindFilter:
            let all: [TicketKind?] = [nil] + TicketKind.allCases
            let i = all.firstIndex(of: tickets.kind) ?? 0
            tickets.kind = all[(i + 1) % all.count]
            reloadTickets()
        case .mine: tickets.mine.toggle(); reloadTickets()
        default:
            if tickets.cursor.apply(action, count: tickets.list?.count ?? 0, visible: layout.ticketRows) { return }
            notYet(action)
        }
    }

    private mutating func reloadTickets() {
        tickets.list = nil
        tickets.selectedID = nil
        tickets.cursor = ListCursor()
    }

    /// Keys of the table whose work is not part of this version say so instead of doing nothing.
    private mutating func notYet(_ action: Action) {
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
