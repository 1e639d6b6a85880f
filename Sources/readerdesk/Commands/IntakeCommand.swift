import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// Mail piped in by the MTA (as RT's rt-mailgate): `/etc/aliases` has
/// `library-help: "|/usr/local/bin/readerdesk intake mail"`.
struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake", abstract: "Take in readers' mail as tickets and replies (the intake role).",
        subcommands: [Mail.self, Maildir.self])

    struct Mail: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read one RFC 5322 message on standard input.",
            discussion:
                "Exit 0 when taken (or ignored as automatic, or already received); 2 with one line when refused (the MTA bounces it); 75 when the database could not be reached (the MTA tries again)."
        )
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try runIntake {
                let ctx = try CommandContext(global)
                // Read no more than one byte past the limit: the core refuses it, and a huge
                // message never fills memory.
                let limit = try ctx.database.mailSettings().maxBytes
                var bytes: [UInt8] = []
                while bytes.count <= limit, let chunk = try FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
                    bytes += chunk
                }
                let outcome = try ctx.database.intakeMail(try ctx.actor(forIntake: true), bytes)
                if output.json {
                    try Output.json(IntakeJSON(file: nil, outcome: outcome.line, refused: nil))
                } else {
                    print(intakeLine(outcome))
                }
            }
        }
    }

    struct Maildir: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take in every message in DIR/new, moving each to DIR/cur when done.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The Maildir (with new/ and cur/).") var dir: String

        func run() throws {
            try runIntake {
                let ctx = try CommandContext(global)
                let actor = try ctx.actor(forIntake: true)
                let fm = FileManager.default
                let new = (dir as NSString).appendingPathComponent("new"), cur = (dir as NSString).appendingPathComponent("cur")
                // The Maildir is the caller's: read and moved with their own rights (`RealUser`).
                guard let names = try? RealUser.withRights({ try fm.contentsOfDirectory(atPath: new) }) else {
                    throw CommandError(Refusal.notMaildir, dir)
                }
                try RealUser.withRights { try fm.createDirectory(atPath: cur, withIntermediateDirectories: true) }
                var results: [IntakeJSON] = []
                var lines: [String] = []  // the same, for a person
                for name in names.sorted() where !name.hasPrefix(".") {
                    let path = (new as NSString).appendingPathComponent(name)
                    guard let data = try RealUser.withRights({ fm.contents(atPath: path) }) else { continue }
                    var row: IntakeJSON
                    do {
                        let outcome = try ctx.database.intakeMail(actor, [UInt8](data))
                        row = IntakeJSON(file: name, outcome: outcome.line, refused: nil)
                        lines.append(name + ": " + intakeLine(outcome))
                    } catch let e as ReaderDeskError where e.kind != .io {
                        row = IntakeJSON(file: name, outcome: nil, refused: e.message)  // kept in cur/, marked seen
                        lines.append(name + ": " + say(Line.intakeRefused, commandLineLanguage == .en ? e.message : errorLine(e)))
                    }
                    // Maildir: a message done is moved to cur/ with the "seen" flag.
                    try RealUser.withRights {
                        try fm.moveItem(
                            atPath: path, toPath: (cur as NSString).appendingPathComponent(name.contains(":2,") ? name : name + ":2,S"))
                    }
                    results.append(row)
                }
                if output.json {
                    try Output.json(results)
                } else {
                    for line in lines { print(line) }
                    print(say(Line.intakeTotal, results.count, results.filter { $0.refused != nil }.count))
                }
            }
        }
    }
}

struct IntakeJSON: Encodable {
    let file: String?
    let outcome: String?
    let refused: String?
}

/// As `runReporting`, but an unreachable database exits 75 (EX_TEMPFAIL), so the MTA keeps the
/// message and tries again rather than bouncing it.
func runIntake(_ body: () throws -> Void) throws {
    do { try body() } catch let e as ReaderDeskError where e.kind == .io || e.kind == .notInitialised {
        fail(e.message, code: 75)
    } catch {
        try runReporting { throw error }
    }
}
