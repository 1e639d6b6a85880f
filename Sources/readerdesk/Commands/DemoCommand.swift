import ArgumentParser
import Foundation
import ReaderDeskCore

#if canImport(Glibc)
    import Glibc
#endif

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty database with a realistic synthetic library (the same one for the same seed and time).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many readers.") var readers = 2000
    @Option(help: "How many months of usage, ending now ($READERDESK_NOW or the clock).") var months = 24
    @Option(help: "The seed: the same seed and time give the same library.") var seed: UInt64 = 1
    @Option(help: "The administrator's login when the database is new (default: you).") var admin: String?

    func run() throws {
        try runReporting {
            // The demo is the person's own library: a set-user-id run becomes theirs for good first.
            if ProcessPrivilege.current.setID { try ProcessPrivilege.dropPermanently() }
            let path = try CommandContext.caller(global).path
            try DemoCommand.make(path: path, global: global, DemoOptions(readers: readers, months: months, seed: seed), admin: admin)
        }
    }

    /// A new database is built beside its path and moved into place when complete, so a demo
    /// killed half way leaves no half library; an existing empty one is filled where it is.
    static func make(path: String, global: GlobalOptions, _ options: DemoOptions, admin: String?) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            return try fill(try CommandContext(global, create: true), options, admin: admin)
        }
        PartialFiles.sweep(beside: path)
        var partial = global
        partial.db = PartialFiles.name(for: path)
        defer { for s in ["", "-wal", "-shm"] { unlink(partial.db! + s) } }
        do {
            let ctx = try CommandContext(partial, create: true)
            try fill(ctx, options, admin: admin)
            try ctx.database.close()
        }
        guard rename(partial.db!, path) == 0 else {
            throw CommandError(Refusal.demoMove, path, String(cString: strerror(errno)))
        }
    }

    /// Fills the (empty) database of `ctx`; a new database gets its administrator first, as init
    /// would. Progress goes to stderr only on a terminal; the summary to stdout.
    static func fill(_ ctx: CommandContext, _ options: DemoOptions, admin: String?) throws {
        let started = Date()
        try ctx.database.requireNoReaders()
        let actor: Actor
        if try ctx.database.allStaff().isEmpty {
            let login = admin ?? ctx.caller.login
            actor = Actor(staff: try ctx.database.initialise(adminLogin: login, now: ctx.now), now: ctx.now)
        } else {
            actor = try ctx.actor()
        }
        let showProgress = isatty(2) == 1
        let summary = try ctx.database.fillDemo(actor, options) { line in
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K\(line) (\(Int(Date().timeIntervalSince(started))) s)".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let seconds = Date().timeIntervalSince(started)
        print(
            say(
                Line.demoLibrary, summary.readers, summary.usageEvents, summary.contacts, summary.tickets, summary.lifeEvents,
                summary.staff, summary.services, String(format: "%.1f", seconds)))
    }
}
