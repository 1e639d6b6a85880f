/// What a pane brings to the loop. The registry (`PaneID`) names each pane's room, and the
/// render, the update, the loader and the settle reach the pane only through it.
protocol PaneRoom {
    /// Draws the pane in its rectangle (`focused`: it has the keys).
    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool)
    /// An action while the pane has focus, after the app-wide ones and the forms.
    static func apply(_ action: Action, to s: inout AppState)
    /// Loads what the pane shows and the state is missing.
    static func load(_ s: inout AppState, with loader: AppLoader) throws
    /// After a load: the pane's cursors stay within what was loaded.
    static func settle(_ s: inout AppState)
}

extension ReadersPane: PaneRoom {
    static func apply(_ action: Action, to s: inout AppState) { s.applyToReaders(action) }
    static func load(_ s: inout AppState, with loader: AppLoader) throws { try loader.syncReaders(&s) }
    static func settle(_ s: inout AppState) {
        if let total = s.readers.total {
            s.readers.cursor.clamp(count: total, visible: s.layout.readerRows(searching: false))
        }
    }
}

extension MatrixPane: PaneRoom {
    static func apply(_ action: Action, to s: inout AppState) { s.applyToMatrix(action) }
    static func load(_ s: inout AppState, with loader: AppLoader) throws { try loader.syncMatrix(&s) }
    static func settle(_ s: inout AppState) {
        switch s.matrix.view {
        case .today:
            if let today = s.matrix.today { s.matrix.todayCursor.clamp(count: today.items.count, visible: s.layout.matrixRows) }
        case .cell:
            if let total = s.matrix.list.total { s.matrix.list.cursor.clamp(count: total, visible: s.layout.matrixRows) }
        default: break
        }
    }
}

extension TicketsPane: PaneRoom {
    static func apply(_ action: Action, to s: inout AppState) { s.applyToTickets(action) }
    static func load(_ s: inout AppState, with loader: AppLoader) throws { try loader.syncTickets(&s) }
    static func settle(_ s: inout AppState) {
        if let list = s.tickets.list {
            if list.indices.contains(s.tickets.cursor.selected) { s.tickets.selectedID = list[s.tickets.cursor.selected].id }
            s.tickets.cursor.clamp(count: list.count, visible: s.layout.ticketRows)
        }
    }
}
