import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

struct OutreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outreach", abstract: "Notices of new resources to a segment of readers (promotion).",
        subcommands: [New.self, List.self, Send.self, Template.self])

    struct New: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a notice to a segment and write its recipients as CSV (librarians and administrators).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "What the notice is about.") var title: String
        @Option(help: "The service it promotes; its use within 30 days counts as a response.") var service: String?
        @Option(help: "Readers of this department.") var dept: String?
        @Option(help: "Readers of this subject.") var subject: String?
        @Option(help: "Readers of this current value tier (the pyramid's): vip, key, mid, basic.") var valueTier: String?
        @Option(help: ArgumentHelp("Deprecated: the same as --value-tier.", visibility: .hidden)) var tier: String?
        @Option(help: "A file with one card number per line.") var cards: String?
        @Option(
            name: .customLong("from-action"), help: "The readers a service action concerns (its id); the action is done by this outreach.")
        var fromAction: Int64?
        @Option(help: "email, phone, in-person or web.") var channel: String
        @Option(name: .customLong("life-stage"), help: "Tie it to a life stage (cell 4): only readers with that event coming up.")
        var lifeStage: String?
        @Option(help: "Where to write the recipients (default outreach-ID.csv).") var out: String?
        @Flag(help: "With --channel email: mail the notice to each consenting reader through mail.command.") var send = false
        @Option(
            name: .customLong("dry-run"),
            help: "With --channel email: write the messages as .eml files into this folder; nothing is sent or recorded.") var dryRun:
            String?
        @OptionGroup var text: MailTextOptions

        func run(_ ctx: CommandContext) throws {
            let tier = valueTier ?? self.tier
            let given = [dept, subject, tier, cards, fromAction.map(String.init)].compactMap { $0 }
            guard given.count == 1, valueTier == nil || self.tier == nil else {
                throw CommandError(Refusal.oneSegment)
            }
            let segment: OutreachSegment
            if let fromAction {
                segment = .action(fromAction)
            } else if let dept {
                segment = .dept(dept)
            } else if let subject {
                segment = .subject(subject)
            } else if let tier {
                segment = .tier(try ValueTier.parse(tier))
            } else {
                guard let text = String(validating: try RealUser.read(cards!), as: UTF8.self) else {
                    throw CommandError(Refusal.notUTF8, cards!)
                }
                segment = .cards(
                    text.split(whereSeparator: \.isNewline).map {
                        String($0.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces)
                    }
                    .filter { !$0.isEmpty && $0.lowercased() != "card" })
            }
            let ch = try Channel.parse(channel)
            let mailing = send || dryRun != nil
            if mailing && ch != .email { throw CommandError(Refusal.sendNeedsEmail) }
            if send && dryRun != nil { throw CommandError(Refusal.sendOrDryRun) }
            if !mailing && !text.isEmpty { throw CommandError(Refusal.textsNeedSend) }
            let actor = try ctx.actor()
            let mailText = mailing ? try text.resolve(ctx.database, title: title) : nil
            if send, !(try ctx.database.mailSettings().enabled) {
                throw CommandError(Refusal.mailOff)
            }
            let result = try ctx.database.sendOutreach(
                actor,
                OutreachInput(
                    title: title, service: service, segment: segment, channel: ch,
                    lifeStage: try lifeStage.map(LifeEventKind.parse), dryRun: dryRun != nil))
            if let mailText {
                let d = try ctx.database.mailOutreach(
                    actor, outreachId: result.id, title: title, service: service, recipients: result.recipients,
                    text: mailText, transport: dryRun.map { .folder($0) })
                print(
                    dryRun == nil
                        ? say(Line.outreachSent, result.id, result.recipients.count, result.cell) : say(Line.dryRunNothingRecorded))
                print(mailSummary(d))
                if !result.unknownCards.isEmpty {
                    print(say(Line.notFound, Sanitizer.singleLine(result.unknownCards.joined(separator: ", "))))
                }
                if result.withoutConsent > 0 { print(say(Line.leftOutNoConsent, result.withoutConsent, word(Channel.email))) }
                if !d.failed.isEmpty && dryRun == nil { print(say(Line.retryWith, result.id)) }
                return
            }
            let path = out ?? "outreach-\(result.id).csv"
            // Personal data: readable by the owner only, written with the caller's rights.
            let file = try ExportFile(path: path)
            do { try file.write(Array(result.csv.utf8)); try file.commit() } catch { file.abandon(); throw error }
            print(say(Line.outreachFile, result.id, result.recipients.count, result.cell, path))
            if !result.unknownCards.isEmpty { print(say(Line.notFound, Sanitizer.singleLine(result.unknownCards.joined(separator: ", ")))) }
            if result.withoutConsent > 0 { print(say(Line.leftOutNoConsent, result.withoutConsent, word(ch))) }
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Notices sent, with responses.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let rows = try ctx.database.outreachSummaries()
            if output.json {
                try Output.json(rows)
            } else {
                Output.table(
                    [Column.id, Column.when, Column.title, Column.service, Column.sent, Column.responses],
                    rows.map {
                        ["\($0.id)", ctx.calendar.dayString($0.at), $0.title, $0.service ?? "", "\($0.recipients)", "\($0.responses)"]
                    })
            }
        }
    }
}

