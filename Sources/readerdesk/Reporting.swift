import ArgumentParser
import Foundation
import ReaderDeskCore

/// Runs a command body; any failure becomes one line on stderr and a non-zero exit
/// (2 for bad input or refusals, 1 for anything else), never a stack trace.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as ReaderDeskError {
        fail(e.message, code: e.kind == .io ? 1 : 2)
    } catch let e as ImportError {
        fail(e.description, code: 2)
    } catch let e as CommandError {
        fail(e.description, code: 2)
    } catch let e as ExitCode {
        throw e
    } catch {
        fail(String(describing: error), code: 1)
    }
}

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data(("readerdesk: " + Sanitizer.singleLine(message) + "\n").utf8))
    exit(code)
}
