import ArgumentParser
import Foundation
import ReaderDeskCore

struct BackupCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "A consistent copy of the database while others keep working (administrators).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The new file to write.") var path: String

    func run(_ ctx: CommandContext) throws {
        let r = try ctx.database.backup(try ctx.actor(), to: path)
        if output.json {
            try Output.json(r)
        } else {
            // Keep this line elsewhere: it proves later that the audit rows up to it were not changed.
            print(say(Line.backedUp, Sanitizer.singleLine(path), r.headId ?? 0, r.head ?? "-"))
        }
    }
}
