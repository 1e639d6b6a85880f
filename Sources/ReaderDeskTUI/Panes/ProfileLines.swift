import ReaderDeskCore

/// The profile as lines of text: the three parts of the master file, the contact
/// timeline, use per service with sparklines, tickets, life events and the 7P summary.
/// Lines are never wrapped, so their count does not depend on the width (scrolling does not).
enum ProfileLines {
    static func build(_ p: ReaderProfile, language l: Language, calendar: LibraryCalendar, now: Int64) -> [StyledLine] {
        let r = p.reader
        func t(_ b: Bilingual) -> String { b.text(l) }
        func v<V: Vocabulary>(_ x: V) -> String { VocabularyText.name(x, l) }
        var out: [StyledLine] = []
        func heading(_ b: Bilingual) { out.append(StyledLine()); out.append(StyledLine(t(b), Style(.header, [.bold]))) }

        out.append(StyledLine(r.name, Style(.title, [.bold])).adding("  " + r.card + "  ", Style(.dim))
            .adding(v(r.type) + " · " + v(r.tier), Style(.accent)))
        // The latest contact's follow-up is the reader's open reminder (a later contact settles it).
        if let last = p.contacts.first, let day = last.followUp {
            let due = day <= calendar.dayString(now)
            out.append(StyledLine(Words.format(due ? Words.followUpLine : Words.followUpLater, l, day, last.summary),
                                  Style(due ? .warning : .accent, due ? [.bold] : [])))
        }
        heading(Words.partRecord)
        out.append(.field(t(Words.type), v(r.type)))
        out.append(.field(t(Words.tier), v(r.tier)))
        out.append(.field(t(Words.dept), r.dept))
        out.append(.field(t(Words.subject), r.subject))
        out.append(.field(t(Words.degree), r.degree))
        out.append(.field(t(Words.email), r.email))
        out.append(.field(t(Words.phone), r.phone))
        let address = [r.address, r.postcode].compactMap { $0 }.joined(separator: "  ")
        out.append(.field(t(Words.address), address.isEmpty ? nil : address))
        out.append(.field(t(Words.birthday), r.birthday))
        let consents = [(r.consentEmail, "email"), (r.consentPhone, "phone"), (r.consentBirthday, "birthday")]
            .filter(\.0).map(\.1)
        out.append(.field(t(Words.consent), consents.isEmpty ? t(Words.none) : consents.joined(separator: ", ")))
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
            out.append(StyledLine("  " + calendar.dayString(c.at) + "  ", Style(.dim))
                .adding(DisplayWidth.pad(v(c.channel), to: 9) + " " + cell + " ", Style(.accent))
                .adding(DisplayWidth.pad(c.staff, to: 10) + " " + c.summary))
        }

        heading(Words.use)
        if p.use.isEmpty { out.append(StyledLine("  " + t(Words.none), Style(.dim))) } else {
            // What the sparklines span; the current month is only so far and never drawn as a fall.
            out.append(StyledLine("  " + Sparkline.caption(months: p.months, partialLast: true, soFar: t(Words.soFar)), Style(.dim)))
        }
        for u in p.use {
            out.append(StyledLine("  " + DisplayWidth.pad(u.name, to: 18) + " ")
                .adding(Sparkline.render(u.monthly, partialLast: true), Style(.accent))
                .adding(" " + DisplayWidth.pad("↑\(u.monthly.max() ?? 0)", to: 5) + DisplayWidth.pad(String(u.total), to: 6, align: .right)
                        + "  " + calendar.dayString(u.lastAt), Style(.dim)))
        }

        heading(Words.tickets)
        if p.tickets.isEmpty { out.append(StyledLine("  " + t(Words.none), Style(.dim))) }
        for tk in p.tickets {
            out.append(StyledLine("  #\(tk.id) ", Style(.dim))
                .adding(DisplayWidth.pad(v(tk.kind), to: 10) + " " + DisplayWidth.pad(v(tk.status), to: 9) + " ", Style(.accent))
                .adding(tk.subject))
        }

        heading(Words.lifeEvents)
        if p.lifeEvents.isEmpty { out.append(StyledLine("  " + t(Words.none), Style(.dim))) }
        for e in p.lifeEvents {
            out.append(StyledLine("  " + e.date + "  ", Style(.dim)).adding(v(e.kind), Style(.accent))
                .adding(e.note.map { "  " + $0 } ?? ""))
        }

        heading(Words.sevenP)
        out += sevenP(p, l, calendar)
        return out
    }

    /// The 7P view from what the profile holds: who, loyalty, value, use, trend, services, outreach.
    static func sevenP(_ p: ReaderProfile, _ l: Language, _ calendar: LibraryCalendar) -> [StyledLine] {
        let r = p.reader
        func t(_ b: Bilingual) -> String { b.text(l) }
        let months = p.months.count
        let perMonth = (0..<months).map { i in p.use.reduce(0) { $0 + ($1.monthly.indices.contains(i) ? $1.monthly[i] : 0) } }
        let activeMonths = perMonth.filter { $0 > 0 }.count
        let total = p.use.reduce(0) { $0 + $1.total }
        let recent = perMonth.suffix(3).reduce(0, +), before = perMonth.dropLast(3).suffix(3).reduce(0, +)
        let trend = recent > before ? Words.rising : recent < before ? Words.falling : Words.steady
        var channels: [String: Int] = [:]
        for c in p.contacts { channels[VocabularyText.name(c.channel, l), default: 0] += 1 }
        let channelText = channels.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let profiling = [VocabularyText.name(r.type, l), r.dept, r.degree, VocabularyText.name(r.lifecycle, l)]
            .compactMap { $0 }.joined(separator: " · ")
        let lastContact = p.contacts.first.map { calendar.dayString($0.at) } ?? t(Words.none)
        return [
            .field(t(Words.profiling), profiling),
            .field(t(Words.persistency), Words.format(Words.activeMonths, l, activeMonths, months)),
            .field(t(Words.value), VocabularyText.name(r.tier, l)),
            .field(t(Words.performance), Words.format(Words.pointsUses, l, total, p.use.count) + (channelText.isEmpty ? "" : "; " + channelText)),
            .field(t(Words.prospecting), t(trend)),
            .field(t(Words.products), p.use.isEmpty ? nil : p.use.prefix(3).map(\.name).joined(separator: ", ")),
            .field(t(Words.promotion), Words.format(Words.contactsCount, l, p.contacts.count, lastContact)),
        ]
    }
}
