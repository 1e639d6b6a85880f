import Foundation
import ReaderDeskCore

/// What a command works with: the database, the time ("now"), and who is acting.
struct CommandContext {
    let database: AppDatabase
    let caller: Caller
    var now: Int64 { caller.now }
    var environment: [String: String] { caller.environment }

    /// Who runs this process and on which database, before anything is opened: the kernel's real
    /// user (or `READERDESK_AS` where `CallerOverrides` allows it), "now", and the database path.
    struct Caller {
        let environment: [String: String]
        let privilege: ProcessPrivilege
        let path: String
        let login: String
        let now: Int64
        /// `READERDESK_NOW` was honoured: the app keeps that time instead of the clock's.
        let fixedNow: Bool
    }

    static func caller(_ options: GlobalOptions) throws -> Caller {
        let env = ProcessInfo.processInfo.environment
        let privilege = ProcessPrivilege.current
        let (path, ignored) = try DatabaseLocation.resolve(explicit: options.db, environment: env, privilege: privilege)
        if !ignored.isEmpty {
            FileHandle.standardError.write(
                Data(
                    ("readerdesk: "
                        + say(
                            Line.ignoredBySetID, ignored.map { FlagNames.byField[$0] ?? $0 }.joined(separator: ", "), ConfigFile.systemPath)
                        + "\n").utf8))
        }
        let overrides = try CallerOverrides.decide(
            environment: env, privilege: privilege,
            databaseOwner: try DatabaseLocation.owner(of: path))
        return Caller(
            environment: env, privilege: privilege, path: path,
            login: overrides.login ?? Identity.osLogin(), now: try Environment.now(fixed: overrides.now),
            fixedNow: overrides.now != nil)
    }

    /// Opens the database named by the options or the environment (docs/CONTRACTS.md §4).
    init(_ options: GlobalOptions, create: Bool = false) throws {
        caller = try Self.caller(options)
        if create && caller.privilege.setID {
            throw CommandError(Refusal.setIDCreates)
        }
        if create {
            try DatabaseLocation.makeDefaultDirectory(for: caller.path, explicit: options.db, environment: caller.environment)
        }
        do {
            database = try AppDatabase.open(path: caller.path, create: create)
        } catch let e as ReaderDeskError where e.kind == .notInitialised && caller.privilege.setID {
            throw ReaderDeskError(.notInitialised, "no database at \(caller.path) yet: ask an administrator")
        }
    }

    /// The staff member this process acts as, or a one-line refusal.
    func actor(forIntake: Bool = false) throws -> Actor {
        try database.actor(osLogin: caller.login, now: now, forIntake: forIntake)
    }

    /// Refuses, in one line, a process that acts as no staff member: for commands that only read.
    func requireStaff() throws { _ = try actor() }

    var calendar: LibraryCalendar { database.calendar }
}
