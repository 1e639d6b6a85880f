/// What each role may do. Checked in the core, whatever the interface shows (docs/CONTRACTS.md §6).
public enum Permission: String, Sendable {
    case writeRecords  // readers' original record, usage, contacts, tickets
    case readAnalysis  // the librarians' analysis notes on a reader
    case writeAnalysis
    case manageStaff, manageServices, manageSettings
    case exportPersonalData, readAudit, purge
    case outreach  // segment lists with names and emails
    case reassignActions  // give a matrix action to someone else
    case mailIntake  // tickets and replies from incoming mail

    func allowed(for role: Role) -> Bool {
        switch self {
        case .writeRecords: return role != .intake
        case .readAnalysis, .writeAnalysis, .outreach, .reassignActions: return role != .frontDesk && role != .intake
        case .mailIntake: return role == .intake || role == .admin
        case .manageStaff, .manageServices, .manageSettings, .exportPersonalData, .readAudit, .purge:
            return role == .admin
        }
    }

    var refusal: String {
        switch self {
        case .writeRecords: return "write records"
        case .readAnalysis: return "read librarians' analysis notes"
        case .writeAnalysis: return "edit librarians' analysis notes"
        case .manageStaff: return "manage staff"
        case .manageServices: return "manage services"
        case .manageSettings: return "change settings"
        case .exportPersonalData: return "export personal data"
        case .readAudit: return "read the audit log"
        case .purge: return "purge or forget personal data"
        case .outreach: return "send outreach with names and emails"
        case .reassignActions: return "reassign actions"
        case .mailIntake: return "take in mail"
        }
    }
}

/// Who is acting, and when: every write method takes one.
public struct Actor: Sendable {
    public let staff: Staff
    public let now: Int64

    public init(staff: Staff, now: Int64) {
        self.staff = staff
        self.now = now
    }

    public func can(_ p: Permission) -> Bool { p.allowed(for: staff.role) }

    public func require(_ p: Permission) throws {
        guard can(p) else {
            // Who may: a code for the catalogue (`may:librarians`), and its English for the core's line.
            let (may, who) =
                p == .mailIntake
                ? ("intake", "the intake account and administrators")
                : p.allowed(for: .frontDesk)
                    ? ("desk", "staff at the desk")
                    : p.allowed(for: .librarian) ? ("librarians", "librarians and administrators") : ("admins", "administrators")
            throw ReaderDeskError.forbidden(
                "\(staff.login) is \(staff.role.rawValue): only \(who) may \(p.refusal)",
                Phrase("error.forbidden", [staff.login, "role:" + staff.role.rawValue, "may:" + may, "permission:" + p.rawValue]))
        }
    }
}

extension Actor {
    /// ReaderDesk itself, for what the program does on its own (a follow-up expiring in a refresh):
    /// the audit log names it, never a person.
    static func system(now: Int64) -> Actor {
        Actor(staff: Staff(login: "readerdesk", name: "ReaderDesk", role: .admin, createdAt: now), now: now)
    }
}
