import ArgumentParser
import ReaderDeskCore

struct UsageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage", abstract: "Service use by readers (never what they read).",
        subcommands: [Add.self, List.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Record that a reader used a service.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Card number.") var card: String
        @Option(help: "Service code.") var service: String
        @Option(help: "When (ISO 8601; default now).") var at: String?
        @Option(help: "How many times.") var quantity: Int = 1
        @Option(help: "onsite, campus or remote.") var location: String = "onsite"

        func run(_ ctx: CommandContext) throws {
            let when = try at.map(ctx.calendar.parseInstant)
            try ctx.database.addUsage(
                try ctx.actor(), card: card, service: service, at: when, quantity: quantity,
                location: try Location.parse(location))
            print(Sanitizer.singleLine(say(Line.usageRecorded, quantity, service, card)))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Recent usage events, newest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this reader.") var card: String?
        @Option(help: "Only this service.") var service: String?
        @Option(help: "At most this many.") var limit: Int = 200

        func run(_ ctx: CommandContext) throws {
            let listed = try ctx.database.usageListed(try ctx.actor(), card: card, service: service, limit: limit)
            if output.json {
                try Output.json(
                    listed.rows.map {
                        UsageJSON(
                            card: $0.card, service: $0.service, at: ctx.calendar.timestamp($0.at),
                            quantity: $0.quantity, location: $0.location.rawValue)
                    })
            } else {
                Output.table([Column.when, Column.card, Column.service, Column.quantity, Column.place], listed) {
                    [ctx.calendar.timestamp($0.at), $0.card, $0.service, String($0.quantity), word($0.location)]
                }
            }
        }
    }
}

struct UsageJSON: Encodable { let card, service, at: String; let quantity: Int; let location: String }
