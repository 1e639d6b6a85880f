import ReaderDeskCore
import ReaderDeskWords

/// The ticket queue by due time, each row in the colour of its SLA state, with filters by
/// status, kind and "mine"; Enter shows one ticket (TicketLines).
enum TicketsPane {
    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        let inner = rect.inner
        let t = s.tickets
        if let id = t.detailID {
            AppRender.frame(&screen, s, rect, focused: focused, title: s.text[Words.paneTickets] + " › #\(id) · " + Words.back.text(l))
            guard let detail = t.detail else {
                screen.put(s.text[Words.loading], x: inner.x, y: inner.y, style: Style(.dim)); return
            }
            screen.draw(
                TicketLines.build(
                    detail, language: l, calendar: s.calendar, now: s.status.now, suggestions: t.suggestions,
                    width: inner.width), in: inner, scroll: t.scroll)
            return
        }
        let count = t.list?.count ?? 0
        AppRender.frame(
            &screen, s, rect, focused: focused,
            title: s.text[Words.paneTickets], detail: count == 0 ? "0" : "\(t.cursor.selected + 1)/\(count)")
        let status = t.queue.name(l)
        let kind = t.kind.map { Words.vocabulary($0, l) } ?? Words.anyKind.text(l)
        let who = (t.mine ? Words.mine : Words.everyone).text(l)
        let filterText = Words.format(Words.filterLine, l, status, kind, who)
        screen.put(filterText, x: inner.x, y: inner.y, style: Style(.dim), maxWidth: inner.width)
        let layout = layout(width: inner.width)
        let columns = layout.map(\.1)
        let titles: [Column: String] = [
            .mark: " ", .id: "#", .due: Words.due.text(l), .priority: Words.priority.text(l),
            .kind: Words.kind.text(l), .status: Words.status.text(l), .subject: Words.ticketSubject.text(l),
            .reader: Words.reader.text(l), .owner: Words.owner.text(l),
        ]
        screen.put(
            TableColumn.row(layout.map { titles[$0.0]! }, columns), x: inner.x, y: inner.y + 1,
            style: Style(.header, [.bold]), maxWidth: inner.width)
        guard let list = t.list else {
            screen.put(s.text[Words.loading], x: inner.x, y: inner.y + 2, style: Style(.dim)); return
        }
        if list.isEmpty { screen.put(Words.noTickets.text(l), x: inner.x, y: inner.y + 2, style: Style(.dim)) }
        for i in 0..<max(0, inner.height - 2) {
            let index = t.cursor.top + i
            guard index < list.count else { break }
            let ticket = list[index]
            let sla = SLA(ticket, now: s.status.now)
            let values: [Column: String] = [
                .mark: sla.mark, .id: String(ticket.id),
                .due: sla == .done ? Words.vocabulary(ticket.status, l) : SLA.dueText(ticket, now: s.status.now, language: l),
                .priority: Words.vocabulary(ticket.priority, l), .kind: Words.vocabulary(ticket.kind, l),
                .status: Words.vocabulary(ticket.status, l), .subject: ticket.subject,
                .reader: ticket.readerName ?? "", .owner: ticket.assignee ?? "",
            ]
            let y = inner.y + 2 + i
            screen.put(
                TableColumn.row(layout.map { values[$0.0]! }, columns), x: inner.x, y: y,
                style: Style(sla.role), maxWidth: inner.width)
            if index == t.cursor.selected {
                screen.restyle(
                    x: inner.x, y: y, width: min(inner.width, Layout.selectionColumns),
                    style: Style(focused ? .selected : .dim, focused ? [] : [.reverse]))
            }
        }
    }

    enum Column: CaseIterable { case mark, id, due, priority, kind, status, subject, reader, owner }

    /// Mark, number, due, priority, kind and subject always; status, reader and owner if room.
    static func layout(width: Int) -> [(Column, TableColumn)] {
        let widths: [Column: Int] = [.mark: 1, .id: 5, .due: 10, .priority: 6, .kind: 10, .status: 8, .reader: 10, .owner: 10]
        var chosen: [Column] = [.mark, .id, .due, .priority, .kind]
        var spare = width - chosen.reduce(0) { $0 + widths[$1]! + 1 } - 16
        for extra in [Column.status, .reader, .owner] where spare >= widths[extra]! + 1 {
            chosen.append(extra); spare -= widths[extra]! + 1
        }
        let subjectAt = chosen.firstIndex(of: .status).map { $0 + 1 } ?? chosen.count
        chosen.insert(.subject, at: subjectAt)
        return chosen.map { c in
            (c, TableColumn(width: c == .subject ? 16 + max(0, spare) : widths[c]!, align: c == .id ? .right : .left))
        }
    }
}
