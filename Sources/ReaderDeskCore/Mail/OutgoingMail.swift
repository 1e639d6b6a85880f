import Foundation

/// A message ReaderDesk sends: built into correct MIME (UTF-8 text, encoded-word headers,
/// quoted-printable body) with the threading and loop-prevention headers.
public struct OutgoingMail: Sendable, Equatable {
    public var fromName: String?
    public var from: String
    public var replyTo: String?
    public var toName: String?
    public var to: String
    public var subject: String
    public var body: String
    public var messageId: String
    public var inReplyTo: [String] = []
    /// Notices and surveys that no person wrote at that moment (RFC 3834).
    public var automatic = false
    /// For outreach: where a reader asks to hear no more.
    public var listUnsubscribe: String?

    public init(
        fromName: String?, from: String, replyTo: String?, toName: String?, to: String, subject: String, body: String,
        messageId: String, inReplyTo: [String] = [], automatic: Bool = false, listUnsubscribe: String? = nil
    ) {
        self.fromName = fromName; self.from = from; self.replyTo = replyTo; self.toName = toName; self.to = to
        self.subject = subject; self.body = body; self.messageId = messageId; self.inReplyTo = inReplyTo
        self.automatic = automatic; self.listUnsubscribe = listUnsubscribe
    }

    /// RFC 5322 date in UTC, e.g. `Mon, 02 Nov 2026 01:00:00 +0000`.
    static func date(_ t: Int64) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
    }

    /// The message as bytes with CRLF line ends, ready for `sendmail -t`.
    public func rendered(at now: Int64) -> [UInt8] {
        var h: [(String, String)] = [
            ("From", MIMEEncoding.mailbox(name: fromName, address: from)),
            ("To", MIMEEncoding.mailbox(name: toName, address: to)),
            ("Subject", MIMEEncoding.encodedWords(subject)),
            ("Date", Self.date(now)),
            ("Message-ID", "<\(messageId)>"),
        ]
        if let replyTo { h.append(("Reply-To", replyTo)) }
        if !inReplyTo.isEmpty {
            h.append(("In-Reply-To", "<\(inReplyTo.last!)>"))
            h.append(("References", inReplyTo.map { "<\($0)>" }.joined(separator: " ")))
        }
        if automatic { h.append(("Auto-Submitted", "auto-generated")) }
        if let listUnsubscribe { h.append(("List-Unsubscribe", "<\(listUnsubscribe)>")) }
        h += [
            ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ]
        let head = h.map { "\($0.0): \($0.1)" }.joined(separator: "\r\n")
        return Array((head + "\r\n\r\n" + MIMEEncoding.quotedPrintable(body) + "\r\n").utf8)
    }

    /// A new unique id in the sender's domain: `rd.<purpose>.<random>@domain`.
    public static func newMessageId(purpose: String, from: String) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "readerdesk.invalid"
        let tag = purpose.map { $0.isLetter || $0.isNumber ? $0 : "." }
        let random = (0..<2).map { _ in String(UInt64.random(in: 0...UInt64.max), radix: 36) }.joined(separator: ".")
        return "rd.\(String(tag)).\(random)@\(domain)"
    }
}
