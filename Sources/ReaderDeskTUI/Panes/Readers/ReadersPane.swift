import ReaderDeskCore
import ReaderDeskWords

/// The reader list (a window of a list of any length), the search field, and the profile.
enum ReadersPane {
    enum Column { case card, name, type, dept, valueTier, cardType, subject, phone, email }

    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        let r = s.readers
        if let p = r.profile {
            AppRender.frame(
                &screen, s, rect, focused: focused,
                title: s.text[Words.paneReaders] + " › " + (p.data?.reader.name ?? p.card) + " · " + Words.back.text(l))
            ProfileView.draw(&screen, s, p, in: rect.inner)
            return
        }
        let inner = rect.inner
        var listTop = inner.y
        let detail: String
        if let search = r.search {
            detail = "\(search.results.count)"
            let x = screen.put(s.text[Words.searchPrompt], x: inner.x, y: inner.y, style: Style(.header, [.bold]))
            screen.fill(x: x, y: inner.y, width: inner.x + inner.width - x, height: 1, style: Style(.input))
            screen.put(search.text, x: x, y: inner.y, style: Style(.input), maxWidth: inner.x + inner.width - x)
            listTop += 1
        } else {
            let scope = r.scope == .mine ? Words.myReaders : Words.allReaders
            let total = r.total ?? 0
            detail = scope.text(l) + " · " + (total == 0 ? "0" : "\(r.cursor.selected + 1)/\(total)")
        }
        AppRender.frame(&screen, s, rect, focused: focused, title: s.text[Words.paneReaders], detail: detail)
        let columns = layout(width: min(inner.width, tableWidth))
        let header = TableColumn.row(columns.map { heading($0.0).text(l) }, columns.map(\.1))
        screen.put(header, x: inner.x, y: listTop, style: Style(.header, [.bold]), maxWidth: inner.width)
        let rows = Rect(x: inner.x, y: listTop + 1, width: inner.width, height: inner.y + inner.height - listTop - 1)
        let selection = Style(focused ? .selected : .dim, focused ? [] : [.reverse])
        if let search = r.search {
            if search.loadedText == search.text, !search.text.isEmpty, search.results.isEmpty {
                screen.put(s.text[Words.noResults], x: rows.x, y: rows.y, style: Style(.dim))
            }
            for i in 0..<rows.height {
                let index = search.cursor.top + i
                guard index < search.results.count else { break }
                drawRow(
                    &screen, search.results[index], r.values, columns, l, x: rows.x, y: rows.y + i, width: rows.width,
                    style: index == search.cursor.selected ? selection : nil)
            }
            return
        }
        for i in 0..<rows.height {
            let index = r.cursor.top + i
            guard index < (r.total ?? 0) else { break }
            guard let reader = r.row(index) else {
                screen.put(s.text[Words.loading], x: rows.x, y: rows.y + i, style: Style(.dim))
                continue
            }
            drawRow(
                &screen, reader, r.values, columns, l, x: rows.x, y: rows.y + i, width: rows.width,
                style: index == r.cursor.selected ? selection : nil)
        }
    }

    static func drawRow(
        _ screen: inout Screen, _ reader: Reader, _ tiers: [Int64: SevenP.Value], _ columns: [(Column, TableColumn)],
        _ l: Language, x: Int, y: Int, width: Int, style: Style?
    ) {
        let tier = reader.id.flatMap { tiers[$0] } ?? SevenP.Value(tier: .inactive, score: nil)
        let values = columns.map { value($0.0, reader, tier, l) }
        let line = TableColumn.row(values, columns.map(\.1))
        let tierStyle = tier.tier == .vip ? Style(.tierVip) : Style.normal
        screen.put(line, x: x, y: y, style: tierStyle, maxWidth: width)
        if let style { screen.restyle(x: x, y: y, width: min(width, selectionWidth(columns)), style: style) }
    }

    /// The selection covers the card and the name, what names the row. Moving it repaints what it
    /// covers on two rows, and a scroll also draws the new row: a whole highlighted row of the
    /// wide layout's list would take a one-row move past 300 bytes on the wire.
    static func selectionWidth(_ columns: [(Column, TableColumn)]) -> Int {
        let named = columns.prefix { $0.0 == .card || $0.0 == .name }
        return named.reduce(0) { $0 + $1.1.width } + max(0, named.count - 1)
    }

    /// The list's table is at most this wide: the columns of an 80-column list (card, name, type,
    /// department, value tier), also in the wide layout's full-width list. Each further column is
    /// bytes on every row a scroll brings in (card type about 14; with phone and e-mail a scroll
    /// under tmux passed 300); the profile has them. The space to the table's right stays blank.
    static let tableWidth = 82

    /// The columns that fit: card, name, type, department and value tier with its score always
    /// (80 columns), then card type, subject, phone and email as width allows; spare room widens
    /// name and department.
    static func layout(width: Int) -> [(Column, TableColumn)] {
        var widths: [Column: Int] = [.card: 10, .name: 12, .type: 13, .dept: 12, .valueTier: 13]
        var order: [Column] = [.card, .name, .type, .dept, .valueTier]
        var spare = width - widths.values.reduce(0, +) - (order.count - 1)
        let grow = min(max(0, spare), 10); widths[.name]! += grow; spare -= grow
        let growDept = min(max(0, spare), 8); widths[.dept]! += growDept; spare -= growDept
        for (extra, w) in [(Column.cardType, 10), (.subject, 14), (.phone, 13), (.email, 26)] where spare >= w + 1 {
            order.append(extra); widths[extra] = w; spare -= w + 1
        }
        if spare > 0 { widths[.name]! += min(spare, 8); spare -= min(spare, 8) }
        if spare > 0 { widths[.dept]! += spare }
        return order.map { ($0, TableColumn(width: widths[$0]!)) }
    }

    static func heading(_ c: Column) -> Bilingual {
        switch c {
        case .card: return Words.card
        case .name: return Words.name
        case .type: return Words.type
        case .dept: return Words.dept
        case .valueTier: return Words.valueTier
        case .cardType: return Words.cardType
        case .subject: return Words.subject
        case .phone: return Words.phone
        case .email: return Words.email
        }
    }

    static func value(_ c: Column, _ r: Reader, _ tier: SevenP.Value, _ l: Language) -> String {
        switch c {
        case .card: return r.card
        case .name: return r.name
        case .type: return Words.vocabulary(r.type, l)
        case .dept: return r.dept ?? ""
        case .valueTier: return Words.value(tier, l)
        case .cardType: return Words.vocabulary(r.cardType, l)
        case .subject: return r.subject ?? ""
        case .phone: return r.phone ?? ""
        case .email: return r.email ?? ""
        }
    }
}

enum ProfileView {
    static func draw(_ screen: inout Screen, _ s: AppState, _ p: ProfileState, in rect: Rect) {
        guard let data = p.data else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim))
            return
        }
        screen.draw(lines(p, data, s), in: rect, scroll: p.scroll)
    }

    /// The profile's lines, after the action it was opened from (what to do, and the keys for it).
    static func lines(_ p: ProfileState, _ data: ReaderProfile, _ s: AppState) -> [StyledLine] {
        let l = s.language
        var out: [StyledLine] = []
        if let a = p.action {
            let due = a.due.map { " · " + Words.due.text(l) + " " + $0 } ?? ""
            out.append(StyledLine(Words.kind(a.kind).text(l) + due, Style(.warning, [.bold])))
            out.append(StyledLine("  " + Words.render(a.reason, l)))
            if let step = a.step { out.append(StyledLine("  → " + Words.render(step, l), Style(.accent))) }
            out.append(StyledLine("  " + Words.actionKeys.text(l), Style(.dim)))
            out.append(StyledLine())
        }
        return out + ProfileLines.build(data, language: l, calendar: s.calendar, now: s.status.now)
    }
}
