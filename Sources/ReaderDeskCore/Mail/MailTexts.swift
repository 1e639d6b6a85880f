/// The words of the mail ReaderDesk writes by itself, in Chinese and English (readers of a
/// Chinese library read either). The `[#ID]` in a subject threads a reply back to its ticket.
public enum MailTexts {
    public static func tag(_ id: Int64) -> String { "[#\(id)]" }

    static func replySubject(_ t: Ticket) -> String {
        let s = t.subject.hasPrefix("Re: ") ? String(t.subject.dropFirst(4)) : t.subject
        return "Re: \(tag(t.id!)) \(s)"
    }

    static func replyBody(_ text: String, ticket: Int64, library: String) -> String {
        """
        \(text)

        -- 
        \(library)
        回复本邮件即可继续交流（请保留主题中的 \(tag(ticket))）。
        Reply to this message to continue (keep \(tag(ticket)) in the subject).
        """
    }

    static func surveySubject(_ t: Ticket) -> String { "\(tag(t.id!)) 您的问题已解决，请评分 / How did we do?" }

    static func surveyBody(ticket: Int64, library: String) -> String {
        """
        您的工单 \(tag(ticket)) 已解决。请直接回复一个数字 1–5 为我们的服务评分（5 为非常满意）。
        Your ticket \(tag(ticket)) is resolved. Please reply with one digit from 1 to 5 to rate our help (5: very satisfied).

        -- 
        \(library)
        """
    }

    /// Fills `{name}`, `{service}` and `{library}` in an outreach template.
    public static func fill(_ template: String, name: String, service: String, library: String) -> String {
        template.replacingOccurrences(of: "{name}", with: name).replacingOccurrences(of: "{service}", with: service)
            .replacingOccurrences(of: "{library}", with: library)
    }
}
