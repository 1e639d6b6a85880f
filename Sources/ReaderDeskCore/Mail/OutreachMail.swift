import GRDB

/// The texts of a notice in both languages, with `{name}`, `{service}` and `{library}` filled
/// per reader. A message carries both languages (Chinese first) when both are given.
public struct OutreachMailText: Sendable, Equatable, Codable {
    public var subjectEn = "", bodyEn = "", subjectZh = "", bodyZh = ""
    enum CodingKeys: String, CodingKey { case subjectEn = "subject_en", bodyEn = "body_en", subjectZh = "subject_zh", bodyZh = "body_zh" }

    public init(subjectEn: String = "", bodyEn: String = "", subjectZh: String = "", bodyZh: String = "") {
        self.subjectEn = subjectEn; self.bodyEn = bodyEn; self.subjectZh = subjectZh; self.bodyZh = bodyZh
    }

    public var isEmpty: Bool { subjectEn.isEmpty && bodyEn.isEmpty && subjectZh.isEmpty && bodyZh.isEmpty }

    /// What a notice says when no text was given: its title, in a greeting both languages read.
    public static func standard(title: String) -> OutreachMailText {
        OutreachMailText(
            subjectEn: title, bodyEn: "Dear {name},\n\n\(title)\n\n{service}\n\n{library}",
            subjectZh: "", bodyZh: "{name}，您好：")
    }

    /// The subject and body as sent (placeholders still in).
    var combined: (subject: String, body: String) {
        let subject = [subjectZh, subjectEn].filter { !$0.isEmpty }.joined(separator: " / ")
        let body = [bodyZh, bodyEn].filter { !$0.isEmpty }.joined(separator: "\n\n")
        return (subject, body)
    }

    func validate() throws {
        try Validate.line(subjectEn, "subject.en", max: 300); try Validate.line(subjectZh, "subject.zh", max: 300)
        try Validate.text(bodyEn, "body.en"); try Validate.text(bodyZh, "body.zh")
        guard !combined.subject.isEmpty, !combined.body.isEmpty else {
            throw ReaderDeskError.invalid(
                "a mailed notice needs a subject and a body (in either language)", Phrase("error.outreach.needsText"))
        }
    }
}

