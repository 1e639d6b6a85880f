import ArgumentParser
import ReaderDeskCore

struct ActionJSON: Encodable {
    let id: Int64
    let cell: Int
    let rule: String
    let reader, readerName, service: String?
    let reason, step, due, status: String
    let owner, snoozeUntil, dismissReason: String?
    enum CodingKeys: String, CodingKey {
        case id, cell, rule, reader, service, reason, step, due, status, owner
        case readerName = "reader_name", snoozeUntil = "snooze_until", dismissReason = "dismiss_reason"
    }
    init(_ a: ActionListing) {
        id = a.id; cell = a.cell; rule = a.rule; reader = a.card; readerName = a.readerName; service = a.service
        reason = a.reason; step = a.step; due = a.due; status = a.status.rawValue; owner = a.owner
        snoozeUntil = a.snoozeUntil; dismissReason = a.dismissReason
    }
}

struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "matrix", abstract: "The 2×3 CRM matrix: the six cells and their open actions.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "Only actions you own.") var mine = false
    @Option(help: "Actions listed per cell.") var limit: Int = 50

    struct CellJSON: Encodable {
        let cell: Int
        let object, purpose, title: String
        let open, overdue: Int
        let actions: [ActionJSON]
    }
    struct MatrixJSON: Encodable { let cells: [CellJSON] }

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            let cells = try ctx.database.matrix(try ctx.actor(), mine: mine, perCell: limit)
            if output.json {
                try Output.json(MatrixJSON(cells: cells.map {
                    CellJSON(cell: $0.info.cell, object: $0.info.object, purpose: $0.info.purpose, title: $0.info.title,
                             open: $0.open, overdue: $0.overdue, actions: $0.actions.map(ActionJSON.init))
                }))
                return
            }
            Output.table(["CELL", "OBJECT", "PURPOSE", "OPEN", "OVERDUE"], cells.map {
                ["\($0.info.cell)", $0.info.object, $0.info.purpose, "\($0.open)", "\($0.overdue)"]
            })
            for c in cells where !c.actions.isEmpty {
                print("\n— \(c.info.cell) \(c.info.title) (\(c.open) open)")
                ActionPrinting.table(Array(c.actions.prefix(10)))
            }
        }
    }
}

enum ActionPrinting {
    static func table(_ rows: [ActionListing]) {
        Output.table(["ID", "DUE", "READER/SERVICE", "REASON", "STEP", "OWNER"], rows.map {
            ["\($0.id)", $0.due, $0.card ?? $0.service ?? "", $0.reason, $0.step, $0.owner ?? ""]
        })
    }
}

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "action", abstract: "The matrix's actions: list, done, snooze, dismiss.",
                                                    subcommands: [List.self, Done.self, Snooze.self, Dismiss.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open actions, most urgent first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this cell, 1–6.") var cell: Int?
        @Flag(help: "Only actions you own.") var mine = false
        @Option(help: "Only this reader's.") var card: String?
        @Option(help: "open, done, snoozed or dismissed (comma-separated).") var status: String = "open"
        @Option(help: "At most this many.") var limit: Int = 500

        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                let actor = try ctx.actor()
                if let cell, !(1...6).contains(cell) { throw CommandError("--cell must be 1 to 6, not \(cell)") }
                let statuses = Set(try Staff.splitList(status).map(ActionStatus.parse))
                let rows = try ctx.database.actions(actor, ActionFilter(cell: cell, ownerId: mine ? actor.staff.id : nil,
                                                                        statuses: statuses, card: card, limit: limit))
                if output.json { try Output.json(rows.map(ActionJSON.init)) } else { ActionPrinting.table(rows) }
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an action done (logging a contact with --cell does this too).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                try ctx.database.completeAction(try ctx.actor(), id: id)
                print("action \(id) done")
            }
        }
    }

    struct Snooze: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hide an action until a day; it returns then if its reason still holds.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        @Option(help: "YYYY-MM-DD.") var until: String
        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                try ctx.database.snoozeAction(try ctx.actor(), id: id, until: until)
                print("action \(id) snoozed until \(until)")
            }
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop an action; it returns only if its reason changes.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The action's id.") var id: Int64
        @Option(help: "Why.") var reason: String
        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                try ctx.database.dismissAction(try ctx.actor(), id: id, reason: reason)
                print("action \(id) dismissed")
            }
        }
    }
}
