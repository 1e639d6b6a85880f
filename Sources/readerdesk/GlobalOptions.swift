import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// Options every command takes (docs/CONTRACTS.md §4).
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "The database file (else $READERDESK_DB, the config file, or ~/.local/share/readerdesk/readerdesk.sqlite); a set-user-id install uses only the one /etc/readerdesk/config.toml names."
    )
    var db: String?
}

/// `--json` for commands that print data.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    var json = false
}

/// A failure that ends the command with one line on stderr.
/// A refusal of the command line's own, from the catalogue (`Words.Refusal`), in its language.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ refusal: Bilingual, _ args: CustomStringConvertible...) {
        description = Words.format(refusal, commandLineLanguage, arguments: args)
    }
}
