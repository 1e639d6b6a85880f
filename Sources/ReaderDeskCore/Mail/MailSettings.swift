import GRDB

/// The mail settings: mail stays off until an administrator sets `mail.from`.
public struct MailSettings: Sendable {
    public var from: String
    public var fromName: String
    public var replyTo: String
    public var command: String
    public var ratePerMinute: Int
    public var maxBytes: Int

    public var enabled: Bool { !from.isEmpty }

    static func address(_ key: String) -> SettingDefinition {
        SettingDefinition(
            key, "",
            key == "mail.from"
                ? "the address ReaderDesk's mail comes from (empty: no mail is sent)"
                : "where readers' replies go: the address piped to 'readerdesk intake mail' (empty: mail.from)"
        ) { v in
            v.isEmpty
                ? nil
                : (try? Validate.email(v)) == nil
                    ? .invalid("\(key) takes an email address, not '\(v)'", Phrase("error.setting.email", [key, v])) : nil
        }
    }

    public static let definitions: [SettingDefinition] = [
        address("mail.from"),
        address("mail.reply_to"),
        SettingDefinition("mail.command", "/usr/sbin/sendmail -t -i", "the sendmail-compatible command that takes a message on its input") {
            v in
            v.trimmingCharacters(in: .whitespaces).isEmpty
                ? .invalid("mail.command must name a program", Phrase("error.setting.mailCommand")) : nil
        },
        .number("mail.rate_per_minute", 60, "at most this many messages a minute go to the MTA", min: 1),
        .number("mail.max_bytes", 10_000_000, "incoming mail larger than this is refused", min: 1000),
    ]

    static func load(_ db: Database) throws -> MailSettings {
        let from = try AppDatabase.setting(db, "mail.from")
        let reply = try AppDatabase.setting(db, "mail.reply_to")
        return MailSettings(
            from: from, fromName: try AppDatabase.setting(db, "library.name"), replyTo: reply.isEmpty ? from : reply,
            command: try AppDatabase.setting(db, "mail.command"),
            ratePerMinute: max(1, Int(try AppDatabase.number(db, "mail.rate_per_minute"))),
            maxBytes: Int(try AppDatabase.number(db, "mail.max_bytes")))
    }
}

extension AppDatabase {
    public func mailSettings() throws -> MailSettings { try read { db in try MailSettings.load(db) } }
}
