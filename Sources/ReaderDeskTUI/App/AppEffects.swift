import ReaderDeskCore
import ReaderDeskWords

/// What a key asks of the runner beyond the new state: the one channel from update to the
/// world outside it.
public enum AppEffect: Sendable, Equatable {
    /// Take the ticket, as it was at this version, for the person at the keyboard.
    case claim(ticket: Int64, version: Int)
    /// Write the open form; it closes, or stays open with the reason for a refusal.
    case save
    /// Repaint every cell (Ctrl-L, a new size): the terminal may no longer show what was sent.
    case redraw
}

/// The writes: a saved form or a claim becomes one call of the core, whose answer becomes a
/// confirmation in the status line, or the reason for a refusal in the form.
/// After a write the loaded data is dropped, so the panes show it at once.
public struct AppEffects {
    public let data: AppData

    public init(_ data: AppData) { self.data = data }

    /// Does the writes among `effects`, in order; a repaint is the runner's, with its terminal.
    public func run(_ effects: [AppEffect], _ s: inout AppState) {
        for effect in effects {
            switch effect {
            case .claim(let id, let version): claim(id, version, &s)
            case .save: save(&s)
            case .redraw: break
            }
        }
    }

    private func claim(_ id: Int64, _ version: Int, _ s: inout AppState) {
        let l = s.language
        do {
            try data.assignTicket(id, to: data.staff.login, expectedVersion: version)
            s.message = Words.format(Words.Form.claimed, l, id)
        } catch let e as ReaderDeskError where e.kind == .conflict {
            s.message = Words.format(Words.Form.conflictClaim, l, id, freshState(id, l))
        } catch {
            s.message = Words.error(error, l)
        }
        s.markStale()
    }

    private func save(_ s: inout AppState) {
        let l = s.language
        guard var f = s.form else { return }
        do {
            let done = try write(f, &s)
            s.form = nil
            s.message = done
            // The profile no longer offers an action that is now closed.
            if let id = f.actionID, s.readers.profile?.action?.actionID == id { s.readers.profile?.action = nil }
        } catch let e as ReaderDeskError where e.kind == .conflict {
            // Refused: the form keeps what was typed and now holds the fresh version, and the
            // ticket behind it is reloaded, so a second Ctrl-S is a decision made on fresh data.
            if let id = f.ticketID, let fresh = try? data.ticketDetail(id: id) {
                f.setVersion(fresh.ticket.version)
                f.error = Words.format(Words.Form.conflict, l, id, describe(fresh, l))
            } else {
                f.error = Words.error(e, l)
            }
            s.form = f
        } catch {
            f.error = Words.error(error, l)
            s.form = f
        }
        s.markStale()
    }

    private func freshState(_ id: Int64, _ l: Language) -> String {
        (try? data.ticketDetail(id: id)).map { describe($0, l) } ?? "?"
    }

    private func describe(_ d: TicketDetail, _ l: Language) -> String {
        Words.vocabulary(d.ticket.status, l) + (d.listing.assignee.map { ", → \($0)" } ?? "")
    }

