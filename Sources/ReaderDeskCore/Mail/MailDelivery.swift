import Foundation
import GRDB

/// One message to one reader for one purpose (`outreach:7`, `reply:31`, `survey:12`): the
/// pair is sent at most once, however often a send is retried.
public struct MailItem: Sendable {
    public var readerId: Int64
    public var purpose: String
    public var ticketId: Int64?
    public var subject: String
    public var body: String
    public var automatic: Bool
    public var unsubscribe: Bool
    public var inReplyTo: [String]
    /// Log a contact (channel email) in this cell once it is sent; nil: the caller logged it.
    public var contact: (cell: Int?, summary: String)?
    /// The notice the contact belongs to (its response is counted by it).
    public var outreachId: Int64? = nil
}

public struct MailFailure: Sendable, Codable, Equatable {
    public var card: String
    public var reason: String
}

/// What became of a send: who got it, who already had it, who could not be reached and why.
public struct MailDelivery: Sendable, Codable, Equatable {
    public var sent: [String] = []
    public var alreadySent: [String] = []
    public var failed: [MailFailure] = []
    /// A dry run: where the .eml files went.
    public var folder: String?
    enum CodingKeys: String, CodingKey { case sent, failed, folder, alreadySent = "already_sent" }

    /// One line for a person: "mailed to 3 readers; 1 failed: 2026003 (the MTA refused …)".
    public var summary: String {
        var parts = [
            folder.map { "\(sent.count) messages written to \($0)" } ?? "mailed to \(sent.count) reader\(sent.count == 1 ? "" : "s")"
        ]
        if !alreadySent.isEmpty { parts.append("\(alreadySent.count) already sent before") }
        if !failed.isEmpty { parts.append("\(failed.count) failed: " + failed.map { "\($0.card) (\($0.reason))" }.joined(separator: "; ")) }
        return parts.joined(separator: "; ")
    }
}

extension AppDatabase {
    /// Builds and hands over each message. A reader without an address or consent, or a refusal
    /// by the MTA, is a failure for that reader only; the others still go. To a folder (a dry
    /// run) nothing in the database changes.
    public func deliver(_ actor: Actor, _ items: [MailItem], transport: MailTransport? = nil) throws -> MailDelivery {
        let settings = try mailSettings()
        guard settings.enabled else {
            throw ReaderDeskError.invalid(
                "mail is off: an administrator sets it up with 'readerdesk settings set mail.from ADDRESS'", Phrase("error.mail.off"))
        }
        let transport = transport ?? .command(settings.command)
        var dryRun = false
        var result = MailDelivery()
        if case .folder(let dir) = transport { result.folder = dir; dryRun = true }
        var limiter = RateLimiter(perMinute: settings.ratePerMinute)
        for item in items {
            // Claim the (reader, purpose) pair first: a crash after the MTA took the message
            // leaves it 'pending', which a retry sends again rather than never.
            let claim: (card: String, mail: OutgoingMail)? = try write(rollback: dryRun) { db in
                guard let r = try Reader.fetchOne(db, key: item.readerId) else { return nil }
                guard let email = r.email, !email.isEmpty, r.consentEmail, !r.forgotten else {
                    result.failed.append(
                        MailFailure(card: r.card, reason: r.email?.isEmpty ?? true ? "no email address" : "no consent to email"))
                    return nil
                }
                let existing = try Row.fetchOne(
                    db, sql: "SELECT message_id, status FROM mail_sent WHERE reader_id = ? AND purpose = ?",
                    arguments: [item.readerId, item.purpose])
                if let existing, existing["status"] as String == "sent" { result.alreadySent.append(r.card); return nil }
                let messageId: String = existing?["message_id"] ?? OutgoingMail.newMessageId(purpose: item.purpose, from: settings.from)
                try db.execute(
                    sql: """
                        INSERT INTO mail_sent(reader_id, purpose, ticket_id, message_id, status, at) VALUES (?, ?, ?, ?, 'pending', ?)
                        ON CONFLICT(reader_id, purpose) DO UPDATE SET status = 'pending', error = NULL, at = excluded.at
                        """, arguments: [item.readerId, item.purpose, item.ticketId, messageId, actor.now])
                let mail = OutgoingMail(
                    fromName: settings.fromName, from: settings.from, replyTo: settings.replyTo, toName: r.name, to: email,
                    subject: item.subject, body: item.body, messageId: messageId, inReplyTo: item.inReplyTo,
                    automatic: item.automatic,
                    listUnsubscribe: item.unsubscribe ? "mailto:\(settings.replyTo)?subject=unsubscribe" : nil)
                return (r.card, mail)
            }
            guard let claim else { continue }
            do {
                if !dryRun { limiter.wait() }
                try transport.deliver(
                    claim.mail.rendered(at: actor.now), name: item.purpose.replacingOccurrences(of: ":", with: "-") + "-" + claim.card)
            } catch {
                let reason = (error as? ReaderDeskError)?.message ?? "\(error)"
                result.failed.append(MailFailure(card: claim.card, reason: reason))
                if !dryRun {
                    try write { db in
                        try db.execute(
                            sql: "UPDATE mail_sent SET status = 'failed', error = ? WHERE reader_id = ? AND purpose = ?",
                            arguments: [reason, item.readerId, item.purpose])
                    }
                }
                continue
            }
            result.sent.append(claim.card)
            if dryRun { continue }
            try write { db in
                try db.execute(
                    sql: "UPDATE mail_sent SET status = 'sent', at = ? WHERE reader_id = ? AND purpose = ?",
                    arguments: [actor.now, item.readerId, item.purpose])
                if let contact = item.contact {
                    var c = Contact(
                        readerId: item.readerId, staffId: actor.staff.id!, at: actor.now, channel: .email, cell: contact.cell,
                        readLevel: nil, minutes: nil, summary: contact.summary, followUp: nil, outreachId: item.outreachId)
                    try c.insert(db)
                    try Self.contactLogged(db, actor, c, calendar: calendar)
                }
                try Self.audit(db, actor, "mail.sent", readerId: item.readerId, detail: item.purpose)
            }
        }
        return result
    }

