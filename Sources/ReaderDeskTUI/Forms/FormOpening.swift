import ReaderDeskCore
import ReaderDeskWords

/// The write keys: each opens its form on what is selected, or says what is missing.
extension AppState {
    /// The reader the focused pane points at: the open profile, the search hit, the list row,
    /// the ticket's reader, the matrix action's reader.
    var selectedReader: (card: String, name: String, reader: Reader?)? {
        switch focus {
        case .readers:
            if let p = readers.profile { return (p.card, p.data?.reader.name ?? p.card, p.data?.reader) }
            if let s = readers.search {
                return s.results.indices.contains(s.cursor.selected) ? s.results[s.cursor.selected].summary : nil
            }
            return readers.row(readers.cursor.selected)?.summary
        case .tickets:
            guard let t = selectedTicket, let card = t.card else { return nil }
            return (card, t.readerName ?? card, nil)
        case .matrix:
            guard let item = selectedAction, let card = item.card else { return nil }
            return (card, item.name, nil)
        }
    }

    var selectedTicket: TicketRef? {
        guard focus == .tickets else { return nil }
        if tickets.detailID != nil {
            guard let d = tickets.detail else { return nil }
            return TicketRef(
                id: d.ticket.id!, version: d.ticket.version, status: d.ticket.status,
                card: d.listing.card, readerName: d.listing.readerName)
        }
        guard let list = tickets.list, list.indices.contains(tickets.cursor.selected) else { return nil }
        let t = list[tickets.cursor.selected]
        return TicketRef(id: t.id, version: t.version, status: t.status, card: t.card, readerName: t.readerName)
    }

    /// The action under the cursor: in today's plan, in a cell's list, or on top of a profile
    /// opened from one.
    var selectedAction: MatrixItem? {
        switch focus {
        case .readers: return readers.profile?.action
        case .tickets: return nil
        case .matrix:
            switch matrix.view {
            case .today:
                let items = matrix.today?.items ?? []
                return items.indices.contains(matrix.todayCursor.selected) ? items[matrix.todayCursor.selected] : nil
            case .cell: return matrix.list.row(matrix.list.cursor.selected)
            default: return nil
            }
        }
    }

    /// Opens the form (or queues the write) for a write key; false if `action` is not one.
    mutating func openForm(for action: Action) -> Bool {
        let l = language
        func refuse(_ b: Bilingual) { message = b.text(l) }
        switch action {
        case .logContact:
            let item = selectedAction
            guard let r = selectedReader else { refuse(Words.Form.needReader); return true }
            form = Forms.contact(
                card: r.card, name: r.name, action: item?.actionID, cell: item?.cell,
                channel: status.lastChannel, l)
        case .newTicket:
            form = Forms.newTicket(reader: focus == .readers && readers.profile != nil ? selectedReader?.reader : nil, l)
        case .editReader, .newReader:
            guard focus == .readers else { return false }
            if action == .newReader { form = Forms.newReader(l); return true }
            guard let r = selectedReader?.reader else { refuse(Words.Form.needReader); return true }
            form = Forms.editReader(r, role: status.role, l)
        case .lifeEvent:
            guard focus == .readers else { return false }
            guard let r = selectedReader else { refuse(Words.Form.needReader); return true }
            form = Forms.lifeEvent(card: r.card, name: r.name, l)
        case .claimTicket, .assignTicket, .reply, .internalNote, .changeStatus, .resolve, .linkReader:
            guard focus == .tickets else { return false }
            guard let t = selectedTicket else { refuse(Words.Form.needTicket); return true }
            switch action {
            case .claimTicket: effects.append(.claim(ticket: t.id, version: t.version))
            case .assignTicket: form = Forms.assign(t, l)
            case .reply, .internalNote: form = Forms.comment(t, isInternal: action == .internalNote, l)
            case .changeStatus: form = Forms.status(t, l)
            case .linkReader: form = Forms.link(t, l)
            default: form = Forms.resolve(t, l)
            }
        case .snooze, .dismiss:
            guard focus == .matrix || focus == .readers else { return false }
            guard let item = selectedAction, let id = item.actionID else { refuse(Words.Form.needAction); return true }
            form =
                action == .dismiss
                ? Forms.dismiss(action: id, name: item.name, l)
                : Forms.snooze(action: id, name: item.name, until: calendar.dayString(status.now + 7 * 86_400), l)
        default:
            return false
        }
        return true
    }
}

extension Reader {
    var summary: (card: String, name: String, reader: Reader?) { (card, name, self) }
}
