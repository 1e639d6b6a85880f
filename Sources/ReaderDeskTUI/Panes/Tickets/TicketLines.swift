import ReaderDeskCore
import ReaderDeskWords

/// SLA state of an open ticket: past due, due within a day, fine, stopped while it waits on
/// the reader, or without an SLA at all (praise, suggestions).
enum SLA {
    case overdue, dueSoon, fine, paused, none, done

    init(_ t: some TicketClock, now: Int64) {
        guard t.status.isOpen else { self = .done; return }
        guard let due = t.due(now: now) else { self = .none; return }
        if due < now {
            self = .overdue
        } else if t.isPaused {
            self = .paused
        } else if due - now <= 86_400 {
            self = .dueSoon
        } else {
            self = .fine
        }
    }

    var role: ColourRole {
        switch self {
        case .overdue: return .slaOverdue
        case .dueSoon: return .slaDueSoon
        case .fine, .paused, .none: return .slaOk
        case .done: return .dim
        }
    }

    /// Shown before the row, so the state reads without colour too (NO_COLOR).
    var mark: String {
        switch self {
        case .overdue: return "!"
        case .dueSoon: return "~"
        case .fine, .paused, .none, .done: return " "
        }
    }

    static func dueText(_ t: some TicketClock, now: Int64, language l: Language) -> String {
        guard let due = t.due(now: now) else { return Words.noSLA.text(l) }
        let d = due - now
        if t.isPaused && d >= 0 { return Words.format(Words.paused, l, TimeText.span(d, l)) }
        return Words.format(d < 0 ? Words.late : Words.dueIn, l, TimeText.span(d, l))
    }
}

/// One ticket as lines: its fields, body, replies and internal notes (wrapped to `width`), and history.
enum TicketLines {
    static func build(
        _ d: TicketDetail, language l: Language, calendar: LibraryCalendar, now: Int64,
        suggestions: [Answer] = [], width: Int
    ) -> [StyledLine] {
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
        let dueText = t.due(now: now).map { TimeText.dayAndTime($0, calendar) + "  " } ?? ""
        out.append(
            StyledLine("  " + DisplayWidth.pad(w(Words.due), to: 14), Style(.dim))
                .adding(sla == .done ? dueText : dueText + SLA.dueText(t, now: now, language: l), Style(sla.role)))
        if sla == .paused { out.append(StyledLine("  " + w(Words.waitingOnReader), Style(.dim))) }
        // Long text wraps: a reply is read whole, not cut at the pane's edge.
        func text(_ body: String, indent: String) -> [StyledLine] {
            Sanitizer.lines(body).flatMap { DisplayWidth.wrap($0, to: max(10, width - indent.count)) }.map { StyledLine(indent + $0) }
        }
        if !d.ticket.body.isEmpty {
            out.append(StyledLine())
            out += text(d.ticket.body, indent: "  ")
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
            out.append(
                StyledLine("  " + TimeText.dayAndTime(e.at, calendar) + "  " + e.staff + "  ", Style(.dim))
                    .adding(kind, Style(e.isInternal ? .warning : .accent)))
            out += text(e.body, indent: "    ")
        }
        out.append(StyledLine())
        out.append(StyledLine(w(Words.history), Style(.header, [.bold])))
        for h in d.history {
            out.append(
                StyledLine("  " + TimeText.dayAndTime(h.at, calendar) + "  " + h.staff + "  ", Style(.dim))
                    .adding(Words.render(h.phrase, l)))
        }
        return out
    }
}
