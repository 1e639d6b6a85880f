import GRDB

/// The SLA clock of a ticket. It runs from creation (or a reopening) to the due time, stops
/// while the ticket waits on the reader and runs again when it reopens; kinds in the setting
/// sla.none.kinds (praise and suggestions by default) have no clock at all.
public protocol TicketClock {
    var status: TicketStatus { get }
    var hasSLA: Bool { get }
    /// The due time with every finished pause added.
    var dueAt: Int64 { get }
    var waitingSince: Int64? { get }
}

extension TicketClock {
    /// The due time as it stands at `now`: nil without an SLA; while waiting, pushed back by the pause so far.
    public func due(now: Int64) -> Int64? {
        guard hasSLA else { return nil }
        return dueAt + (waitingSince.map { max(0, now - $0) } ?? 0)
    }

    /// Past its due time and still open. A waiting ticket is late only if it already was when it paused.
    public func isOverdue(now: Int64) -> Bool {
        guard status.isOpen, let due = due(now: now) else { return false }
        return due < now
    }

    /// The clock is stopped: the ticket waits on the reader.
    public var isPaused: Bool { hasSLA && waitingSince != nil }
}

extension Ticket: TicketClock {}
extension TicketListing: TicketClock {}

extension SettingsCatalog {
    static let slaNoneKinds = SettingDefinition(
        "sla.none.kinds", "praise,suggestion", "ticket kinds with no SLA (no due time, never overdue), comma-separated"
    ) { text in
        Staff.splitList(text).first { TicketKind(rawValue: $0.lowercased()) == nil }
            .map {
                ReaderDeskError.invalid(
                    "unknown ticket kind '\($0)': use \(TicketKind.all)", Phrase("error.setting.slaKinds", [$0, TicketKind.all]))
            }
    }
}

extension TicketKind {
    /// Every kind, as a setting lists them.
    static var all: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension AppDatabase {
    /// Whether tickets of `kind` carry an SLA in this library.
    static func kindHasSLA(_ db: Database, _ kind: TicketKind) throws -> Bool {
        !Staff.splitList(try setting(db, SettingsCatalog.slaNoneKinds.key)).contains { $0.lowercased() == kind.rawValue }
    }

    /// Starts or ends a pause as the status changes: entering `waiting` stops the clock;
    /// leaving it adds the pause to the due time (and to the paused total, for reports).
    static func moveClock(_ t: inout Ticket, from old: TicketStatus, to new: TicketStatus, now: Int64) {
        if new == .waiting, old != .waiting {
            t.waitingSince = now
        } else if old == .waiting, new != .waiting, let since = t.waitingSince {
            let pause = max(0, now - since)
            t.dueAt += pause
            t.pausedSeconds += pause
            t.waitingSince = nil
        }
    }
}
