import ArgumentParser
import ReaderDeskCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Bring in readers and usage from files.",
                                                    subcommands: [])
}
