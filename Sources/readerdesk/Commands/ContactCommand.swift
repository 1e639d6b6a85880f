import ArgumentParser
import ReaderDeskCore

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "Contacts with readers.",
        subcommands: [Log.self, List.self])

    struct Log: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Log a contact with a reader.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Card number.") var card: String
        @Option(help: "in-person, phone, email, chat, web or visit.") var channel: String
        @Option(help: "The matrix cell it served, 1–6.") var cell: Int?
        @Option(name: .customLong("read"), help: "READ level of the question, 1–6.") var readLevel: Int?
        @Option(help: "Minutes spent.") var minutes: Int?
        @Option(help: "What it was about.") var summary: String
        @Option(name: .customLong("follow-up"), help: "A date to follow up, YYYY-MM-DD.") var followUp: String?

        func run(_ ctx: CommandContext) throws {
            let c = try ctx.database.logContact(
                try ctx.actor(),
                ContactInput(
                    card: card, channel: try Channel.parse(channel), cell: cell, readLevel: readLevel,
                    minutes: minutes, summary: summary, followUp: followUp))
            print(say(Line.contactLogged, c.id!, Sanitizer.singleLine(card)))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Contacts, newest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this reader.") var card: String?
        @Option(help: "At most this many.") var limit: Int = 200

        func run(_ ctx: CommandContext) throws {
            let listed = try ctx.database.contactsListed(try ctx.actor(), card: card, limit: limit)
            if output.json {
                try Output.json(listed.rows.map { ContactJSON($0, ctx.calendar) })
            } else {
                Output.table(
                    [
                        Column.id, Column.when, Column.card, Column.reader, Column.by, Column.channel, Column.cell, Column.read,
                        Column.summary,
                    ], listed
                ) {
                    [
                        "\($0.id)", ctx.calendar.timestamp($0.at), $0.card, $0.readerName, $0.staff, word($0.channel),
                        $0.cell.map(String.init) ?? "", $0.readLevel.map(String.init) ?? "", $0.summary,
                    ]
                }
            }
        }
    }
}

struct ContactJSON: Encodable {
    let id: Int64
    let card, name, staff, at, channel, summary: String
    let cell, read, minutes: Int?
    let followUp: String?
    enum CodingKeys: String, CodingKey { case id, card, name, staff, at, channel, summary, cell, read, minutes, followUp = "follow_up" }

    init(_ c: ContactListing, _ cal: LibraryCalendar) {
        id = c.id; card = c.card; name = c.readerName; staff = c.staff; at = cal.timestamp(c.at)
        channel = c.channel.rawValue; summary = c.summary; cell = c.cell; read = c.readLevel; minutes = c.minutes; followUp = c.followUp
    }
}
