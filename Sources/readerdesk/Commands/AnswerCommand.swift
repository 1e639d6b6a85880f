import ArgumentParser
import ReaderDeskCore

/// Reusable answers: kept once in both languages, found by keyword or pinyin, counted when used.
struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Reusable answers to the questions readers ask again and again.",
        subcommands: [Add.self, List.self, Show.self, Edit.self])

    struct Texts: ParsableArguments {
        @Option(help: "A short title.") var title: String?
        @Option(help: "The answer in English.") var body: String?
        @Option(name: .customLong("body-zh"), help: "The answer in Chinese.") var bodyZh: String?
        @Option(help: "Keywords, comma-separated: a ticket whose subject holds one is offered this answer.") var keywords: String?
        var input: AnswerInput { AnswerInput(title: title, bodyEn: body, bodyZh: bodyZh, keywords: keywords.map(Staff.splitList)) }
    }

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Keep a new answer; prints its id.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var texts: Texts
        func run(_ ctx: CommandContext) throws {
            print(try ctx.database.addAnswer(try ctx.actor(), texts.input).id)
        }
    }

    struct Edit: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Change an answer; only the texts given change.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Answer id.") var id: Int64
        @OptionGroup var texts: Texts
        func run(_ ctx: CommandContext) throws {
            try ctx.database.editAnswer(try ctx.actor(), id: id, texts.input)
            print(say(Line.answerChanged, id))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "The answers, most used first; with TEXT, those it finds (pinyin too).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Search text.") var text: String = ""
        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let rows = try ctx.database.answers(matching: text)
            if output.json {
                try Output.json(rows)
            } else {
                Output.table(
                    [Column.id, Column.uses, Column.title, Column.keywords],
                    rows.map { ["#\($0.id)", "\($0.uses)", $0.title, $0.keywordList.joined(separator: ", ")] })
            }
        }
    }

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "One answer in both languages.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Answer id.") var id: Int64
        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let a = try ctx.database.answer(id: id)
            if output.json { try Output.json(a); return }
            Output.fields([
                (Line.answer, "#\(a.id) \(a.title)"), (Line.keywords, a.keywordList.joined(separator: ", ")),
                (Line.used, say(Line.times, a.uses)),
            ])
            // Each body under its language's own name, whatever the command line speaks.
            for (label, text) in [("中文", a.bodyZh), ("English", a.bodyEn)] where !text.isEmpty {
                print(say(Line.section, label))
                for line in Sanitizer.lines(text) { print(line) }
            }
        }
    }
}