extension OutreachCommand {
    struct Send: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mail a notice again to those of its readers who did not get it (nothing is sent twice).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The outreach id.") var id: Int64

        func run(_ ctx: CommandContext) throws {
            let d = try ctx.database.retryOutreachMail(try ctx.actor(), outreachId: id)
            print(mailSummary(d))
        }
    }

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Saved bilingual texts for mailed notices.", subcommands: [Add.self, List.self])

        struct Add: DatabaseCommand {
            static let configuration = CommandConfiguration(
                abstract: "Save (or replace) a template; placeholders {name} {service} {library}.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The template's name.") var name: String
            @OptionGroup var text: MailTextOptions
            func run(_ ctx: CommandContext) throws {
                guard text.template == nil else { throw CommandError(Refusal.templateOfTemplate) }
                try ctx.database.saveMailTemplate(try ctx.actor(), name: name, text: text.texts)
                print(say(Line.templateSaved, name))
            }
        }

        struct List: DatabaseCommand {
            static let configuration = CommandConfiguration(abstract: "The saved templates.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            func run(_ ctx: CommandContext) throws {
                try ctx.requireStaff()
                let rows = try ctx.database.mailTemplates()
                if output.json {
                    try Output.json(rows.map { TemplateJSON(name: $0.name, text: $0.text) })
                } else {
                    Output.table(
                        [Column.name, Column.subjectZh, Column.subjectEn], rows.map { [$0.name, $0.text.subjectZh, $0.text.subjectEn] })
                }
            }
        }
    }
}

struct TemplateJSON: Encodable {
    let name: String
    let text: OutreachMailText
}

/// The texts of a mailed notice: given here in either or both languages, or a saved template.
struct MailTextOptions: ParsableArguments {
    @Option(name: .customLong("mail-subject"), help: "The subject in English.") var subjectEn: String?
    @Option(name: .customLong("mail-body"), help: "The text in English; {name} {service} {library} are filled in.") var bodyEn: String?
    @Option(name: .customLong("mail-subject-zh"), help: "The subject in Chinese.") var subjectZh: String?
    @Option(name: .customLong("mail-body-zh"), help: "The text in Chinese.") var bodyZh: String?
    @Option(help: "A saved template (outreach template add).") var template: String?

    var texts: OutreachMailText {
        OutreachMailText(subjectEn: subjectEn ?? "", bodyEn: bodyEn ?? "", subjectZh: subjectZh ?? "", bodyZh: bodyZh ?? "")
    }
    var isEmpty: Bool { texts.isEmpty && template == nil }

    func resolve(_ db: AppDatabase, title: String) throws -> OutreachMailText {
        if let template {
            guard texts.isEmpty else { throw CommandError(Refusal.templateOrTexts) }
            return try db.mailTemplate(template)
        }
        return texts.isEmpty ? .standard(title: title) : texts
    }
}
