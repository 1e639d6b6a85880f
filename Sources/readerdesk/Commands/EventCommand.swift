import ArgumentParser
import ReaderDeskCore

struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event", abstract: "A reader's life-stage events.", subcommands: [Add.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Record a life-stage event (title evaluation, thesis, …).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Card number.") var card: String
        @Option(help: "continuing-education, title-evaluation, project-application, achievement-appraisal, thesis or other.") var kind:
            String
        @Option(help: "When, YYYY-MM-DD.") var date: String
        @Option(help: "A note.") var note: String?

        func run(_ ctx: CommandContext) throws {
            let e = try ctx.database.addLifeEvent(try ctx.actor(), card: card, kind: try LifeEventKind.parse(kind), date: date, note: note)
            print(say(Line.eventRecorded, word(e.kind), e.date, Sanitizer.singleLine(card)))
        }
    }
}
