import Foundation
import GRDB

/// What became of one incoming message.
public enum IntakeOutcome: Sendable, Equatable {
    case ticket(Int64, senderKnown: Bool)
    case reply(Int64, reopened: Bool)
    case satisfaction(Int64, Int)
    case unsubscribe(readers: Int)
    case ignored(String)
    case duplicate

    /// One line for the MTA's log or a person.
    public var line: String {
        switch self {
        case .ticket(let id, let known): "ticket #\(id) opened\(known ? "" : " (sender unknown)")"
        case .reply(let id, let reopened): "reply added to ticket #\(id)\(reopened ? ", reopened" : "")"
        case .satisfaction(let id, let score): "satisfaction \(score) recorded on ticket #\(id)"
        case .unsubscribe(let n): "email consent withdrawn for \(n) reader\(n == 1 ? "" : "s")"
        case .ignored(let why): "ignored: \(why)"
        case .duplicate: "already received: nothing to do"
        }
    }
}

extension AppDatabase {
    /// Turns one RFC 5322 message into a ticket, a reply, a satisfaction score or an unsubscription,
    /// in one transaction; the same Message-ID a second time changes nothing. Refuses with one
    /// line (and changes nothing) what is too large or not a mail message.
    public func intakeMail(_ actor: Actor, _ bytes: [UInt8]) throws -> IntakeOutcome {
        try actor.require(.mailIntake)
        let settings = try mailSettings()
        guard bytes.count <= settings.maxBytes else {
            throw ReaderDeskError.invalid(
                "message larger than the limit of \(settings.maxBytes) bytes (setting mail.max_bytes)",
                Phrase("error.mail.tooLarge", [String(settings.maxBytes)]))
        }
        let mail = try MailParser.parse(bytes)
        let messageId = mail.messageId ?? "no-id.\(String(fnv1a(bytes), radix: 16))"
        return try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM mail_received WHERE message_id = ?", arguments: [messageId]) == true {
                return .duplicate
            }
            func record(_ outcome: String, _ ticket: Int64?, _ detail: String) throws {
                try db.execute(
                    sql: "INSERT INTO mail_received(message_id, at, outcome, ticket_id, detail) VALUES (?, ?, ?, ?, ?)",
                    arguments: [messageId, actor.now, outcome, ticket, detail])
            }
            let own = [settings.from, settings.replyTo].filter { !$0.isEmpty }.map { $0.lowercased() }
            if own.contains(mail.fromAddress) || mail.isAutomatic {
                let why = own.contains(mail.fromAddress) ? "mail from our own address" : "automatic or bulk mail"
                try record("ignored", nil, why)
                return .ignored(why)
            }
            let reader = try Row.fetchOne(
                db, sql: "SELECT id, card FROM reader WHERE lower(email) = ? AND forgotten = 0 ORDER BY card LIMIT 1",
                arguments: [mail.fromAddress])
            let readerId: Int64? = reader?["id"]
            let text = MailIntakeText.reply(mail.text)
            if readerId != nil, MailIntakeText.isUnsubscribe(subject: mail.subject, text: text) {
                try db.execute(
                    sql:
                        "UPDATE reader SET consent_email = 0, updated_at = ? WHERE lower(email) = ? AND forgotten = 0 AND consent_email = 1",
                    arguments: [actor.now, mail.fromAddress])
                let n = db.changesCount
                try Self.audit(db, actor, "mail.unsubscribe", readerId: readerId)
                try record("unsubscribe", nil, "\(n) readers")
                return .unsubscribe(readers: n)
            }
            if let ticketId = try Self.threadTicket(db, mail, readerId: readerId) {
                return try Self.intakeReply(db, actor, ticketId: ticketId, mail: mail, text: text, messageId: messageId, record: record)
            }
            let t = try Self.intakeTicket(db, actor, mail: mail, readerId: readerId)
            try record("ticket", t.id, "")
            return .ticket(t.id!, senderKnown: readerId != nil)
        }
    }

    /// The ticket a message answers: by In-Reply-To/References naming a message we sent (or one
    /// we received for it), else by `[#ID]` in the subject when the sender is that ticket's reader
    /// or its first sender (so a guessed number reaches no one else's ticket).
    static func threadTicket(_ db: Database, _ mail: ParsedMail, readerId: Int64?) throws -> Int64? {
        for id in mail.inReplyTo.reversed() {
            if let t = try Int64.fetchOne(
                db,
                sql: """
                    SELECT ticket_id FROM mail_sent WHERE message_id = ?1 AND ticket_id IS NOT NULL
                    UNION ALL SELECT ticket_id FROM mail_received WHERE message_id = ?1 AND ticket_id IS NOT NULL LIMIT 1
                    """, arguments: [id])
            {
                return t
            }
        }
        guard let open = mail.subject.range(of: "[#"), let close = mail.subject[open.upperBound...].firstIndex(of: "]"),
            let id = Int64(mail.subject[open.upperBound..<close])
        else { return nil }
        let owner = try Row.fetchOne(
            db,
            sql: """
                SELECT ticket.reader_id, ticket_mail.sender FROM ticket LEFT JOIN ticket_mail ON ticket_mail.ticket_id = ticket.id WHERE ticket.id = ?
                """, arguments: [id])
        guard let owner else { return nil }
        let ownerReader: Int64? = owner[0], sender: String? = owner[1]
        return (readerId != nil && ownerReader == readerId) || sender == mail.fromAddress ? id : nil
    }

    static func intakeReply(
        _ db: Database, _ actor: Actor, ticketId: Int64, mail: ParsedMail, text: String, messageId: String,
        record: (String, Int64?, String) throws -> Void
    ) throws -> IntakeOutcome {
        guard var t = try Ticket.fetchOne(db, key: ticketId) else {
            throw ReaderDeskError.notFound("no ticket #\(ticketId)", Phrase("error.ticket.notFound", [String(ticketId)]))
        }
        let old = t
        var outcome: IntakeOutcome
        // A resolved ticket answered with one digit: the reader's own satisfaction score.
        if !t.status.isOpen, let score = MailIntakeText.score(text) {
            t.satisfaction = score
            outcome = .satisfaction(ticketId, score)
            try db.execute(sql: "UPDATE ticket SET satisfaction_source = 'reader' WHERE id = ?", arguments: [ticketId])
            try record("satisfaction", ticketId, "\(score)")
        } else {
            let body = MailIntakeText.body(text.isEmpty ? "(empty reply)" : text, attachments: mail.attachments)
            try db.execute(
                sql: "INSERT INTO ticket_entry(ticket_id, staff_id, at, internal, body) VALUES (?, ?, ?, 0, ?)",
                arguments: [ticketId, actor.staff.id, actor.now, body])
            try db.execute(
                sql: "INSERT INTO ticket_entry_mail(entry_id, message_id) VALUES (?, ?)", arguments: [db.lastInsertedRowID, messageId])
            try recordChange(db, actor, ticketId, "reader-reply", nil, nil)
            let reopened = t.status == .resolved || t.status == .closed
            if reopened || t.status == .waiting {
                try move(&t, to: .open, now: actor.now)
                if reopened { t.dueAt = actor.now + (try slaSeconds(db, t.priority)) }
            }
            outcome = .reply(ticketId, reopened: reopened)
            try record("reply", ticketId, "")
        }
        t.updatedAt = actor.now
        t.version += 1
        try db.execute(
            sql: """
                UPDATE ticket SET status = ?, satisfaction = ?, resolved_at = ?, closed_at = ?, due_at = ?, updated_at = ?, version = ? WHERE id = ?
                """, arguments: [t.status.rawValue, t.satisfaction, t.resolvedAt, t.closedAt, t.dueAt, t.updatedAt, t.version, ticketId])
        try recordDiff(db, actor, old, t)
        try audit(db, actor, "mail.intake", readerId: t.readerId, detail: "#\(ticketId)")
        return outcome
    }

    static func intakeTicket(_ db: Database, _ actor: Actor, mail: ParsedMail, readerId: Int64?) throws -> Ticket {
        var subject = mail.subject.isEmpty ? "(no subject)" : mail.subject
        if subject.count > 300 { subject = String(subject.prefix(300)) }
        let sender = MIMEEncoding.mailbox(name: mail.fromName, address: mail.fromAddress)
        let header = readerId == nil ? "From: \(sender) — sender unknown 发件人未知" : "From: \(sender)"
        let body = MailIntakeText.body(
            header + "\n\n" + mail.text.trimmingCharacters(in: .whitespacesAndNewlines), attachments: mail.attachments)
        var t = Ticket(
            kind: .question, subject: subject, body: body, readerId: readerId, priority: .normal, status: .new,
            createdBy: actor.staff.id!, createdAt: actor.now, updatedAt: actor.now,
            dueAt: actor.now + (try slaSeconds(db, .normal)), version: 1)
        try t.insert(db)
        try db.execute(
            sql: "INSERT INTO ticket_mail(ticket_id, sender, known) VALUES (?, ?, ?)",
            arguments: [t.id, mail.fromAddress, readerId != nil])
        try recordChange(db, actor, t.id!, "created", nil, TicketKind.question.rawValue)
        try audit(db, actor, "mail.intake", readerId: readerId, detail: "#\(t.id!)")
        return t
    }
}

