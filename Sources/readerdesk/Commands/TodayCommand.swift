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

    struct PlanJSON: Encodable {
        let login, date: String
        let capacity: Int
        let items, backlog: [ItemJSON]
        let freshness: BackgroundRefresh.JSON
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(login, forKey: .login); try c.encode(date, forKey: .date); try c.encode(capacity, forKey: .capacity)
            try c.encode(items, forKey: .items); try c.encode(backlog, forKey: .backlog)
            try freshness.encode(to: encoder)
        }
        enum Key: String, CodingKey { case login, date, capacity, items, backlog }
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
        let plan = try ctx.database.todayPlanCached(actor, login: login)
        try ctx.database.auditBulkRead(actor, "today.list", rows: plan.items.count + plan.backlog.count)
        if output.json {
            try Output.json(
                PlanJSON(
                    login: plan.login, date: plan.date, capacity: plan.capacity,
                    items: plan.items.map(ItemJSON.init), backlog: plan.backlog.map(ItemJSON.init),
                    freshness: BackgroundRefresh.JSON(freshness, ctx.calendar)))
            return
        }
        defer { if let note = BackgroundRefresh.note(freshness, ctx.calendar) { print("\n" + note) } }
        print("Today \(plan.date) for \(plan.login): \(plan.items.count) of capacity \(plan.capacity); backlog \(plan.backlog.count)")
        table(plan.items, planned: false)
        if !plan.backlog.isEmpty {
            print("\nBacklog (planned over the next working days):")
            table(plan.backlog, planned: true)
        }
    }

    private func table(_ items: [PlanItem], planned: Bool) {
        let l = Language.detect(environment: ProcessInfo.processInfo.environment)
        Output.table(
            ["ITEM", "KIND", "PRIO", planned ? "PLANNED" : "DUE", "READER", "NAME", "TIER", "REASON", "STEP"],
            items.map { i in
                let item: String = i.ticket.map { "ticket \($0)" } ?? i.action.map { "action \($0)" } ?? ""
                let day: String = planned ? (i.planned ?? "") : i.due
                return [
                    item, i.kind.rawValue, String(format: "%.1f", i.priority), day, i.card ?? "", i.name ?? "",
                    i.valueTier?.rawValue ?? "", Words.render(i.reason, l), Words.render(i.step, l),
                ]
            })
    }
}
