import ArgumentParser
import ReaderDeskCore
import ReaderDeskWords

struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Settings of the library, the score and the matrix.",
        subcommands: [List.self, Get.self, Set.self])

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Every setting with its value and what it does.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let all = try ctx.database.allSettings()
            if output.json {
                try Output.json(Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0.value) }))
            } else {
                Output.table(
                    [Column.key, Column.value, Column.whatItDoes],
                    all.map { [$0.key, $0.value, Words.settingHelp($0.key, english: $0.help, commandLineLanguage)] })
            }
        }
    }

    struct Get: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "One setting's value.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The key, e.g. pyramid.vip.percent.") var key: String
        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            guard SettingsCatalog.definition(key) != nil else {
                throw CommandError(Refusal.unknownSetting, key)
            }
            print(try ctx.database.setting(key))
        }
    }

    struct Set: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Change a setting (administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The key.") var key: String
        @Argument(help: "The new value.") var value: String
        func run(_ ctx: CommandContext) throws {
            try ctx.database.setSetting(try ctx.actor(), key: key, value: value)
            print("\(key) = \(value)")
        }
    }
}