    /// Writes one form; returns the confirmation to show.
    private func write(_ f: Form, _ s: inout AppState) throws -> String {
        let l = s.language
        switch f.purpose {
        case .contact(let card, let name, let action):
            let input = try FormInput.contact(f, card: card, calendar: data.calendar, language: l)
            try data.logContact(input)
            s.status.lastChannel = input.channel
            if let action, try data.finishAction(action, card: card) {
                return Words.format(Words.Form.actionDone, l, name)
            }
            if let day = input.followUp { return Words.format(Words.Form.loggedFollowUp, l, name, day) }
            return Words.format(Words.Form.logged, l, name)
        case .newTicket:
            let t = try FormInput.newTicket(f, data, language: l)
            return Words.format(Words.Form.created, l, t.id!)
        case .comment(let id, let version, let isInternal):
            let mail = try data.replyTicket(id, text: try FormInput.required(f, .text, l), internal: isInternal, expectedVersion: version)
            for answer in f.usedAnswers { try data.recordAnswerUse(answer, ticket: id) }
            let done = Words.format(isInternal ? Words.Form.noted : Words.Form.replied, l, id)
            guard let mail else { return done }
            if let failure = mail.failed.first { return done + Words.format(Words.Answers.notMailed, l, failure.reason) }
            return done + (mail.sent.isEmpty ? "" : Words.Answers.mailed.text(l))
        case .link(let id, let version):
            let query = try FormInput.required(f, .reader, l)
            guard let r = f.pickedReader else { throw ReaderDeskError.invalid(Words.format(Words.Form.noReader, l, query)) }
            try data.linkTicket(id, card: r.card, expectedVersion: version)
            return Words.format(Words.Answers.linked, l, id, r.name)
        case .status(let id, let version):
            let status = try TicketStatus.parse(f[.status] ?? "")
            try data.setTicketStatus(id, to: status, expectedVersion: version)
            return Words.format(Words.Form.statusSet, l, id, Words.vocabulary(status, l))
        case .resolve(let id, let version):
            try data.resolveTicket(id, satisfaction: f[.satisfaction].flatMap { Int($0) }, expectedVersion: version)
            return Words.format(Words.Form.resolved, l, id)
        case .assign(let id, let version):
            let login = try FormInput.required(f, .assignee, l)
            try data.assignTicket(id, to: login, expectedVersion: version)
            return Words.format(Words.Form.assigned, l, id, login)
        case .editReader(let card, let name):
            let fields = try FormInput.readerFields(f, calendar: data.calendar)
            guard fields != ReaderFields() else { return Words.Form.nothingChanged.text(l) }
            try data.updateReader(card: card, fields: fields)
            return Words.format(Words.Form.readerSaved, l, fields.name ?? name)
        case .newReader:
            let card = try FormInput.required(f, .card, l)
            var fields = try FormInput.readerFields(f, calendar: data.calendar)
            fields.name = try FormInput.required(f, .name, l)
            try data.addReader(card: card, fields: fields)
            return Words.format(Words.Form.readerAdded, l, card)
        case .lifeEvent(let card, let name):
            let kind = try LifeEventKind.parse(f[.eventKind] ?? "")
            let date = try data.calendar.normaliseDay(try FormInput.required(f, .date, l))
            let note = f[.note].flatMap { $0.isEmpty ? nil : $0 }
            try data.addLifeEvent(card: card, kind: kind, date: date, note: note)
            return Words.format(Words.Form.lifeEventAdded, l, Words.vocabulary(kind, l), name, date)
        case .snooze(let id, _):
            let day = try data.calendar.normaliseDay(try FormInput.required(f, .until, l))
            try data.snoozeAction(id, until: day)
            return Words.format(Words.Form.snoozed, l, day)
        case .dismiss(let id, _):
            try data.dismissAction(id, reason: try FormInput.required(f, .reason, l))
            return Words.Form.dismissed.text(l)
        }
    }
}

extension Form {
    var ticketID: Int64? {
        switch purpose {
        case .comment(let id, _, _), .status(let id, _), .resolve(let id, _), .assign(let id, _), .link(let id, _): return id
        default: return nil
        }
    }

    /// The action a form closes (a contact from it, a snooze, a dismissal).
    var actionID: Int64? {
        switch purpose {
        case .contact(_, _, let action): return action
        case .snooze(let id, _), .dismiss(let id, _): return id
        default: return nil
        }
    }

    mutating func setVersion(_ v: Int) {
        switch purpose {
        case .comment(let id, _, let i): purpose = .comment(ticket: id, version: v, isInternal: i)
        case .status(let id, _): purpose = .status(ticket: id, version: v)
        case .resolve(let id, _): purpose = .resolve(ticket: id, version: v)
        case .assign(let id, _): purpose = .assign(ticket: id, version: v)
        case .link(let id, _): purpose = .link(ticket: id, version: v)
        default: break
        }
    }
}
