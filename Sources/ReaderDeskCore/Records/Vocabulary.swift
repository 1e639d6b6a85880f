/// The closed vocabularies of the library's domain. Raw values are what the database,
/// the command line and the JSON use, so they never change spelling.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {
    static var noun: String { get }
}

extension Vocabulary {
    /// Parses user input, or fails with a one-line error listing what is allowed.
    public static func parse(_ text: String) throws -> Self {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let v = Self(rawValue: t) { return v }
        let allowed = allCases.map(\.rawValue).joined(separator: ", ")
        throw ReaderDeskError.invalid(
            "unknown \(noun) '\(text)': use one of \(allowed)", Phrase("error.vocabulary", ["noun:" + noun, text, allowed]))
    }
    public static var sqlList: String { allCases.map { "'\($0.rawValue)'" }.joined(separator: ",") }
}

public enum ReaderType: String, Vocabulary {
    case faculty, researcher, postgraduate, undergraduate, staff, external, alumni
    public static let noun = "reader type"
}

public enum CardType: String, Vocabulary {
    case regular, student, senior, vip
    public static let noun = "card type"
}

public enum Role: String, Vocabulary {
    case frontDesk = "front-desk", librarian, admin
    /// The MTA's system account: turns incoming mail into tickets and replies, nothing else.
    case intake
    public static let noun = "role"
}

public enum ServiceClass: String, Vocabulary {
    case premium, standard, basic
    public static let noun = "service class"
}

public enum Location: String, Vocabulary {
    case onsite, campus, remote
    public static let noun = "location"
}

public enum Channel: String, Vocabulary {
    case inPerson = "in-person", phone, email, chat, web, visit
    public static let noun = "channel"
}

public enum TicketKind: String, Vocabulary {
    case complaint, suggestion, question, fault, request, praise
    public static let noun = "ticket kind"
}

public enum Priority: String, Vocabulary {
    case low, normal, high, urgent
    public static let noun = "priority"
    /// Higher is more urgent; used to order queues.
    public var rank: Int {
        switch self {
        case .low: 0;
        case .normal: 1;
        case .high: 2;
        case .urgent: 3
        }
    }
}

public enum TicketStatus: String, Vocabulary {
    case new, open, waiting, resolved, closed
    public static let noun = "ticket status"
    public var isOpen: Bool { self == .new || self == .open || self == .waiting }
}

public enum LifeEventKind: String, Vocabulary {
    case continuingEducation = "continuing-education", titleEvaluation = "title-evaluation"
    case projectApplication = "project-application", achievementAppraisal = "achievement-appraisal"
    case thesis, other
    public static let noun = "life-stage event kind"
}

public enum Lifecycle: String, Vocabulary {
    case aware, acquired, active, afterService = "after-service", upgraded, lapsed
    public static let noun = "lifecycle stage"
}
