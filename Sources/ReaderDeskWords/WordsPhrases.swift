import ReaderDeskCore

/// Texts that the core hands over as a `Phrase` (a code and its arguments), rendered here.
extension Words {
    /// The texts of the phrases, by code. Add a code's text here when the core starts to use it.
    public static let phrases: [String: Bilingual] = [
        // Ticket history (`TicketChange.phrase`): old and new value.
        // A period whose label has words in it (`Period.phrase`).
        "period.trailingYear": Bilingual("12 months to %@", "截至%@的12个月"),
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
        // A field argument is `field:NAME`: each interface names it its way (`FieldNamer`).
        "error.field.empty": Bilingual("%@ must not be empty", "%@不能为空"),
        "error.field.tooLong": Bilingual("%@ is too long (%@ characters, at most %@)", "%@太长（%@ 个字符，最多 %@ 个）"),
        "error.field.control": Bilingual("%@ contains control characters", "%@含有控制字符"),
        "error.field.oneLine": Bilingual("%@ must be one line", "%@只能是一行"),
        "error.field.range": Bilingual("%@ must be %@ to %@, not %@", "%@应在 %@ 到 %@ 之间，而不是 %@"),
        "error.email": Bilingual("'%@' is not an email address", "“%@”不是有效的邮箱地址"),
        "error.phone": Bilingual("'%@' is not a phone number", "“%@”不是有效的电话号码"),
        "error.date": Bilingual("'%@' is not a date: use YYYY-MM-DD", "“%@”不是日期：请用 年-月-日（如 2026-12-01）"),
        "error.ticket.notFound": Bilingual("no ticket #%@", "没有工单 #%@"),
        "error.ticket.already": Bilingual("ticket #%@ is already %@", "工单 #%@ 已是%@"),
        "error.ticket.transition": Bilingual(
            "ticket #%@ is %@: it can go to %@, not %@", "工单 #%1$@ 为%2$@，只能改为%3$@，不能改为%4$@"),
        "error.staff.inactive": Bilingual("%@ is no longer active", "%@ 已停用"),
        "error.reader.notFound": Bilingual("no reader with card %@", "没有卡号为 %@ 的读者"),
        // A refusal (`Actor.require`): login, role, who may, and the permission as a `permission:` word.
        "error.forbidden": Bilingual("%@ is %@: only %@ may %@", "%1$@ 的角色是%2$@：只有%3$@可以%4$@"),
    ]

    /// Names of the fields that errors name (`error.field.*`).
    public static let fieldNames: [String: Bilingual] = [
        "summary": Form.summary, "subject": Form.subject, "body": Form.body, "text": Form.text, "reason": Form.reason,
        "email": email, "phone": phone, "name": name, "card": card, "dept": dept, "degree": degree,
        "address": address, "postcode": postcode, "attitude": attitude, "problems": problems, "needs": needs,
        "reply": Form.text, "note": Form.text, "minutes": Form.minutes, "satisfaction": Form.satisfaction,
        "READ level": Form.readLevel, "read": Form.readLevel, "cell": Form.cell,
    ].merging(moreFieldNames) { a, _ in a }

    /// How an interface names a field or setting that a phrase points at (`field:cell`): the app by
    /// its form label (`formField`), the command line by its flag.
    public typealias FieldNamer = @Sendable (String, Language) -> String

    /// A field as the app's forms label it; a field with no label reads as its name.
    @Sendable public static func formField(_ raw: String, _ l: Language) -> String { fieldNames[raw]?.text(l) ?? raw }

    /// How a phrase's arguments read, where they are words of a vocabulary (a status, a kind…);
    /// an empty argument reads as "—".
    public static let phraseArguments: [String: @Sendable (String, Language) -> String] = [
        "ticket.history.created": word(TicketKind.self), "ticket.history.status": word(TicketStatus.self),
        "ticket.history.priority": word(Priority.self), "ticket.history.kind": word(TicketKind.self),
        "error.ticket.already": word(TicketStatus.self), "error.ticket.transition": words(TicketStatus.self),
    ]

