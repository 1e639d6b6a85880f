import ArgumentParser
import ReaderDeskCore

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "The matrix's actions: list, done, snooze, dismiss.",
        subcommands: [List.self, Done.self, Snooze.self, Dismiss.self, Reassign.self])

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Open actions, most urgent first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this cell, 1–6.") var cell: Int?
        @Flag(help: "Only actions you own.") var mine = false
        @Option(help: "Only this reader's.") var card: String?
        @Option(help: "open, done, snoozed or dismissed (comma-separated).") var status: String = "open"
        @Option(
            name: .customLong("value-tier"),
            help: "Only about readers of these value tiers (comma-separated: vip, key, mid, basic, inactive).")
        var valueTier: String?
        @Flag(help: "Also the actions waiting behind a reader's cap (matrix.open_per_reader).") var waiting = false
        @Option(help: "At most this many.") var limit: Int = 500

        func run(_ ctx: CommandContext) throws {
            let actor = try ctx.actor()
            if let cell, !(1...6).contains(cell) { throw CommandError(Refusal.cellRange, cell) }
            let statuses = Set(try Staff.splitList(status).map(ActionStatus.parse))
            let filter = ActionFilter(
                cell: cell, ownerId: mine ? actor.staff.id : nil, statuses: statuses, card: card, limit: limit,
                valueTiers: Set(try Staff.splitList(valueTier ?? "").map(ValueTier.parse)), includeHeld: waiting)
            let freshness = try BackgroundRefresh.answerNow(ctx)
            defer { BackgroundRefresh.startIfStale(ctx, freshness) }
            let rows = try ctx.database.actions(actor, filter, refresh: .stored).value
            try ctx.database.auditBulkRead(actor, "action.list", rows: rows.count)
            if output.json { try Output.json(rows.map(ActionJSON.init)); return }
            defer { if let note = BackgroundRefresh.note(freshness, ctx.calendar) { print("\n" + note) } }
            ActionPrinting.table(rows)
            let total = try ctx.database.actionCount(filter)
            if total > rows.count { print(say(Line.cutNotice, rows.count, total)) }
        }
    }

    struct Reassign: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Give an action to another staff member (librarians and administrators).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        @Argument(help: "The staff login who will own it.") var login: String
        func run(_ ctx: CommandContext) throws {
            try ctx.database.reassignAction(try ctx.actor(), id: id, to: login)
            print(say(Line.actionOwned, id, login))
        }
    }

    struct Done: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an action done (logging a contact with --cell does this too).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        func run(_ ctx: CommandContext) throws {
            try ctx.database.completeAction(try ctx.actor(), id: id)
            print(say(Line.actionDone, id))
        }
    }

    struct Snooze: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Hide an action until a day; it returns then if its reason still holds.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        @Option(help: "YYYY-MM-DD.") var until: String
        func run(_ ctx: CommandContext) throws {
            try ctx.database.snoozeAction(try ctx.actor(), id: id, until: until)
            print(say(Line.actionSnoozed, id, until))
        }
    }

    struct Dismiss: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Drop an action; it returns only if its reason changes.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        @Option(help: "Why.") var reason: String
        func run(_ ctx: CommandContext) throws {
            try ctx.database.dismissAction(try ctx.actor(), id: id, reason: reason)
            print(say(Line.actionDismissed, id))
        }
    }
}
