import ReaderDeskCore

/// The update's answer to data that arrived: the loader only loads, and these keep the
/// cursors within what was loaded — at most as far as the rows on screen allow.
extension AppState {
    /// The panes on screen, which the loader keeps loaded: all three when wide, else the focused one.
    func shows(_ pane: PaneID) -> Bool { !layout.tooSmall && (layout.wide || focus == pane) }

    /// After each load: the cursors of the panes on screen stay within their lists and the
    /// window's rows, and the ticket queue remembers which ticket is selected.
    public mutating func settle() {
        for pane in PaneID.ordered where shows(pane) { pane.room.settle(&self) }
    }

    /// A search's hits arrived: the selection stays within them.
    mutating func receiveSearch(_ results: [Reader]) {
        guard var search = readers.search else { return }
        search.results = results
        search.loadedText = search.text
        search.cursor.clamp(count: results.count, visible: layout.readerRows(searching: true))
        readers.search = search
    }

    /// A reloaded queue keeps the same ticket selected, wherever it moved in it.
    mutating func receiveTickets(_ list: [TicketListing]) {
        tickets.list = list
        if let id = tickets.selectedID, let i = list.firstIndex(where: { $0.id == id }) { tickets.cursor.selected = i }
    }
}