    /// The ids of the messages of a ticket's thread, oldest first: what we sent and what came in.
    static func threadIds(_ db: Database, ticketId: Int64) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT message_id FROM (
                    SELECT message_id, at FROM mail_sent WHERE ticket_id = ?1 AND status = 'sent'
                    UNION ALL SELECT message_id, at FROM mail_received WHERE ticket_id = ?1 AND outcome IN ('ticket', 'reply'))
                ORDER BY at LIMIT 20
                """, arguments: [ticketId])
    }

    /// The contact a ticket's mail counts as: a complaint's answer is care for the reader (cell 2).
    static func ticketCell(_ t: Ticket) -> Int? { t.kind == .complaint ? 2 : nil }

    /// A public reply on its way to the ticket's reader; nil when mail is off or the ticket has no reader.
    func mailTicketReply(_ actor: Actor, _ t: Ticket, entryId: Int64, text: String) throws -> MailDelivery? {
        guard let readerId = t.readerId, try mailSettings().enabled else { return nil }
        let (library, thread) = try read { db in (try Self.setting(db, "library.name"), try Self.threadIds(db, ticketId: t.id!)) }
        let item = MailItem(
            readerId: readerId, purpose: "reply:\(entryId)", ticketId: t.id, subject: MailTexts.replySubject(t),
            body: MailTexts.replyBody(text, ticket: t.id!, library: library), automatic: false, unsubscribe: false,
            inReplyTo: thread, contact: (Self.ticketCell(t), "mail: reply on ticket #\(t.id!)"))
        return try deliver(actor, [item])
    }

    /// On resolving without a score: the reader is asked for a digit 1–5 by mail.
    func mailSurvey(_ actor: Actor, _ t: Ticket) throws -> MailDelivery? {
        guard let readerId = t.readerId, try mailSettings().enabled else { return nil }
        let (library, thread) = try read { db in (try Self.setting(db, "library.name"), try Self.threadIds(db, ticketId: t.id!)) }
        let item = MailItem(
            readerId: readerId, purpose: "survey:\(t.id!)", ticketId: t.id, subject: MailTexts.surveySubject(t),
            body: MailTexts.surveyBody(ticket: t.id!, library: library), automatic: true, unsubscribe: false,
            inReplyTo: thread, contact: nil)
        return try deliver(actor, [item])
    }
}

/// At most N messages to the MTA in any minute: a large notice does not flood the relay.
struct RateLimiter {
    let perMinute: Int
    var sent: [Date] = []
    /// The clock and the pause, given by tests so that nothing waits.
    let clock: () -> Date
    let pause: (TimeInterval) -> Void

    init(perMinute: Int, clock: @escaping () -> Date = Date.init, pause: @escaping (TimeInterval) -> Void = Thread.sleep(forTimeInterval:))
    {
        self.perMinute = perMinute; self.clock = clock; self.pause = pause
    }

    /// Called before each message: returns at once while under the rate, else when the oldest
    /// message of the last minute is a minute old.
    mutating func wait() {
        let now = clock()
        sent.removeAll { now.timeIntervalSince($0) >= 60 }
        if sent.count >= perMinute, let oldest = sent.first {
            pause(max(0, 60 - now.timeIntervalSince(oldest)))
            sent.removeFirst()
        }
        sent.append(clock())
    }
}
