import ReaderDeskCore

/// The readers pane's update: the list, the search and a profile.
extension AppState {
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
            if TextScroll.apply(action, to: &p.scroll, lines: count, visible: layout.textRows(in: .readers)) { readers.profile = p; return }
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

    mutating func openProfile(_ card: String) {
        readers.profile = ProfileState(card: card)
    }
}
