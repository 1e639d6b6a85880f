import ArgumentParser
import Foundation
import ReaderDeskCore

/// The root command: with no subcommand, the full-screen app.
@main
struct ReaderDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readerdesk",
        abstract: "Reader relationship management for libraries.",
        subcommands: [
            InitCommand.self, StaffCommand.self, ServiceCommand.self, ReaderCommand.self,
            UsageCommand.self, ContactCommand.self, TicketCommand.self, ImportCommand.self, ExportCommand.self,
            StatsCommand.self, PrivacyCommand.self, AuditCommand.self, BackupCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        throw CommandError("the full-screen app is not built yet: see 'readerdesk --help' for the commands")
    }
}
