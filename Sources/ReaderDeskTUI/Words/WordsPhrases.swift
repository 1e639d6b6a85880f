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
    ]

    /// How a phrase's arguments read, where they are words of a vocabulary (a status, a kind…);
    /// an empty argument reads as "—".
    static let phraseArguments: [String: @Sendable (String, Language) -> String] = [
        "ticket.history.created": word(TicketKind.self), "ticket.history.status": word(TicketStatus.self),
        "ticket.history.priority": word(Priority.self), "ticket.history.kind": word(TicketKind.self),
    ]

    static func word<V: Vocabulary>(_ type: V.Type) -> @Sendable (String, Language) -> String {
        { raw, l in V(rawValue: raw).map { vocabulary($0, l) } ?? raw }
    }

    /// The matrix actions' reasons and steps, by rule code (issue 12 fills this: e.g.
    /// `"care.newService.reason": Bilingual("Started using %@ on %@", "%2$@开始使用%1$@")` — positional
    /// `%1$@` may be used when Chinese needs another order). `render` looks here after `phrases`.
    public static let actionReasons: [String: Bilingual] = actionTexts

    /// The phrase in the viewer's language; an unknown code shows its arguments after the code, so
    /// nothing is lost when an older program reads a newer database.
    public static func render(_ phrase: Phrase, _ l: Language) -> String {
        guard let b = phrases[phrase.code] ?? actionReasons[phrase.code] else {
            return ([phrase.code] + phrase.arguments).joined(separator: " ")
        }
        let argument = phraseArguments[phrase.code]
        return fill(b.text(l), phrase.arguments.map { raw -> String in
            raw.isEmpty ? "—" : argument?(raw, l) ?? localisedArgument(raw, l)
        })
    }
}
