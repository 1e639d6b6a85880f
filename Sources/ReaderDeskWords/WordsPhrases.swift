import ReaderDeskCore

/// Texts that the core hands over as a `Phrase` (a code and its arguments), rendered here.
extension Words {
    /// The texts of the phrases, by code. Add a code's text here when the core starts to use it.
    public static let phrases: [String: Bilingual] = [
        // Ticket history (`TicketChange.phrase`): old and new value.
        "ticket.history.created": Bilingual("created: %@", "创建：%@"),
        "ticket.history.status": Bilingual("status: %@ → %@", "状态：%@ → %@"),
        "ticket.history.priority": Bilingual("priority: %@ → %@", "优先级：%@ → %@"),
        "ticket.history.kind": Bilingual("kind: %@ → %@", "类型：%@ → %@"),
        "ticket.history.assignee": Bilingual("assignee: %@ → %@", "负责人：%@ → %@"),
        "ticket.history.subject": Bilingual("subject: %@ → %@", "主题：%@ → %@"),
        "ticket.history.satisfaction": Bilingual("satisfaction: %@ → %@", "满意度：%@ → %@"),
        "ticket.history.reply": Bilingual("public reply", "公开回复"),
        "ticket.history.note": Bilingual("internal note", "内部备注"),
        // Mail (issue 16): the reader's own reply taken in by mail, and a mailed ticket given its reader.
        "ticket.history.reader-reply": Bilingual("the reader's reply by mail", "读者邮件回复"),
        "ticket.history.reader": Bilingual("reader: %@ → %@", "读者：%@ → %@"),
        // Errors the core explains (`ReaderDeskError.phrase`), shown in the app's status line and forms.
        "error.field.empty": Bilingual("%@ must not be empty", "%@不能为空"),
        "error.field.tooLong": Bilingual("%@ is too long (%@ characters, at most %@)", "%@太长（%@ 个字符，最多 %@ 个）"),
        "error.field.control": Bilingual("%@ contains control characters", "%@含有控制字符"),
        "error.field.oneLine": Bilingual("%@ must be one line", "%@只能是一行"),
        "error.field.range": Bilingual("%@ must be %@ to %@, not %@", "%@应在 %@ 到 %@ 之间，而不是 %@"),
        "error.email": Bilingual("'%@' is not an email address", "“%@”不是有效的邮箱地址"),
        "error.phone": Bilingual("'%@' is not a phone number", "“%@”不是有效的电话号码"),
        "error.date": Bilingual("'%@' is not a date: use YYYY-MM-DD", "“%@”不是日期：请用 年-月-日（如 2026-12-01）"),
        "error.ticket.notFound": Bilingual("No ticket #%@", "没有工单 #%@"),
        "error.ticket.already": Bilingual("Ticket #%@ is already %@", "工单 #%@ 已是%@"),
        "error.ticket.transition": Bilingual("Ticket #%@ is %@: it cannot go to %@", "工单 #%@ 为%@，不能改为%@"),
        "error.staff.inactive": Bilingual("%@ is no longer active", "%@ 已停用"),
        "error.reader.notFound": Bilingual("No reader with card %@", "没有卡号为 %@ 的读者"),
        "error.forbidden": Bilingual("%@ is %@: your role may not do this", "%@ 的角色是%@，无权执行此操作"),
    ]

    /// Names of the fields that errors name (`error.field.*`).
    public static let fieldNames: [String: Bilingual] = [
        "summary": Form.summary, "subject": Form.subject, "body": Form.body, "text": Form.text, "reason": Form.reason,
        "email": email, "phone": phone, "name": name, "card": card, "dept": dept, "degree": degree,
        "address": address, "postcode": postcode, "attitude": attitude, "problems": problems, "needs": needs,
        "reply": Form.text, "note": Form.text, "minutes": Form.minutes, "satisfaction": Form.satisfaction,
        "READ level": Form.readLevel, "read": Form.readLevel, "cell": Form.cell,
    ]

    /// How a phrase's arguments read, where they are words of a vocabulary (a status, a kind…);
    /// an empty argument reads as "—".
    public static let phraseArguments: [String: @Sendable (String, Language) -> String] = [
        "ticket.history.created": word(TicketKind.self), "ticket.history.status": word(TicketStatus.self),
        "ticket.history.priority": word(Priority.self), "ticket.history.kind": word(TicketKind.self),
        "error.ticket.already": word(TicketStatus.self), "error.ticket.transition": word(TicketStatus.self),
        "error.forbidden": word(Role.self),
        "error.field.empty": field, "error.field.tooLong": field, "error.field.control": field,
        "error.field.oneLine": field, "error.field.range": field,
    ]

    @Sendable static func field(_ raw: String, _ l: Language) -> String { fieldNames[raw]?.text(l) ?? raw }

    public static func word<V: Vocabulary>(_ type: V.Type) -> @Sendable (String, Language) -> String {
        { raw, l in V(rawValue: raw).map { vocabulary($0, l) } ?? raw }
    }

    /// The matrix actions' reasons and steps, by rule code (issue 12 fills this: e.g.
    /// `"care.newService.reason": Bilingual("Started using %@ on %@", "%2$@开始使用%1$@")` — positional
    /// `%1$@` may be used when Chinese needs another order). `render` looks here after `phrases`.
    public static let actionReasons: [String: Bilingual] = actionTexts

    /// An error as one line in the viewer's language: in English the core's own line (the command
    /// line's, often more detailed), else the core's phrase rendered here when it gave one.
    public static func error(_ error: Error, _ l: Language) -> String {
        let e = error as? ReaderDeskError
        let phrase = l == .en ? nil : e?.phrase.map { render($0, l) }
        return Sanitizer.singleLine(phrase ?? e?.message ?? String(describing: error))
    }

    /// The phrase in the viewer's language; an unknown code shows its arguments after the code, so
    /// nothing is lost when an older program reads a newer database.
    public static func render(_ phrase: Phrase, _ l: Language) -> String {
        guard let b = phrases[phrase.code] ?? actionReasons[phrase.code] else {
            return ([phrase.code] + phrase.arguments).joined(separator: " ")
        }
        let argument = phraseArguments[phrase.code]
        return fill(
            b.text(l),
            phrase.arguments.map { raw -> String in
                raw.isEmpty ? "—" : argument?(raw, l) ?? localisedArgument(raw, l)
            })
    }
}
