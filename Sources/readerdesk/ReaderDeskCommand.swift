import ArgumentParser
import Foundation
import ReaderDeskCore

/// The root command: with no subcommand, the full-screen app.
@main
struct ReaderDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readerdesk",
        abstract: "Reader relationship management for libraries.",
        discussion: "With no subcommand, opens the full-screen app (press ? in it for the keys, q to quit).",
        subcommands: [
            InitCommand.self, StaffCommand.self, ServiceCommand.self, ReaderCommand.self,
            UsageCommand.self, ContactCommand.self, TicketCommand.self, ImportCommand.self, ExportCommand.self,
            StatsCommand.self, PrivacyCommand.self, AuditCommand.self, BackupCommand.self, DemoCommand.self,
            SettingsCommand.self, PyramidCommand.self, MatrixCommand.self, ActionCommand.self,
            OutreachCommand.self, ReportCommand.self, TrendsCommand.self, TodayCommand.self, IntakeCommand.self, AnswerCommand.self,
            ServerCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Colour theme: default, high-contrast, monochrome, or a .toml file (else the config file's 'theme').")
    var theme: String?

    @Flag(name: .long, help: "Open a demo library ($XDG_DATA_HOME/readerdesk/demo.sqlite), making it first if there is none.")
    var demo = false

    /// As ArgumentParser's own `main`, except that a usage error is one line on stderr (docs/CONTRACTS.md §4),
    /// not the error with help and usage lines; `--help` still prints the full help on stdout.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            let first = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            fail("\(first) (see --help)", code: exitCode(for: error).rawValue)
        }
    }

    mutating func run() throws {
        let options = self
        try runReporting { try AppLaunch(options).run() }
    }
}
