import ArgumentParser
import ReaderDeskCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database; you (or LOGIN) become its administrator.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The login of the first administrator (default: you).") var admin: String?
    @Option(help: "The administrator's full name.") var name: String?

    func run() throws {
        try runReporting {
            // A bad login is refused before the database file is created, so nothing is left behind.
            let login = try admin ?? CommandContext.caller(global).login
            try Identity.checkLogin(login)
            let ctx = try CommandContext(global, create: true)
            let staff = try ctx.database.initialise(adminLogin: login, name: name, now: ctx.now)
            print(say(Line.initialised, staff.login))
        }
    }
}
