import ArgumentParser
import ReaderDeskCore

struct StatsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "How many readers, staff, services, events, contacts and tickets.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()
        let s = try ctx.database.stats()
        if output.json {
            try Output.json(s)
        } else {
            Output.table(
                [Column.what, Column.count],
                [
                    [say(Line.readers), "\(s.readers)"], [say(Line.staff), "\(s.staff)"], [say(Line.services), "\(s.services)"],
                    [say(Line.usageEvents), "\(s.usageEvents)"], [say(Line.contacts), "\(s.contacts)"],
                    [say(Line.tickets), "\(s.tickets)"],
                ])
        }
    }
}
