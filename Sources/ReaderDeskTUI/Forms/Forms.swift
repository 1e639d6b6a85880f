import ReaderDeskCore
import ReaderDeskWords

/// The forms the app opens, each with its fields in order and the one that gets the keyboard.
enum Forms {
    typealias W = Words.Form

    static func contact(
        card: String, name: String, action: Int64? = nil, cell: Int? = nil,
        channel: Channel, _ l: Language
    ) -> Form {
        Form(
            .contact(card: card, name: name, action: action),
            title: Words.format(action == nil ? W.contact : W.contactForAction, l, name),
            fields: [
                FormField(.summary, W.summary),
                FormField(.channel, W.channel, .choice(FormChoices.channel), value: channel.rawValue),
                FormField(.cell, W.cell, .choice(FormChoices.cells), value: cell.map(String.init) ?? ""),
                FormField(.readLevel, W.readLevel, .choice(FormChoices.numbers(6))),
                FormField(.minutes, W.minutes, limit: 4),
                FormField(.followUp, W.followUp, limit: 10),
            ], focus: .summary)
    }

    static func newTicket(reader: Reader?, _ l: Language) -> Form {
        var f = Form(
            .newTicket, title: W.newTicket.text(l),
            fields: [
                FormField(.subject, W.subject, limit: 200),
                FormField(.kind, W.kind, .choice(FormChoices.kind), value: TicketKind.question.rawValue),
                FormField(.priority, W.priority, .choice(FormChoices.priority), value: Priority.normal.rawValue),
                FormField(.reader, W.reader, .reader, value: reader?.card ?? ""),
                FormField(.body, W.body),
            ], focus: .subject)
        if let reader { f.lookup = ReaderLookup(query: reader.card, hits: [reader]) }
        return f
    }

    static func comment(_ t: TicketRef, isInternal: Bool, _ l: Language) -> Form {
        Form(
            .comment(ticket: t.id, version: t.version, isInternal: isInternal),
            title: Words.format(isInternal ? W.note : W.reply, l, t.id), fields: [FormField(.text, W.text)])
    }

    /// A ticket mailed from an address no reader has: find the reader it is from.
    static func link(_ t: TicketRef, _ l: Language) -> Form {
        Form(
            .link(ticket: t.id, version: t.version), title: Words.format(Words.Answers.link, l, t.id),
            fields: [FormField(.reader, W.reader, .reader)])
    }

    static func status(_ t: TicketRef, _ l: Language) -> Form {
        let options = FormChoices.status.filter { $0.value != t.status.rawValue }
        return Form(
            .status(ticket: t.id, version: t.version), title: Words.format(W.status, l, t.id),
            fields: [FormField(.status, W.status1, .choice(options))])
    }

    static func resolve(_ t: TicketRef, _ l: Language) -> Form {
        Form(
            .resolve(ticket: t.id, version: t.version), title: Words.format(W.resolve, l, t.id),
            fields: [FormField(.satisfaction, W.satisfaction, .choice(FormChoices.numbers(5)))])
    }

    static func assign(_ t: TicketRef, _ l: Language) -> Form {
        var f = Form(
            .assign(ticket: t.id, version: t.version), title: Words.format(W.assign, l, t.id),
            fields: [FormField(.assignee, W.assignee, .choice([]))])
        f.needsStaff = true
        return f
    }

    static func snooze(action: Int64, name: String, until: String, _ l: Language) -> Form {
        Form(
            .snooze(action: action, name: name), title: Words.format(W.snooze, l, name),
            fields: [FormField(.until, W.until, value: until, limit: 10)])
    }

    static func dismiss(action: Int64, name: String, _ l: Language) -> Form {
        Form(
            .dismiss(action: action, name: name), title: Words.format(W.dismiss, l, name),
            fields: [FormField(.reason, W.reason, limit: 200)])
    }

