import ArgumentParser
import ReaderDeskCore

/// A command that works on the library's database. It only says what to do with the context;
/// opening the database (docs/CONTRACTS.md §4) and turning any failure into one line on stderr and an
/// exit code (`runReporting`) happen here, once for every such command.
protocol DatabaseCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(_ ctx: CommandContext) throws
}

extension DatabaseCommand {
    func run() throws {
        try runReporting { try run(CommandContext(global)) }
    }
}
