import Foundation
import GRDB

/// Who a notice goes to.
public enum OutreachSegment: Sendable, Equatable {
    case dept(String), subject(String), tier(ValueTier), cards([String])
    /// The readers a service action concerns (`ServiceAudience`): one decision, one outreach.
    case action(Int64)
    var label: String {
        switch self {
        case .action(let id): "action #\(id)"
        case .dept(let d): "dept \(d)"
        case .subject(let s): "subject \(s)"
        case .tier(let t): "tier \(t.rawValue)"
        case .cards(let c): "\(c.count) cards"
        }
    }
}

public struct OutreachInput: Sendable {
    public var title: String
    public var service: String?
    public var segment: OutreachSegment
    public var channel: Channel
    /// When the notice is tied to a life stage: only readers with that event coming up, in cell 4.
    public var lifeStage: LifeEventKind?
    /// Work out the recipients and write nothing (a mail dry run).
    public var dryRun = false
    public init(
        title: String, service: String? = nil, segment: OutreachSegment, channel: Channel, lifeStage: LifeEventKind? = nil,
        dryRun: Bool = false
    ) {
        self.title = title; self.service = service; self.segment = segment; self.channel = channel; self.lifeStage = lifeStage
        self.dryRun = dryRun
    }
}

/// A recipient as the mail merge needs them (personal data: librarians and administrators only).
public struct OutreachRecipient: Sendable, Equatable, Codable {
    public var card: String
    public var name: String
    public var email: String?
    public var phone: String?
    public var dept: String?
    public var subject: String?
    /// For mailing; not part of the listing.
    public var readerId: Int64?
    enum CodingKeys: String, CodingKey { case card, name, email, dept, subject }
}

public struct OutreachResult: Sendable {
    public var id: Int64
    public var cell: Int
    public var channel: Channel
    public var recipients: [OutreachRecipient]
    /// Cards in a --cards list that are not readers.
    public var unknownCards: [String]
    /// Readers of the segment left out because they did not consent to this channel.
    public var withoutConsent: Int = 0

    /// RFC 4180 CSV with a header, for a mail merge or a call list: the phone numbers for a
    /// phone outreach, the emails otherwise.
    public var csv: String {
        let byPhone = channel == .phone
        func field(_ s: String?) -> String {
            let v = Sanitizer.singleLine(s ?? "")
            return v.contains(where: { $0 == "," || $0 == "\"" }) || v.hasPrefix("=")
                ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }
        let header = byPhone ? "card,name,phone,dept,subject" : "card,name,email,dept,subject"
        return
            ([header]
            + recipients.map { r in [r.card, r.name, byPhone ? r.phone : r.email, r.dept, r.subject].map(field).joined(separator: ",") })
            .joined(separator: "\r\n") + "\r\n"
    }
}

