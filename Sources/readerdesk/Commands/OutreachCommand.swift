import ArgumentParser
import Foundation
import ReaderDeskCore

struct OutreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outreach", abstract: "Notices of new resources to a segment of readers (promotion).",
                                                    subcommands: [New.self, List.self])

    struct New: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Record a notice to a segment and write its recipients as CSV (librarians and administrators).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "What the notice is about.") var title: String
        @Option(help: "The service it promotes; its use within 30 days counts as a response.") var service: String?
        @Option(help: "Readers of this department.") var dept: String?
        @Option(help: "Readers of this subject.") var subject: String?
        @Option(help: "Readers of this current tier: vip, key, mid, basic.") var tier: String?
        @Option(help: "A file with one card number per line.") var cards: String?
        @Option(name: .customLong("from-action"), help: "The readers a service action concerns (its id); the action is done by this outreach.")
        var fromAction: Int64?
        @Option(help: "email, phone, in-person or web.") var channel: String
        @Option(name: .customLong("life-stage"), help: "Tie it to a life stage (cell 4): only readers with that event coming up.") var lifeStage: String?
        @Option(help: "Where to write the recipients (default outreach-ID.csv).") var out: String?

        func run(_ ctx: CommandContext) throws {
            let given = [dept, subject, tier, cards, fromAction.map(String.init)].compactMap { $0 }
            guard given.count == 1 else { throw CommandError("give exactly one of --dept, --subject, --tier, --cards or --from-action") }
            let segment: OutreachSegment
            if let fromAction { segment = .action(fromAction) } else if let dept { segment = .dept(dept) } else if let subject { segment = .subject(subject) } else if let tier {
                segment = .tier(try ValueTier.parse(tier))
            } else {
                guard let text = try? String(contentsOfFile: cards!, encoding: .utf8) else { throw CommandError("cannot read \(cards!)") }
                segment = .cards(text.split(whereSeparator: \.isNewline).map { String($0.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && $0.lowercased() != "card" })
            }
            let result = try ctx.database.sendOutreach(try ctx.actor(), OutreachInput(
                title: title, service: service, segment: segment, channel: try Channel.parse(channel),
                lifeStage: try lifeStage.map(LifeEventKind.parse)))
            let path = out ?? "outreach-\(result.id).csv"
            // Personal data: readable by the owner only.
            guard FileManager.default.createFile(atPath: path, contents: Data(result.csv.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw CommandError("cannot write \(path)")
            }
            print("outreach \(result.id): \(result.recipients.count) readers, cell \(result.cell); recipients in \(path)")
            if !result.unknownCards.isEmpty { print("not found: \(result.unknownCards.joined(separator: ", "))") }
            if result.withoutConsent > 0 { print("left out: \(result.withoutConsent) readers who did not consent to \(channel)") }
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Notices sent, with responses.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let rows = try ctx.database.outreachSummaries()
            if output.json { try Output.json(rows) } else {
                Output.table(["ID", "WHEN", "TITLE", "SERVICE", "SENT", "RESPONSES"], rows.map {
                    ["\($0.id)", ctx.calendar.dayString($0.at), $0.title, $0.service ?? "", "\($0.recipients)", "\($0.responses)"]
                })
            }
        }
    }
}