extension AppDatabase {
    /// Mails a recorded notice to its recipients (those who consented: `sendOutreach` chose them).
    /// The texts are kept with the notice, so `retryOutreachMail` sends the same message to
    /// whoever did not get it; to a folder (a dry run) nothing is written.
    /// `sendOutreach` logged each recipient's contact; one whose message does not leave loses it,
    /// and gets it back when a retry reaches them (`retrying`).
    public func mailOutreach(
        _ actor: Actor, outreachId: Int64, title: String, service: String?, recipients: [OutreachRecipient],
        text: OutreachMailText, transport: MailTransport? = nil, retrying: Bool = false
    ) throws -> MailDelivery {
        try actor.require(.outreach)
        try text.validate()
        var dryRun = false
        if case .folder = transport { dryRun = true }
        let (library, serviceName, cell) = try read { db in
            (
                try Self.setting(db, "library.name"),
                try service.flatMap { try String.fetchOne(db, sql: "SELECT name FROM service WHERE code = ?", arguments: [$0]) },
                try Int.fetchOne(db, sql: "SELECT cell FROM outreach WHERE id = ?", arguments: [outreachId])
            )
        }
        if !dryRun {
            try write { db in
                try db.execute(
                    sql: "INSERT INTO outreach_mail(outreach_id, subject, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    arguments: [outreachId, text.combined.subject, text.combined.body])
            }
        }
        let (subject, body) = text.combined
        let items = recipients.compactMap { r -> MailItem? in
            guard let id = r.readerId else { return nil }
            func fill(_ s: String) -> String { MailTexts.fill(s, name: r.name, service: serviceName ?? title, library: library) }
            return MailItem(
                readerId: id, purpose: "outreach:\(outreachId)", ticketId: nil, subject: fill(subject), body: fill(body),
                automatic: true, unsubscribe: true, inReplyTo: [], contact: retrying ? (cell, "outreach: \(title)") : nil,
                outreachId: outreachId)
        }
        let result = try deliver(actor, items, transport: transport)
        if !dryRun && !retrying && !result.failed.isEmpty {
            try write { db in
                for f in result.failed {
                    try db.execute(
                        sql: "DELETE FROM contact WHERE outreach_id = ? AND reader_id = (SELECT id FROM reader WHERE card = ?)",
                        arguments: [outreachId, f.card])
                }
            }
        }
        return result
    }

    /// Sends a notice's mail again to those of its recipients who did not get it.
    public func retryOutreachMail(_ actor: Actor, outreachId: Int64) throws -> MailDelivery {
        try actor.require(.outreach)
        let found = try read { db -> (String, String?, String, String, [OutreachRecipient])? in
            guard
                let o = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT o.title, s.code, m.subject, m.body FROM outreach o JOIN outreach_mail m ON m.outreach_id = o.id
                        LEFT JOIN service s ON s.id = o.service_id WHERE o.id = ?
                        """, arguments: [outreachId])
            else { return nil }
            // Those who were mailed or tried: the sent are skipped, the others tried again.
            let recipients = try Row.fetchAll(
                db,
                sql: """
                    SELECT reader.id, reader.card, reader.name FROM mail_sent JOIN reader ON reader.id = mail_sent.reader_id
                    WHERE mail_sent.purpose = ? ORDER BY reader.card
                    """, arguments: ["outreach:\(outreachId)"]
            ).map { OutreachRecipient(card: $0[1], name: $0[2], readerId: $0[0]) }
            return (o[0], o[1], o[2], o[3], recipients)
        }
        guard let (title, service, subject, body, recipients) = found else {
            throw ReaderDeskError.notFound(
                "outreach \(outreachId) was not sent by mail: nothing to retry", Phrase("error.outreach.notMailed", [String(outreachId)]))
        }
        return try mailOutreach(
            actor, outreachId: outreachId, title: title, service: service, recipients: recipients,
            text: OutreachMailText(subjectEn: subject, bodyEn: body), retrying: true)
    }

    /// Keeps a notice's texts under a name for later notices.
    public func saveMailTemplate(_ actor: Actor, name: String, text: OutreachMailText) throws {
        try actor.require(.outreach)
        try Validate.code(name, "template name")
        try text.validate()
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO mail_template(name, subject_en, body_en, subject_zh, body_zh) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET subject_en = excluded.subject_en, body_en = excluded.body_en,
                        subject_zh = excluded.subject_zh, body_zh = excluded.body_zh
                    """, arguments: [name, text.subjectEn, text.bodyEn, text.subjectZh, text.bodyZh])
            try Self.audit(db, actor, "mail.template", detail: name)
        }
    }

    public func mailTemplate(_ name: String) throws -> OutreachMailText {
        try read { db in
            guard
                let r = try Row.fetchOne(
                    db, sql: "SELECT subject_en, body_en, subject_zh, body_zh FROM mail_template WHERE name = ?", arguments: [name])
            else {
                throw ReaderDeskError.notFound(
                    "no mail template '\(name)': 'readerdesk outreach template list' shows them", Phrase("error.template.notFound", [name]))
            }
            return OutreachMailText(subjectEn: r[0], bodyEn: r[1], subjectZh: r[2], bodyZh: r[3])
        }
    }

    public func mailTemplates() throws -> [(name: String, text: OutreachMailText)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, subject_en, body_en, subject_zh, body_zh FROM mail_template ORDER BY name").map {
                ($0[0], OutreachMailText(subjectEn: $0[1], bodyEn: $0[2], subjectZh: $0[3], bodyZh: $0[4]))
            }
        }
    }
}