    /// The master file's fields open to the role: the front desk gets the contact details,
    /// librarians and administrators the whole original record and the analysis.
    static func editReader(_ r: Reader, role: Role, _ l: Language) -> Form {
        func yesNo(_ b: Bool) -> String { b ? "yes" : "no" }
        // Consent goes with the contact details: whoever takes an email or a number asks.
        var fields = [
            FormField(.email, Words.email, value: r.email ?? "", limit: 200),
            FormField(.phone, Words.phone, value: r.phone ?? "", limit: 40),
            FormField(.address, Words.address, value: r.address ?? "", limit: 300),
            FormField(.postcode, Words.postcode, value: r.postcode ?? "", limit: 20),
            FormField(.consentEmail, W.consentEmail, .choice(FormChoices.yesNo), value: yesNo(r.consentEmail)),
            FormField(.consentPhone, W.consentPhone, .choice(FormChoices.yesNo), value: yesNo(r.consentPhone)),
            FormField(.consentBirthday, W.consentBirthday, .choice(FormChoices.yesNo), value: yesNo(r.consentBirthday)),
        ]
        if role != .frontDesk {
            fields =
                [
                    FormField(.name, W.name, value: r.name, limit: 200),
                    FormField(.type, Words.type, .choice(FormChoices.readerType), value: r.type.rawValue),
                    FormField(.tier, Words.cardType, .choice(FormChoices.tier), value: r.cardType.rawValue),
                    FormField(.dept, Words.dept, value: r.dept ?? "", limit: 200),
                    FormField(.subjectArea, Words.subject, value: r.subject ?? "", limit: 200),
                    FormField(.degree, Words.degree, value: r.degree ?? "", limit: 100),
                ] + fields + [
                    FormField(.birthday, Words.birthday, value: r.birthday ?? "", limit: 10),
                    FormField(.attitude, Words.attitude, value: r.attitude ?? ""),
                    FormField(.problems, Words.problems, value: r.problems ?? ""),
                    FormField(.needs, Words.needs, value: r.needs ?? ""),
                    FormField(.lifecycle, Words.lifecycle, .choice(FormChoices.lifecycle), value: r.lifecycle.rawValue),
                    FormField(.librarian, Words.librarian, .choice([])),
                    FormField(.awareOfReference, W.awareOfReference, .choice(FormChoices.yesNo), value: yesNo(r.awareOfReference)),
                ]
        }
        var f = Form(.editReader(card: r.card, name: r.name), title: Words.format(W.editReader, l, r.name), fields: fields)
        if role == .frontDesk { f.note = W.frontDeskNote.text(l) } else { f.needsStaff = true; f.librarianId = r.librarianId }
        return f
    }

    /// A life-stage event of the reader (as `reader event add`): kind, date, a note.
    static func lifeEvent(card: String, name: String, _ l: Language) -> Form {
        Form(
            .lifeEvent(card: card, name: name), title: Words.format(W.lifeEvent, l, name),
            fields: [
                FormField(.eventKind, W.eventKind, .choice(FormChoices.lifeEvent), value: LifeEventKind.titleEvaluation.rawValue),
                FormField(.date, W.date, limit: 10),
                FormField(.note, W.eventNote, limit: 300),
            ], focus: .eventKind)
    }

    static func newReader(_ l: Language) -> Form {
        Form(
            .newReader, title: W.newReader.text(l),
            fields: [
                FormField(.card, W.card, limit: 40),
                FormField(.name, W.name, limit: 200),
                FormField(.type, Words.type, .choice(FormChoices.readerType), value: ReaderType.undergraduate.rawValue),
                FormField(.tier, Words.cardType, .choice(FormChoices.tier), value: CardType.regular.rawValue),
                FormField(.dept, Words.dept, limit: 200),
                FormField(.email, Words.email, limit: 200),
                FormField(.phone, Words.phone, limit: 40),
            ], focus: .card)
    }
}

/// The ticket a form or a key acts on, with the version it was seen at.
struct TicketRef: Sendable, Equatable {
    var id: Int64
    var version: Int
    var status: TicketStatus
    var card: String?
    var readerName: String?
}
