import ArgumentParser
import Foundation
import ReaderDeskCore

struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "The shared server's layout.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check the set-user-id install: binary, /etc config, database folder and files; one line per problem (as root or the service account)."
        )
        @Option(help: "The service account that owns the database and the binary.") var account = "readerdesk"
        @Option(help: "The installed binary (default: this one).") var binary: String?
        @Option(help: "The system config.") var config = ConfigFile.systemPath

        func run() throws {
            try runReporting {
                let exe =
                    binary ?? ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
                let problems = ServerCheck(binary: exe, systemConfig: config, account: account).problems()
                for p in problems { print(errorLine(p)) }
                if !problems.isEmpty { throw ExitCode(1) }
                print(say(Line.serverLayoutOK))
            }
        }
    }
}
