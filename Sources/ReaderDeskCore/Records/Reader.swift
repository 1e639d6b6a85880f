import GRDB

/// The reader master file (读者主文件): the original record, the analysis, consent and lifecycle.
public struct Reader: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "reader"
    public var id: Int64?
    // (a) The original record.
    public var card: String
    public var name: String
    public var type: ReaderType
    public var cardType: CardType
    public var dept: String?
    public var subject: String?
    public var degree: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var postcode: String?
    public var birthday: String?
    // (b) The analysis: librarians' notes, hidden from the front desk.
    public var attitude: String?
    public var problems: String?
    public var needs: String?
    // Consent and relationship.
    public var consentEmail: Bool
    public var consentPhone: Bool
    public var consentBirthday: Bool
    public var lifecycle: Lifecycle
    public var awareOfReference: Bool
    public var librarianId: Int64?
    public var extra: String?
    public var forgotten: Bool
    public var createdAt: Int64
    public var updatedAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, card, name, type, dept, subject, degree, email, phone, address, postcode, birthday
        case attitude, problems, needs, lifecycle, extra, forgotten
        case consentEmail = "consent_email", consentPhone = "consent_phone", consentBirthday = "consent_birthday"
        case awareOfReference = "aware_of_reference", librarianId = "librarian_id"
        case createdAt = "created_at", updatedAt = "updated_at", cardType = "tier"
    }

    public init(card: String, name: String, type: ReaderType = .undergraduate, cardType: CardType = .regular, now: Int64) {
        self.card = card
        self.name = name
        self.type = type
        self.cardType = cardType
        consentEmail = false
        consentPhone = false
        consentBirthday = false
        lifecycle = .acquired
        awareOfReference = false
        forgotten = false
        createdAt = now
        updatedAt = now
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The same reader as someone without `readAnalysis` may see it.
    public func withoutAnalysis() -> Reader {
        var r = self
        r.attitude = nil
        r.problems = nil
        r.needs = nil
        return r
    }
}

/// The fields a person may set on a reader; nil means "leave as it is".
public struct ReaderFields: Sendable, Equatable {
    public var name: String?
    public var type: ReaderType?
    public var cardType: CardType?
    public var dept, subject, degree, email, phone, address, postcode, birthday: String?
    public var attitude, problems, needs: String?
    /// When set, exactly these consents are on and the others off.
    public var consent: Set<Consent>?
    public var lifecycle: Lifecycle?
    public var awareOfReference: Bool?
    public var librarianLogin: String?
    public var extra: String?

    public init() {}

    public var touchesAnalysis: Bool { attitude != nil || problems != nil || needs != nil }

    /// Names of the fields set, for the audit log (never their values).
    public var fieldNames: [String] {
        var names: [String] = []
        func add(_ n: String, _ v: Any?) { if v != nil { names.append(n) } }
        add("name", name); add("type", type); add("card_type", cardType); add("dept", dept); add("subject", subject)
        add("degree", degree); add("email", email); add("phone", phone); add("address", address)
        add("postcode", postcode); add("birthday", birthday); add("attitude", attitude)
        add("problems", problems); add("needs", needs); add("consent", consent); add("lifecycle", lifecycle)
        add("aware_of_reference", awareOfReference); add("librarian", librarianLogin)
        return names
    }
}

public enum Consent: String, Vocabulary {
    case email, phone, birthday
    public static let noun = "consent"
}
