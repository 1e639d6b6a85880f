import Foundation
import ReaderDeskCore

/// What a command works with: the database, the time ("now"), and who is acting.
struct CommandContext {
    let database: AppDatabase
    let now: Int64
    let environment: [String: String]

    /// Opens the database named by the options or the environment (docs/CONTRACTS.md §4).
    init(_ options: GlobalOptions, create: Bool = false) throws {
        environment = ProcessInfo.processInfo.environment
        now = try Environment.now(environment)
        let path = try DatabaseLocation.resolve(explicit: options.db, environment: environment)
        if create {
            try DatabaseLocation.makeDefaultDirectory(for: path, explicit: options.db, environment: environment)
        }
        database = try AppDatabase.open(path: path, create: create)
    }

    /// The staff member this process acts as, or a one-line refusal.
    func actor(forIntake: Bool = false) throws -> Actor {
        try database.actor(osLogin: Identity.osLogin(environment: environment), now: now, forIntake: forIntake)
    }

    /// Refuses, in one line, a process that acts as no staff member: for commands that only read.
    func requireStaff() throws { _ = try actor() }

    var calendar: LibraryCalendar { database.calendar }
}
