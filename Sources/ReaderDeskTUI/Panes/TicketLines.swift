import ReaderDeskCore

/// SLA state of an open ticket: past due, due within a day, or fine.
enum SLA {
    case overdue, dueSoon, fine, done

    init(_ t: TicketListing, now: Int64) {
        if !t.status.isOpen { self = .done } else if t.dueAt < now { self = .overdue }
        else if t.dueAt - now <= 86_400 { self = .dueSoon } else { self = .fine }
    }

    var role: ColourRole {
        switch self {
        case .overdue: return .slaOverdue
        case .dueSoon: return .slaDueSoon
        case .fine: return .slaOk
        case .done: return .dim
        }
    }

    /// Shown before the row, so the state reads without colour too (NO_COLOR).
    var mark: String {
        switch self {
        case .overdue: return "!"
        case .dueSoon: return "~"
        case .fine, .done: return " "
        }
    }

    static func dueText(_ t: TicketListing, now: Int64, language l: Language) -> String {
        let d = t.dueAt - now
        return Words.format(d < 0 ? Words.late : Words.dueIn, l, TimeText.span(d, l))
    }
}

/// One ticket as lines: its fields, body, replies and internal notes, and history.
enum TicketLines {
    static func build(_ d: TicketDetail, language l: Language, calendar: LibraryCalendar, now: Int64,
                      suggestions: [Answer] = []) -> [StyledLine] {
        let t = d.listing
        func w(_ b: Bilingual) -> String { b.text(l) }
        func v<V: Vocabulary>(_ x: V) -> String { Words.vocabulary(x, l) }
        let sla = SLA(t, now: now)
        var out: [StyledLine] = [StyledLine("#\(t.id) ", Style(.dim)).adding(t.subject, Style(.title, [.bold]))]
        out.append(.field(w(Words.kind), v(t.kind)))
        out.append(.field(w(Words.status), v(t.status)))
        out.append(.field(w(Words.priority), v(t.priority)))
        out.append(.field(w(Words.reader), t.card.map { "\(t.readerName ?? "") (\($0))" }))
        out.append(.field(w(Words.owner), t.assignee))
        out.append(.field(w(Words.created), TimeText.dayAndTime(t.createdAt, calendar)))
        out.append(StyledLine("  " + DisplayWidth.pad(w(Words.due), to: 14), Style(.dim))
            .adding(TimeText.dayAndTime(t.dueAt, calendar) + "  " + (sla == .done ? "" : SLA.dueText(t, now: now, language: l)),
                    Style(sla.role)))
        if !d.ticket.body.isEmpty {
            out.append(StyledLine())
            for line in Sanitizer.lines(d.ticket.body) { out.append(StyledLine("  " + line)) }
        }
        if !suggestions.isEmpty {
            out.append(StyledLine())
            out.append(StyledLine(w(Words.Answers.suggested), Style(.header, [.bold])))
            for a in suggestions.prefix(3) { out.append(StyledLine("  " + Sanitizer.singleLine(a.title), Style(.accent))) }
        }
        out.append(StyledLine())
        out.append(StyledLine(w(Words.replies), Style(.header, [.bold])))
        if d.entries.isEmpty { out.append(StyledLine("  " + w(Words.none), Style(.dim))) }
        for e in d.entries {
            let kind = e.isInternal ? w(Words.note) : w(Words.reply)
            out.append(StyledLine("  " + TimeText.dayAndTime(e.at, calendar) + "  " + e.staff + "  ", Style(.dim))
                .adding(kind, Style(e.isInternal ? .warning : .accent)))
            for line in Sanitizer.lines(e.body) { out.append(StyledLine("    " + line)) }
        }
        out.append(StyledLine())
        out.append(StyledLine(w(Words.history), Style(.header, [.bold])))
        for h in d.history {
            out.append(StyledLine("  " + TimeText.dayAndTime(h.at, calendar) + "  " + h.staff + "  ", Style(.dim))
                .adding(Words.render(h.phrase, l)))
        }
        return out
    }
}
