import ArgumentParser
import ReaderDeskCore

struct BackupCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "A consistent copy of the database while others keep working (administrators).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file to write.") var path: String

    func run(_ ctx: CommandContext) throws {
        try ctx.database.backup(try ctx.actor(), to: path)
        print("backed up to \(path)")
    }
}