/// FNV-1a: a stable id for a message that came without a Message-ID, so its redelivery is known.
func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

/// The text of a reader's mail as a ticket keeps it.
enum MailIntakeText {
    /// The reader's own words: quoted lines and the quoted original below them dropped.
    static func reply(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("-----Original Message") || l.hasPrefix("-----原始邮件") || l.hasPrefix("------------------ 原始邮件")
                || (l.hasPrefix("On ") && l.hasSuffix("wrote:")) || (l.hasPrefix("在") && (l.hasSuffix("写道：") || l.hasSuffix("写道:")))
            {
                break
            }
            if l.hasPrefix(">") { continue }
            kept.append(line)
        }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A score 1–5 when the reply starts with one digit on its own (“4”, “5 — thanks”, “4分”).
    static func score(_ text: String) -> Int? {
        guard let first = text.split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces),
            let c = first.first, let v = c.wholeNumberValue, (1...5).contains(v)
        else { return nil }
        let next = first.dropFirst().first
        return next == nil || !(next!.isNumber || next!.isLetter && next!.isASCII) ? v : nil
    }

    static func isUnsubscribe(subject: String, text: String) -> Bool {
        let s = subject.lowercased().replacingOccurrences(of: "re:", with: "").trimmingCharacters(in: .whitespaces)
        let first = text.split(whereSeparator: \.isNewline).first.map { $0.lowercased().trimmingCharacters(in: .whitespaces) } ?? ""
        return s.hasPrefix("unsubscribe") || s.hasPrefix("退订") || first == "unsubscribe" || first == "退订"
    }

    /// Safe to show (control characters made visible), within the length a ticket takes, with
    /// the attachments named: they are not kept.
    static func body(_ text: String, attachments: [MailAttachment]) -> String {
        var out = Sanitizer.lines(text).joined(separator: "\n")
        if !attachments.isEmpty {
            out +=
                "\n\n[attachments not kept / 附件未保存: " + attachments.map { "\($0.name) (\(size($0.bytes)))" }.joined(separator: ", ") + "]"
        }
        let limit = Validate.maxText - 40
        if out.count > limit { out = String(out.prefix(limit)) + "\n[… truncated / 已截断]" }
        return out
    }

    static func size(_ n: Int) -> String {
        n < 1024 ? "\(n) B" : n < 1024 * 1024 ? "\(n / 1024) KB" : String(format: "%.1f MB", Double(n) / 1_048_576)
    }
}
