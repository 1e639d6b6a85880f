import ReaderDeskCore
import ReaderDeskWords

/// The profile as lines of text: the three parts of the master file, the contact
/// timeline, use per service with sparklines, tickets, life events and the 7P summary.
/// Lines are never wrapped, so their count does not depend on the width (scrolling does not).
enum ProfileLines {
    static func build(_ p: ReaderProfile, language l: Language, calendar: LibraryCalendar, now: Int64) -> [StyledLine] {
        let r = p.reader
        func t(_ b: Bilingual) -> String { b.text(l) }
        func v<V: Vocabulary>(_ x: V) -> String { Words.vocabulary(x, l) }
        var out: [StyledLine] = []
        func heading(_ b: Bilingual) { out.append(StyledLine()); out.append(StyledLine(t(b), Style(.header, [.bold]))) }

        // The header: who, the card type, and the value tier with its score (apart, never one "tier").
        var header = StyledLine(r.name, Style(.title, [.bold])).adding("  " + r.card + "  ", Style(.dim))
            .adding(v(r.type) + " · " + v(r.cardType), Style(.accent))
        if let value = p.sevenP?.value {
            header = header.adding(" · " + t(Words.valueTier) + " " + Words.value(value, l), Style(.accent, [.bold]))
        }
        out.append(header)
        // The latest contact's follow-up is the reader's open reminder (a later contact settles it).
        if let last = p.contacts.first, let day = last.followUp {
            let due = day <= calendar.dayString(now)
            out.append(
                StyledLine(
                    Words.format(due ? Words.followUpLine : Words.followUpLater, l, day, last.summary),
                    Style(due ? .warning : .accent, due ? [.bold] : [])))
        }
        heading(Words.partRecord)
        out.append(.field(t(Words.type), v(r.type)))
        out.append(.field(t(Words.cardType), v(r.cardType)))
        out.append(.field(t(Words.dept), r.dept))
        out.append(.field(t(Words.subject), r.subject))
        out.append(.field(t(Words.degree), r.degree))
        out.append(.field(t(Words.email), r.email))
        out.append(.field(t(Words.phone), r.phone))
        let address = [r.address, r.postcode].compactMap { $0 }.joined(separator: "  ")
        out.append(.field(t(Words.address), address.isEmpty ? nil : address))
        out.append(.field(t(Words.birthday), r.birthday))
        let consents = [(r.consentEmail, Consent.email), (r.consentPhone, .phone), (r.consentBirthday, .birthday)]
            .filter(\.0).map { v($0.1) }
        out.append(.field(t(Words.consent), consents.isEmpty ? t(Words.none) : consents.joined(separator: t(Words.listComma))))
        out.append(.field(t(Words.lifecycle), v(r.lifecycle)))
        out.append(.field(t(Words.librarian), p.owner.map { "\($0.name) (\($0.login))" }))

        heading(Words.partAnalysis)
        if p.analysisHidden {
            out.append(StyledLine("  " + t(Words.hidden), Style(.dim)))
        } else {
            for (label, text) in [(Words.attitude, r.attitude), (Words.problems, r.problems), (Words.needs, r.needs)] {
                let lines = Sanitizer.lines(text ?? "—")
                out.append(.field(t(label), lines[0]))
                for more in lines.dropFirst() { out.append(.field("", more)) }
            }
        }

        heading(Words.partInvestment)
        if p.contacts.isEmpty { out.append(StyledLine("  " + t(Words.none), Style(.dim))) }
        for c in p.contacts {
            let cell = c.cell.map { String(MatrixGrid.circled[$0 - 1]) } ?? " "
            out.append(
                StyledLine("  " + calendar.dayString(c.at) + "  ", Style(.dim))
                    .adding(DisplayWidth.pad(v(c.channel), to: 9) + " " + cell + " ", Style(.accent))
                    .adding(DisplayWidth.pad(c.staff, to: 10) + " " + c.summary))
        }

        heading(Words.use)
        if p.use.isEmpty {
            out.append(StyledLine("  " + t(Words.none), Style(.dim)))
        } else {
            // What the sparklines span; the current month is only so far and never drawn as a fall.
            out.append(StyledLine("  " + Sparkline.caption(months: p.months, partialLast: true, soFar: t(Words.soFar)), Style(.dim)))
        }
        for u in p.use {
            out.append(
                StyledLine("  " + DisplayWidth.pad(u.name, to: 18) + " ")
                    .adding(Sparkline.render(u.monthly, partialLast: true), Style(.accent))
                    .adding(
                        " " + DisplayWidth.pad("↑\(u.monthly.max() ?? 0)", to: 5) + DisplayWidth.pad(String(u.total), to: 6, align: .right)
                            + "  " + calendar.dayString(u.lastAt), Style(.dim)))
        }

        heading(Words.tickets)
        if p.tickets.isEmpty { out.append(StyledLine("  " + t(Words.none), Style(.dim))) }
        for tk in p.tickets {
            out.append(
                StyledLine("  #\(tk.id) ", Style(.dim))
                    .adding(DisplayWidth.pad(v(tk.kind), to: 10) + " " + DisplayWidth.pad(v(tk.status), to: 9) + " ", Style(.accent))
                    .adding(tk.subject))
        }

        heading(Words.lifeEvents)
        if p.lifeEvents.isEmpty { out.append(StyledLine("  " + t(Words.none), Style(.dim))) }
        for e in p.lifeEvents {
            out.append(
                StyledLine("  " + e.date + "  ", Style(.dim)).adding(v(e.kind), Style(.accent))
                    .adding(e.note.map { "  " + $0 } ?? ""))
        }

        heading(Words.sevenP)
        if let seven = p.sevenP { out += SevenPLines.build(seven, l) }
        return out
    }
}
