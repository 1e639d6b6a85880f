import ReaderDeskCore
import ReaderDeskWords

/// A form's fields as the core's inputs. What the core checks (lengths, e-mail, phone, roles)
/// is left to it, so the message is the same as on the command line.
enum FormInput {
    static func required(_ f: Form, _ id: FieldID, _ l: Language) throws -> String {
        guard let v = f[id], !v.isEmpty else {
            throw ReaderDeskError.invalid(Words.format(Words.Form.required, l, f.field(id)?.label.text(l) ?? id.rawValue))
        }
        return v
    }

    static func contact(_ f: Form, card: String, calendar: LibraryCalendar, language l: Language = .en) throws -> ContactInput {
        let summary = try required(f, .summary, l)
        let minutes = try f[.minutes].flatMap { $0.isEmpty ? nil : $0 }.map { text -> Int in
            guard let m = Int(text) else { throw ReaderDeskError.invalid(Words.format(Words.Form.wholeMinutes, l, text)) }
            return m
        }
        let followUp = try f[.followUp].flatMap { $0.isEmpty ? nil : try calendar.normaliseDay($0) }
        return ContactInput(
            card: card, channel: try Channel.parse(f[.channel] ?? ""), cell: f[.cell].flatMap { Int($0) },
            readLevel: f[.readLevel].flatMap { Int($0) }, minutes: minutes, summary: summary, followUp: followUp)
    }

    /// Only a subject is needed: the kind defaults to question and the priority to normal.
    static func newTicket(_ f: Form, _ data: AppData, language l: Language = .en) throws -> Ticket {
        let subject = try required(f, .subject, l)
        var card: String?
        if let query = f[.reader], !query.isEmpty {
            guard let r = f.pickedReader else { throw ReaderDeskError.invalid(Words.format(Words.Form.noReader, l, query)) }
            card = r.card
        }
        return try data.newTicket(
            kind: try TicketKind.parse(f[.kind] ?? "question"), subject: subject,
            body: f[.body] ?? "", card: card, priority: try Priority.parse(f[.priority] ?? "normal"))
    }

    /// The fields that were changed: untouched ones stay nil, so nothing else is written.
    static func readerFields(_ f: Form, calendar: LibraryCalendar) throws -> ReaderFields {
        var r = ReaderFields()
        for field in f.fields where field.touched {
            let v = field.value
            switch field.id {
            case .name: r.name = v
            case .type: r.type = try ReaderType.parse(v)
            case .tier: r.cardType = try CardType.parse(v)
            case .dept: r.dept = v
            case .subjectArea: r.subject = v
            case .degree: r.degree = v
            case .email: r.email = v
            case .phone: r.phone = v
            case .address: r.address = v
            case .postcode: r.postcode = v
            case .birthday: r.birthday = v.isEmpty ? "" : try calendar.normaliseDay(v)
            case .attitude: r.attitude = v
            case .problems: r.problems = v
            case .needs: r.needs = v
            case .lifecycle: r.lifecycle = try Lifecycle.parse(v)
            case .librarian: r.librarianLogin = v
            case .awareOfReference: r.awareOfReference = v == "yes"
            default: break
            }
        }
        // Consent is one set: any box changed writes all three as they stand.
        let consents: [(FieldID, Consent)] = [(.consentEmail, .email), (.consentPhone, .phone), (.consentBirthday, .birthday)]
        if consents.contains(where: { f.field($0.0)?.touched == true }) {
            r.consent = Set(consents.compactMap { f[$0.0] == "yes" ? $0.1 : nil })
        }
        return r
    }
}
