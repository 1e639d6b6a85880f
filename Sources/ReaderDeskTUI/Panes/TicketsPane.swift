import ReaderDeskCore

/// The ticket queue by due time, each row in the colour of its SLA state, with filters by
/// status, kind and "mine"; Enter shows one ticket (TicketLines).
enum TicketsPane {
    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        let inner = rect.inner
        let t = s.tickets
        if let id = t.detailID {
            AppRender.frame(&screen, s, rect, focused: focused, title: s.text[.paneTickets] + " › #\(id) · " + Words.back.text(l))
            guard let detail = t.detail else {
                screen.put(s.text[.loading], x: inner.x, y: inner.y, style: Style(.dim)); return
            }
            screen.draw(TicketLines.build(detail, language: l, calendar: s.calendar, now: s.status.now), in: inner, scroll: t.scroll)
            return
        }
        let count = t.list?.count ?? 0
        AppRender.frame(&screen, s, rect, focused: focused,
                        title: s.text[.paneTickets] + " · " + (count == 0 ? "0" : "\(t.cursor.selected + 1)/\(count)"))
        let status = t.status.map { VocabularyText.name($0, l) } ?? Words.openQueue.text(l)
        let kind = t.kind.map { VocabularyText.name($0, l) } ?? Words.anyKind.text(l)
        let who = (t.mine ? Words.mine : Words.everyone).text(l)
        let filterText = Words.format(Words.filterLine, l, status, kind, who)
        screen.put(filterText, x: inner.x, y: inner.y, style: Style(.dim), maxWidth: inner.width)
        let columns = layout(width: inner.width)
        let titles = [" ", "#", Words.due.text(l), Words.priority.text(l), Words.kind.text(l), Words.status.text(l),
                      Words.subject.text(l), Words.reader.text(l), Words.owner.text(l)]
        screen.put(TableColumn.row(Array(titles.prefix(columns.count)), columns), x: inner.x, y: inner.y + 1,
                   style: Style(.header, [.bold]), maxWidth: inner.width)
        guard let list = t.list else {
            screen.put(s.text[.loading], x: inner.x, y: inner.y + 2, style: Style(.dim)); return
        }
        if list.isEmpty { screen.put(Words.noTickets.text(l), x: inner.x, y: inner.y + 2, style: Style(.dim)) }
        for i in 0..<max(0, inner.height - 2) {
            let index = t.cursor.top + i
            guard index < list.count else { break }
            let ticket = list[index]
            let sla = SLA(ticket, now: s.status.now)
            let values = [sla.mark, String(ticket.id), sla == .done ? VocabularyText.name(ticket.status, l) : SLA.dueText(ticket, now: s.status.now, language: l),
                          VocabularyText.name(ticket.priority, l), VocabularyText.name(ticket.kind, l),
                          VocabularyText.name(ticket.status, l), ticket.subject, ticket.readerName ?? "", ticket.assignee ?? ""]
            let y = inner.y + 2 + i
            screen.put(TableColumn.row(Array(values.prefix(columns.count)), columns), x: inner.x, y: y,
                       style: Style(sla.role), maxWidth: inner.width)
            if index == t.cursor.selected {
                screen.restyle(x: inner.x, y: y, width: inner.width,
                               style: Style(focused ? .selected : .dim, focused ? [] : [.reverse]))
            }
        }
    }

    /// Mark, number, due, priority, kind, status and subject always; reader and owner if room.
    static func layout(width: Int) -> [TableColumn] {
        var columns = [TableColumn(width: 1), TableColumn(width: 5, align: .right), TableColumn(width: 10),
                       TableColumn(width: 6), TableColumn(width: 10), TableColumn(width: 8)]
        var spare = width - columns.reduce(0) { $0 + $1.width + 1 }
        let extras = spare >= 16 + 1 + 10 + 1 + 10 + 1 ? 2 : spare >= 16 + 1 + 10 + 1 ? 1 : 0
        spare -= extras * 11
        columns.append(TableColumn(width: max(8, spare - 1)))
        for _ in 0..<extras { columns.append(TableColumn(width: 10)) }
        return columns
    }
}
