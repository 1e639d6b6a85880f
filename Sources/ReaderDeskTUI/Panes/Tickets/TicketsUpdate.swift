import ReaderDeskCore

/// The ticket pane's update: the queue, its filters and a ticket.
extension AppState {
    mutating func applyToTickets(_ action: Action) {
        if tickets.detailID != nil {
            if action == .back { tickets.detailID = nil; tickets.detail = nil; return }
            let count = tickets.detail == nil ? 0 : lineCounts.ticket
            if TextScroll.apply(action, to: &tickets.scroll, lines: count, visible: layout.textRows(in: .tickets)) { return }
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

    mutating func reloadTickets() {
        tickets.list = nil
        tickets.selectedID = nil
        tickets.cursor = ListCursor()
    }
}
