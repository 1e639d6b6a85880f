import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// Runs a command body; any failure becomes one line on stderr and a non-zero exit
/// (2 for bad input or refusals, 1 for anything else), never a stack trace.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as ReaderDeskError {
        fail(errorLine(e), code: e.kind == .io ? 1 : 2)
    } catch let e as ImportError {
        fail(importErrorLine(e), code: 2)
    } catch let e as CommandError {
        fail(e.description, code: 2)
    } catch let e as ExitCode {
        throw e
    } catch {
        fail(String(describing: error), code: 1)
    }
}

/// A core error as the command line prints it: in the language of the environment
/// (`READERDESK_LANG`, `LANG`…), naming fields by their flags.
func errorLine(_ e: Error) -> String { Words.error(e, commandLineLanguage, fields: FlagNames.name) }

/// An import problem as `FILE:LINE: what is wrong`, in the command line's language.
func importErrorLine(_ e: ImportError) -> String {
    e.phrase.map { e.placed(Words.render($0, commandLineLanguage, fields: FlagNames.name)) } ?? e.description
}

/// The command line's language (`READERDESK_LANG`, then the locale variables).
/// Read once: the environment does not change while a command runs, and reading it per printed row
/// (ProcessInfo copies the whole environment) was most of a long `today`.
let commandLineLanguage: Language = Language.detect(environment: ProcessInfo.processInfo.environment)

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data(("readerdesk: " + Sanitizer.singleLine(message) + "\n").utf8))
    exit(code)
}
