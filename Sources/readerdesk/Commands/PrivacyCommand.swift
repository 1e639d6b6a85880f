import ArgumentParser
import Foundation
import ReaderDeskCore

struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy", abstract: "Retention and erasure (administrators).",
        subcommands: [Purge.self, Forget.self])

    struct Purge: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop usage detail before DATE's month (monthly counts stay) and scrub texts past the retention period.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "YYYY-MM-DD: detail before the first day of this month is dropped.") var before: String

        func run(_ ctx: CommandContext) throws {
            let r = try ctx.database.purge(try ctx.actor(), before: before)
            if output.json {
                try Output.json(r)
            } else {
                print(
                    say(
                        Line.purged, r.cutoff, r.usageDeleted, r.contactsScrubbed, r.ticketsScrubbed, r.lifeEventNotesErased,
                        r.actionReasonsErased))
            }
        }
    }

    struct Forget: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Erase a reader's personal data everywhere; anonymous statistics stay.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Card number.") var card: String
        @Option(help: "Seconds to wait for other programs reading the database before giving up, changing nothing.") var wait = 10

        func run(_ ctx: CommandContext) throws {
            try ctx.database.forget(try ctx.actor(), card: card, wait: Double(wait)) { message in
                FileHandle.standardError.write(Data("readerdesk: \(message)\n".utf8))
            }
            print(say(Line.readerForgotten, Sanitizer.singleLine(card)))
        }
    }
}
