import ReaderDeskCore
import ReaderDeskWords

/// The JSON of a ticket in a list (docs/CONTRACTS.md §5: id, kind, status, priority, subject, card, assignee, due).
/// `due` is the due time as it stands now (a waiting ticket's clock is stopped: `paused`), null without an SLA.
struct TicketListJSON: Encodable {
    let id: Int64
    let kind, status, priority, subject, created: String
    let due, card, name, assignee: String?
    let paused: Bool
    let version: Int
    init(_ t: TicketListing, _ cal: LibraryCalendar, now: Int64) {
        id = t.id; kind = t.kind.rawValue; status = t.status.rawValue; priority = t.priority.rawValue; subject = t.subject
        due = t.due(now: now).map(cal.timestamp); paused = t.isPaused; created = cal.timestamp(t.createdAt); card = t.card
        name = t.readerName; assignee = t.assignee; version = t.version
    }

    enum CodingKeys: String, CodingKey { case id, kind, status, priority, subject, due, paused, created, card, name, assignee, version }

    /// `card`, `assignee` and `due` are part of the contract: written as null when there is none, never left out.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind); try c.encode(status, forKey: .status)
        try c.encode(priority, forKey: .priority); try c.encode(subject, forKey: .subject); try c.encode(due, forKey: .due)
        try c.encode(paused, forKey: .paused)
        try c.encode(created, forKey: .created); try c.encode(card, forKey: .card); try c.encodeIfPresent(name, forKey: .name)
        try c.encode(assignee, forKey: .assignee); try c.encode(version, forKey: .version)
    }
}

struct TicketDetailJSON: Encodable {
    struct Entry: Encodable { let staff, at, body: String; let `internal`: Bool }
    struct Change: Encodable { let staff, at, field: String; let old, new: String? }
    let id: Int64
    let kind, status, priority, subject, body, created: String
    let due, card, name, assignee: String?
    let paused: Bool
    let satisfaction: Int?
    let version: Int
    let firstResponse, resolved, closed: String?
    let entries: [Entry]
    let history: [Change]
    enum CodingKeys: String, CodingKey {
        case id, kind, status, priority, subject, body, due, paused, created, card, name, assignee, satisfaction, version, entries, history,
            resolved, closed
        case firstResponse = "first_response"
    }

    init(_ d: TicketDetail, _ cal: LibraryCalendar, now: Int64) {
        let t = d.ticket
        id = t.id!; kind = t.kind.rawValue; status = t.status.rawValue; priority = t.priority.rawValue; subject = t.subject
        body = t.body; due = t.due(now: now).map(cal.timestamp); paused = t.isPaused; created = cal.timestamp(t.createdAt);
        card = d.listing.card
        name = d.listing.readerName; assignee = d.listing.assignee; satisfaction = t.satisfaction; version = t.version
        firstResponse = t.firstResponseAt.map(cal.timestamp); resolved = t.resolvedAt.map(cal.timestamp);
        closed = t.closedAt.map(cal.timestamp)
        entries = d.entries.map { Entry(staff: $0.staff, at: cal.timestamp($0.at), body: $0.body, internal: $0.isInternal) }
        history = d.history.map { Change(staff: $0.staff, at: cal.timestamp($0.at), field: $0.field, old: $0.oldValue, new: $0.newValue) }
    }
}

enum TicketPrinting {
    /// The due time for a person: none, paused while waiting on the reader, or the time.
    static func dueText(_ t: some TicketClock, _ cal: LibraryCalendar, now: Int64) -> String {
        guard let due = t.due(now: now) else { return say(Line.noSLA) }
        return cal.timestamp(due) + (t.isPaused ? say(Line.pausedWaiting) : "")
    }

    static func show(_ d: TicketDetail, _ cal: LibraryCalendar, now: Int64) {
        let t = d.ticket
        Output.fields([
            (Line.ticket, say(Line.ticketVersion, t.id!, t.version)), (Line.kind, word(t.kind)), (Line.status, word(t.status)),
            (Line.priority, word(t.priority)), (Line.ticketSubject, t.subject),
            (Line.reader, d.listing.card.map { "\($0) \(d.listing.readerName ?? "")" }),
            (Line.assignee, d.listing.assignee), (Line.due, dueText(t, cal, now: now)),
            (Line.satisfaction, t.satisfaction.map(String.init)),
        ])
        if !t.body.isEmpty { print(""); print(Sanitizer.singleLine(t.body)) }
        if !d.entries.isEmpty {
            print(say(Line.section, say(Line.repliesAndNotes)))
            for e in d.entries {
                print("\(cal.timestamp(e.at)) \(e.staff) \(say(e.isInternal ? Line.note : Line.reply)) \(Sanitizer.singleLine(e.body))")
            }
        }
        print(say(Line.section, say(Line.history)))
        for h in d.history { print("\(cal.timestamp(h.at)) \(h.staff) \(h.field): \(h.oldValue ?? "–") → \(h.newValue ?? "–")") }
    }
}
