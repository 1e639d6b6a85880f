import ArgumentParser
import ReaderDeskCore

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "The library's staff and their roles.",
        subcommands: [Add.self, List.self, Update.self, Map.self, Deactivate.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Their OS login.") var login: String
        @Option(help: "Full name.") var name: String
        @Option(help: "front-desk, librarian, admin, or intake (the MTA's account: mail in, nothing else).") var role: String
        @Option(help: "Departments and subjects they cover, comma-separated.") var subjects: String = ""

        func run(_ ctx: CommandContext) throws {
            let s = try ctx.database.addStaff(
                try ctx.actor(), login: login, name: name, role: try Role.parse(role),
                areas: Staff.splitList(subjects))
            print(say(Line.staffAdded, s.login, word(s.role)))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List staff.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let staff = try ctx.database.allStaff()
            if output.json {
                try Output.json(
                    staff.map {
                        StaffJSON(login: $0.login, name: $0.name, role: $0.role.rawValue, subjects: $0.areaList, active: $0.active)
                    })
            } else {
                Output.table(
                    [Column.login, Column.name, Column.role, Column.covers],
                    staff.map { [$0.login, $0.name, word($0.role), $0.areaList.joined(separator: ", ")] })
            }
        }
    }
}

extension StaffCommand {
    struct Update: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Change a staff member's daily capacity (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Staff login.") var login: String
        @Option(help: "Items their plan holds a day, or 'default' for the setting matrix.capacity.") var capacity: String

        func run(_ ctx: CommandContext) throws {
            let value: Int?
            if capacity == "default" {
                value = nil
            } else {
                guard let n = Int(capacity) else { throw CommandError(Refusal.capacityNumber, capacity) }
                value = n
            }
            try ctx.database.setCapacity(try ctx.actor(), login: login, capacity: value)
            print(say(Line.capacity, login, value.map(String.init) ?? say(Line.capacityFromSetting)))
        }
    }

    struct Map: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Let an OS login act as a staff login (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The OS login (the kernel's name for the user id).") var osLogin: String
        @Option(help: "The staff login it acts as.") var to: String

        func run(_ ctx: CommandContext) throws {
            try ctx.database.mapLogin(try ctx.actor(), osLogin: osLogin, to: to)
            print(say(Line.actsAs, osLogin, to))
        }
    }

    struct Deactivate: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a staff member from acting; their history stays (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Staff login.") var login: String

        func run(_ ctx: CommandContext) throws {
            try ctx.database.deactivateStaff(try ctx.actor(), login: login)
            print(say(Line.deactivated, login))
        }
    }
}

struct StaffJSON: Encodable {
    let login, name, role: String
    let subjects: [String]
    let active: Bool
}
