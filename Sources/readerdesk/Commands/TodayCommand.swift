import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords  // the word catalogue renders reasons and steps

/// `readerdesk today`: the acting staff member's plan for the day (docs: README "Today's plan").
struct TodayCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Your plan for today: your due actions, follow-ups and tickets, highest priority first, up to your capacity.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Another staff member's plan (librarians and administrators).") var login: String?
    @Option(help: "Working days of backlog to list (default: 5 in the table, all in --json).") var backlogDays: Int?
    @Flag(help: "List the whole backlog.") var all = false

    struct PlanJSON: Encodable {
        let login, date: String
        let capacity: Int
        let items, backlog: [ItemJSON]
        let backlogCount: Int
        let backlogThrough: String?
        let freshness: BackgroundRefresh.JSON
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(login, forKey: .login); try c.encode(date, forKey: .date); try c.encode(capacity, forKey: .capacity)
            try c.encode(items, forKey: .items); try c.encode(backlog, forKey: .backlog)
            try c.encode(backlogCount, forKey: .backlogCount); try c.encode(backlogThrough, forKey: .backlogThrough)
            try freshness.encode(to: encoder)
        }
        enum Key: String, CodingKey {
            case login, date, capacity, items, backlog
            case backlogCount = "backlog_count", backlogThrough = "backlog_through"
        }
    }

    /// A plan item with its reason and step in English, and the reason's code for programs.
    struct ItemJSON: Encodable {
        let item: PlanItem
        func encode(to encoder: Encoder) throws {
            try item.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(Words.render(item.reason, .en), forKey: .reason)
            try c.encode(Words.render(item.step, .en), forKey: .step)
            try c.encode(item.reason.code, forKey: .reasonCode)
            try c.encode(item.reason.arguments, forKey: .reasonArgs)
        }
        enum Key: String, CodingKey { case reason, step, reasonCode = "reason_code", reasonArgs = "reason_args" }
    }

    func run(_ ctx: CommandContext) throws {
        let actor = try ctx.actor()
        let freshness = try BackgroundRefresh.answerNow(ctx)
        defer { BackgroundRefresh.startIfStale(ctx, freshness) }
        if let backlogDays, backlogDays < 0 { throw CommandError(Refusal.notNegative, "--backlog-days", backlogDays) }
        // A person reads the next few days; thousands of planned items are for --all and programs.
        let days = all ? nil : backlogDays ?? (output.json ? nil : Self.tableBacklogDays)
        let plan = try ctx.database.todayPlanCached(actor, login: login, backlogDays: days)
        try ctx.database.auditBulkRead(actor, "today.list", rows: plan.items.count + plan.backlog.count)
        if output.json {
            try Output.json(
                PlanJSON(
                    login: plan.login, date: plan.date, capacity: plan.capacity,
                    items: plan.items.map(ItemJSON.init), backlog: plan.backlog.map(ItemJSON.init),
                    backlogCount: plan.backlogCount, backlogThrough: plan.backlogThrough,
                    freshness: BackgroundRefresh.JSON(freshness, ctx.calendar)))
            return
        }
        defer { if let note = BackgroundRefresh.note(freshness, ctx.calendar) { print("\n" + note) } }
        print(say(Line.todayHeading, plan.date, plan.login, plan.items.count, plan.capacity, plan.backlogCount))
        table(plan.items, planned: false)
        if !plan.backlog.isEmpty {
            print("\n" + say(Line.backlog))
            table(plan.backlog, planned: true)
        }
        if plan.backlogCount > plan.backlog.count, let through = plan.backlogThrough {
            print(say(Line.backlogMore, plan.backlogCount - plan.backlog.count, through))
        }
    }

    /// The table's backlog: one working week.
    static let tableBacklogDays = 5

    private func table(_ items: [PlanItem], planned: Bool) {
        let l = commandLineLanguage
        Output.table(
            [
                Column.item, Column.kind, Column.prio, planned ? Column.planned : Column.due, Column.reader, Column.name, Column.tier,
                Column.reason, Column.step,
            ],
            items.map { i in
                let item: String = i.ticket.map { say(Line.itemTicket, $0) } ?? i.action.map { say(Line.itemAction, $0) } ?? ""
                let day: String = planned ? (i.planned ?? "") : i.due
                return [
                    item, Self.kind(i.kind), String(format: "%.1f", i.priority), day, i.card ?? "", i.name ?? "",
                    i.valueTier.map { word($0) } ?? "", Words.render(i.reason, l), Words.render(i.step, l),
                ]
            })
    }

    /// The stored word in English (scripts read it), the plan's term in Chinese.
    static func kind(_ k: PlanItem.Kind) -> String {
        guard commandLineLanguage == .zhHans else { return k.rawValue }
        switch k {
        case .action: return say(Words.kindAction)
        case .followUp: return say(Words.kindFollowUp)
        case .ticket: return say(Words.kindTicket)
        }
    }
}
