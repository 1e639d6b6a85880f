import ReaderDeskCore
import ReaderDeskWords

/// One option of a choice field, picked by its single key.
public struct Choice: Sendable, Equatable {
    public var value: String
    public var label: Bilingual
    public var key: Character
    public init(_ value: String, _ label: Bilingual, key: Character) { self.value = value; self.label = label; self.key = key }
}

public enum FieldKind: Sendable, Equatable {
    case text
    /// Options picked with single keys (or ←/→); the first is the default unless preset.
    case choice([Choice])
    /// A reader found by typing (card, name, pinyin): the field's text is the query.
    case reader
}

public enum FieldID: String, Sendable, Equatable {
    case summary, channel, cell, readLevel, minutes, followUp
    case subject, body, kind, priority, reader, assignee, status, satisfaction, text, reason, until
    case card, name, type, tier, dept, subjectArea, degree, email, phone, address, postcode, birthday
    case attitude, problems, needs
    case consentEmail, consentPhone, consentBirthday, lifecycle, librarian, awareOfReference
    case eventKind, date, note
}

public struct FormField: Sendable, Equatable {
    public var id: FieldID
    public var label: Bilingual
    public var kind: FieldKind
    public var editor: TextEditor
    public var choice = 0
    /// The value when the form opened: a field equal to it was not touched.
    public var initial: String

    public init(_ id: FieldID, _ label: Bilingual, _ kind: FieldKind = .text, value: String = "", limit: Int = 2000) {
        self.id = id
        self.label = label
        self.kind = kind
        editor = TextEditor(value, limit: limit)
        if case .choice(let options) = kind, let i = options.firstIndex(where: { $0.value == value }) { choice = i }
        initial = ""
        initial = self.value
    }

    public var isChoice: Bool { if case .choice = kind { return true } else { return false } }

    public var options: [Choice] { if case .choice(let o) = kind { return o } else { return [] } }

    /// The text typed, or the value of the chosen option ("" for none).
    public var value: String {
        if case .choice(let o) = kind { return o.indices.contains(choice) ? o[choice].value : "" }
        return editor.text.trimmingCharacters(in: .whitespaces)
    }

    public var touched: Bool { value != initial }
}

/// What a form is for, with what it needs to save: the reader, the ticket and the version it
/// was opened with (so a save never overwrites someone else's change), the action.
public enum FormPurpose: Sendable, Equatable {
    case contact(card: String, name: String, action: Int64?)
    case newTicket
    case comment(ticket: Int64, version: Int, isInternal: Bool)
    case status(ticket: Int64, version: Int)
    case resolve(ticket: Int64, version: Int)
    case assign(ticket: Int64, version: Int)
    case link(ticket: Int64, version: Int)
    case editReader(card: String, name: String)
    case newReader
    case lifeEvent(card: String, name: String)
    case snooze(action: Int64, name: String)
    case dismiss(action: Int64, name: String)
}

/// Readers found for a `.reader` field: the query they belong to and the one picked.
public struct ReaderLookup: Sendable, Equatable {
    public var query: String
    public var hits: [Reader]
    public var selected = 0
    public var stale = false
}

/// An open form: its fields, which one has the keyboard, and how saving went.
public struct Form: Sendable, Equatable {
    public var purpose: FormPurpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// A line under the fields: what the role allows, say.
    public var note: String?
    /// Why the last save was refused; cleared by the next key.
    public var error: String?
    /// Esc after typing: asks before throwing the text away.
    public var confirmingCancel = false
    /// The staff to assign to (or to own the reader), loaded when the form opens.
    public var needsStaff = false
    /// The reader's subject librarian when the form opened, chosen once the staff are loaded.
    public var librarianId: Int64?
    public var lookup: ReaderLookup?
    /// Ctrl-T in a reply: the reusable answers found for what is typed, and those inserted.
    public var answers: AnswerPick?
    public var usedAnswers: [Int64] = []

    public init(_ purpose: FormPurpose, title: String, fields: [FormField], focus: FieldID? = nil) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        if let focus, let i = fields.firstIndex(where: { $0.id == focus }) { self.focus = i }
    }

    public var isDirty: Bool { fields.contains(where: \.touched) }

    public subscript(id: FieldID) -> String? { fields.first { $0.id == id }?.value }

    public func field(_ id: FieldID) -> FormField? { fields.first { $0.id == id } }

    public var focused: FormField { fields[focus] }

    /// The reader a `.reader` field points at: the highlighted hit for what was typed.
    public var pickedReader: Reader? {
        guard let l = lookup, let q = self[.reader], !q.isEmpty, l.query == q, l.hits.indices.contains(l.selected) else { return nil }
        return l.hits[l.selected]
    }
}
