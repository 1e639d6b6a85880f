import ArgumentParser
import ReaderDeskCore

/// `readerdesk today`: the acting staff member's plan for the day (docs: README "Today's plan").
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "today",
        abstract: "Your plan for today: your due actions, follow-ups and tickets, highest priority first, up to your capacity.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Another staff member's plan (librarians and administrators).") var login: String?

    struct PlanJSON: Encodable {
        let login, date: String
        let capacity: Int
        let items, backlog: [PlanItem]
    }

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            let plan = try ctx.database.todayPlan(try ctx.actor(), login: login)
            if output.json {
                try Output.json(PlanJSON(login: plan.login, date: plan.date, capacity: plan.capacity, items: plan.items, backlog: plan.backlog))
                return
            }
            print("Today \(plan.date) for \(plan.login): \(plan.items.count) of capacity \(plan.capacity); backlog \(plan.backlog.count)")
            table(plan.items, planned: false)
            if !plan.backlog.isEmpty {
                print("\nBacklog (planned over the next working days):")
                table(plan.backlog, planned: true)
            }
        }
    }

    private func table(_ items: [PlanItem], planned: Bool) {
        Output.table(["ITEM", "KIND", "PRIO", planned ? "PLANNED" : "DUE", "READER", "NAME", "TIER", "REASON", "STEP"], items.map {
            [$0.ticket.map { "ticket \($0)" } ?? $0.action.map { "action \($0)" } ?? "", $0.kind.rawValue, String(format: "%.1f", $0.priority),
             planned ? ($0.planned ?? "") : $0.due, $0.card ?? "", $0.name ?? "", $0.valueTier?.rawValue ?? "", $0.reason, $0.step]
        })
    }
}