    /// A list of words of a vocabulary ("open, resolved"), each translated, joined the language's way.
    public static func words<V: Vocabulary>(_ type: V.Type) -> @Sendable (String, Language) -> String {
        { raw, l in raw.components(separatedBy: ", ").map { word(V.self)($0, l) }.joined(separator: listComma.text(l)) }
    }

    /// Who may do what a refusal names (`may:librarians`, `permission:writeAnalysis`, `Actor.require`).
    public static let whoMay: [String: Bilingual] = [
        "intake": Bilingual("the intake account and administrators", "邮件收件账号和管理员"),
        "desk": Bilingual("staff at the desk", "前台工作人员"),
        "librarians": Bilingual("librarians and administrators", "馆员和管理员"),
        "admins": Bilingual("administrators", "管理员"),
    ]
    public static let permissions: [String: Bilingual] = [
        "writeRecords": Bilingual("write records", "写入记录"),
        "readAnalysis": Bilingual("read librarians' analysis notes", "查看馆员的分析记录"),
        "writeAnalysis": Bilingual("edit librarians' analysis notes", "编辑馆员的分析记录"),
        "manageStaff": Bilingual("manage staff", "管理员工"),
        "manageServices": Bilingual("manage services", "管理服务"),
        "manageSettings": Bilingual("change settings", "修改设置"),
        "exportPersonalData": Bilingual("export personal data", "导出个人信息"),
        "readAudit": Bilingual("read the audit log", "查看审计日志"),
        "purge": Bilingual("purge or forget personal data", "清除或删除个人信息"),
        "outreach": Bilingual("send outreach with names and emails", "发送含姓名和邮箱的推送"),
        "reassignActions": Bilingual("reassign actions", "改派行动"),
        "mailIntake": Bilingual("take in mail", "接收邮件"),
    ]

    public static func word<V: Vocabulary>(_ type: V.Type) -> @Sendable (String, Language) -> String {
        { raw, l in V(rawValue: raw).map { vocabulary($0, l) } ?? raw }
    }

    /// The matrix actions' reasons and steps, by rule code (issue 12 fills this: e.g.
    /// `"care.newService.reason": Bilingual("Started using %@ on %@", "%2$@开始使用%1$@")` — positional
    /// `%1$@` may be used when Chinese needs another order). `render` looks here after `phrases`.
    public static let actionReasons: [String: Bilingual] = actionTexts

    /// An error as one line in the viewer's language, from the core's phrase (the core's English
    /// line only where it gave none); `fields` names the fields it points at.
    public static func error(_ error: Error, _ l: Language, fields: FieldNamer = formField) -> String {
        let e = error as? ReaderDeskError
        let phrase = e?.phrase.map { render($0, l, fields: fields) }
        return Sanitizer.singleLine(phrase ?? e?.message ?? String(describing: error))
    }

    /// A period's label in the viewer's language (a year, quarter, month or range reads the same in both).
    public static func period(_ p: Period, _ l: Language) -> String { p.phrase.map { render($0, l) } ?? p.label }

    /// The phrase in the viewer's language; an unknown code shows its arguments after the code, so
    /// nothing is lost when an older program reads a newer database.
    public static func render(_ phrase: Phrase, _ l: Language, fields: FieldNamer = formField) -> String {
        guard let b = phrases[phrase.code] ?? errors[phrase.code] ?? actionReasons[phrase.code] else {
            return ([phrase.code] + phrase.arguments).joined(separator: " ")
        }
        let argument = phraseArguments[phrase.code]
        return fill(
            b.text(l),
            phrase.arguments.map { raw -> String in
                if raw.isEmpty { return "—" }
                if raw.hasPrefix(Phrase.fieldPrefix) { return fields(String(raw.dropFirst(Phrase.fieldPrefix.count)), l) }
                return argument?(raw, l) ?? localisedArgument(raw, l)
            })
    }
}