extension AppDatabase {
    /// Records one contact per reader of the segment (cell 3, or 4 for a life stage) and returns the recipients.
    public func sendOutreach(_ actor: Actor, _ input: OutreachInput) throws -> OutreachResult {
        try actor.require(.outreach)
        try Validate.line(input.title, "title", required: true, max: 300)
        guard [.email, .phone, .inPerson, .web].contains(input.channel) else {
            throw ReaderDeskError.invalid(
                "outreach goes by email, phone, in-person or web, not \(input.channel.rawValue)",
                Phrase("error.outreach.channel", ["channel:" + input.channel.rawValue]))
        }
        if case .tier = input.segment { try refreshActionsIfStale(now: actor.now) }  // current tiers
        var cell = input.lifeStage == nil ? 3 : 4
        return try write(rollback: input.dryRun) { db in
            var serviceId = try input.service.map { try Self.service(db, code: $0).id! }
            if case .action(let actionId) = input.segment {
                let source = try Self.outreachSource(db, actionId)
                cell = source.cell
                serviceId = serviceId ?? source.serviceId
            }
            var (ids, unknown) = try Self.segmentReaders(db, input.segment)
            if let kind = input.lifeStage {
                let horizon = calendar.day(actor.now, plus: Int(try Self.number(db, "matrix.remind.days")))
                let due = try Set(
                    Int64.fetchAll(
                        db, sql: "SELECT reader_id FROM life_event WHERE kind = ? AND date BETWEEN ? AND ?",
                        arguments: [kind.rawValue, calendar.dayString(actor.now), horizon]))
                ids = ids.filter(due.contains)
            }
            // Only readers who agreed to be reached this way: email and phone need their consent.
            let consent = input.channel == .email ? "consent_email" : input.channel == .phone ? "consent_phone" : nil
            var withoutConsent = 0
            if let consent, !ids.isEmpty {
                let agreed = Set(
                    try Int64.fetchAll(
                        db, sql: "SELECT id FROM reader WHERE \(consent) = 1 AND id IN (\(ids.map(String.init).joined(separator: ",")))"))
                withoutConsent = ids.count - agreed.count
                ids = ids.filter(agreed.contains)
            }
            try db.execute(
                sql:
                    "INSERT INTO outreach(title, service_id, segment, channel, cell, staff_id, at, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    input.title, serviceId, input.segment.label, input.channel.rawValue, cell, actor.staff.id, actor.now, ids.count,
                ])
            let id = db.lastInsertedRowID
            var recipients: [OutreachRecipient] = []
            for readerId in ids {
                var c = Contact(
                    readerId: readerId, staffId: actor.staff.id!, at: actor.now, channel: input.channel, cell: cell,
                    readLevel: nil, minutes: nil, summary: "outreach: \(input.title)", followUp: nil, outreachId: id)
                try c.insert(db)
                try Self.contactLogged(db, actor, c, calendar: calendar)
                let r = try Reader.fetchOne(db, key: readerId)!
                recipients.append(
                    OutreachRecipient(
                        card: r.card, name: r.name, email: r.email, phone: r.phone, dept: r.dept, subject: r.subject, readerId: readerId))
            }
            try Self.audit(
                db, actor, "outreach.new",
                detail:
                    "#\(id) to \(ids.count) readers (recipient list with names and \(input.channel == .phone ? "phone numbers" : "emails"))"
            )
            if case .action(let actionId) = input.segment {
                try db.execute(
                    sql: "UPDATE action SET status = 'done', closed_by = ?, updated_at = ? WHERE id = ?",
                    arguments: [actor.staff.id, actor.now, actionId])
                try Self.audit(db, actor, "action.done", detail: "#\(actionId) by outreach #\(id)")
            }
            return OutreachResult(
                id: id, cell: cell, channel: input.channel, recipients: recipients, unknownCards: unknown, withoutConsent: withoutConsent)
        }
    }

    /// The open service action an outreach is made from: its cell and service.
    static func outreachSource(_ db: Database, _ id: Int64) throws -> (cell: Int, serviceId: Int64?) {
        guard let row = try Row.fetchOne(db, sql: "SELECT cell, service_id, status FROM action WHERE id = ?", arguments: [id]) else {
            throw ReaderDeskError.notFound(
                "no action #\(id): 'readerdesk action list' shows the open ones", Phrase("error.action.notFound", [String(id)]))
        }
        let status: String = row["status"]
        guard status == "open" || status == "snoozed" else {
            throw ReaderDeskError.invalid(
                "action #\(id) is already \(status)", Phrase("error.action.already", [String(id), "action:" + status]))
        }
        return (row["cell"], row["service_id"])
    }

    /// Readers in a segment (never erased ones), in card order, and cards that were not found.
    static func segmentReaders(_ db: Database, _ segment: OutreachSegment) throws -> ([Int64], [String]) {
        let base = "SELECT id FROM reader WHERE forgotten = 0 AND "
        switch segment {
        case .dept(let d): return (try Int64.fetchAll(db, sql: base + "dept = ? COLLATE NOCASE ORDER BY card", arguments: [d]), [])
        case .subject(let s): return (try Int64.fetchAll(db, sql: base + "subject = ? COLLATE NOCASE ORDER BY card", arguments: [s]), [])
        case .tier(let t):
            return (
                try Int64.fetchAll(
                    db, sql: base + "id IN (SELECT reader_id FROM reader_value WHERE tier = ?) ORDER BY card", arguments: [t.rawValue]), []
            )
        case .action(let id):
            guard
                let audience = ServiceAudience.parse(
                    try String.fetchOne(db, sql: "SELECT audience FROM action WHERE id = ?", arguments: [id]))
            else {
                throw ReaderDeskError.invalid(
                    "action #\(id) concerns one reader, not a group: log a contact with them instead",
                    Phrase("error.action.oneReader", [String(id)]))
            }
            return (try audience.readers(db), [])
        case .cards(let cards):
            var ids: [Int64] = [], unknown: [String] = [], seen = Set<Int64>()
            for card in cards {
                if let id = try Int64.fetchOne(db, sql: base + "card = ?", arguments: [card]) {
                    if seen.insert(id).inserted { ids.append(id) }
                } else {
                    unknown.append(card)
                }
            }
            return (ids, unknown)
        }
    }
}

/// How a notice was answered: recipients who used its service within the response window.
public struct OutreachSummary: Sendable, Equatable, Codable {
    public var id: Int64
    public var title: String
    public var service: String?
    public var at: Int64
    public var recipients: Int
    public var responses: Int
}

extension AppDatabase {
    /// Notices sent in [start, end) with their responses.
    public func outreachSummaries(from start: Int64 = 0, to end: Int64 = .max, readerId: Int64? = nil) throws -> [OutreachSummary] {
        try read { db in try Self.outreachSummaries(db, from: start, to: end, readerId: readerId) }
    }

    static func outreachSummaries(_ db: Database, from start: Int64, to end: Int64, readerId: Int64? = nil) throws -> [OutreachSummary] {
        let window = Int64(try number(db, "outreach.response.days")) * 86_400
        return try Row.fetchAll(
            db,
            sql: """
                SELECT o.id, o.title, s.code, o.at, o.recipients,
                       (SELECT count(DISTINCT c.reader_id) FROM contact c WHERE c.outreach_id = o.id AND (?3 IS NULL OR c.reader_id = ?3)
                          AND EXISTS (SELECT 1 FROM usage u WHERE u.reader_id = c.reader_id AND u.service_id = o.service_id
                                      AND u.at > o.at AND u.at <= o.at + ?4)) AS responses
                FROM outreach o LEFT JOIN service s ON s.id = o.service_id
                WHERE o.at >= ?1 AND o.at < ?2 AND (?3 IS NULL OR EXISTS (SELECT 1 FROM contact WHERE outreach_id = o.id AND reader_id = ?3))
                ORDER BY o.at, o.id
                """, arguments: [start, end, readerId, window]
        ).map {
            OutreachSummary(id: $0[0], title: $0[1], service: $0[2], at: $0[3], recipients: $0[4], responses: $0[5])
        }
    }
}
