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
                ["WHAT", "COUNT"],
                [
                    ["readers", "\(s.readers)"], ["staff", "\(s.staff)"], ["services", "\(s.services)"],
                    ["usage events", "\(s.usageEvents)"], ["contacts", "\(s.contacts)"], ["tickets", "\(s.tickets)"],
                ])
        }
    }
}
