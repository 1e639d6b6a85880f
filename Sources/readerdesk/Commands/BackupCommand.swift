import ArgumentParser
import ReaderDeskCore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "A consistent copy of the database while others keep working (administrators).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file to write.") var path: String

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            try ctx.database.backup(try ctx.actor(), to: path)
            print("backed up to \(path)")
        }
    }
}
