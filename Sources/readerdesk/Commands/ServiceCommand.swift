import ArgumentParser
import ReaderDeskCore

struct ServiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service", abstract: "The services the library offers.",
        subcommands: [Add.self, List.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a service (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A short code, e.g. NOVELTY.") var code: String
        @Option(help: "Its name.") var name: String
        @Option(name: .customLong("class"), help: "premium, standard or basic.") var serviceClass: String
        @Option(help: "Value in points per use.") var value: Int
        @Option(help: "Subjects it serves, comma-separated.") var subjects: String = ""
        @Option(help: "Proxy host names that mean this service, comma-separated.") var hosts: String = ""

        func run(_ ctx: CommandContext) throws {
            let s = try ctx.database.addService(
                try ctx.actor(), code: code, name: name, serviceClass: try ServiceClass.parse(serviceClass),
                points: value, subjects: Staff.splitList(subjects), hosts: Staff.splitList(hosts))
            print(say(Line.serviceAdded, s.code))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List services.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let services = try ctx.database.allServices()
            if output.json {
                try Output.json(
                    services.map {
                        ServiceJSON(
                            code: $0.code, name: $0.name, class: $0.serviceClass.rawValue, value: $0.points,
                            subjects: $0.subjectList, hosts: $0.hostList)
                    })
            } else {
                Output.table(
                    [Column.code, Column.name, Column.serviceClass, Column.serviceValue, Column.subjects],
                    services.map {
                        [$0.code, $0.name, word($0.serviceClass), String($0.points), $0.subjectList.joined(separator: ", ")]
                    })
            }
        }
    }
}

struct ServiceJSON: Encodable {
    let code, name, `class`: String
    let value: Int
    let subjects, hosts: [String]
}
