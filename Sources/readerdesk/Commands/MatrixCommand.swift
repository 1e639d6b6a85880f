import ArgumentParser
import ReaderDeskCore

struct MatrixCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix", abstract: "The 2×3 CRM matrix: the six cells and their open actions.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "Only actions you own.") var mine = false
    @Option(help: "Actions listed per cell.") var limit: Int = 50
    /// The day's first full refresh, started by `matrix` or `today` in a detached child.
    @Flag(help: .hidden) var refreshInBackground = false

    struct CellJSON: Encodable {
        let cell: Int
        let object, purpose, title: String
        let open, overdue: Int
        let actions: [ActionJSON]
    }
    struct MatrixJSON: Encodable {
        let cells: [CellJSON]
        let freshness: BackgroundRefresh.JSON
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(cells, forKey: .cells)
            try freshness.encode(to: encoder)
        }
        enum Key: String, CodingKey { case cells }
    }

    func run(_ ctx: CommandContext) throws {
        if refreshInBackground { return try BackgroundRefresh.run(ctx) }
        let actor = try ctx.actor()
        let freshness = try BackgroundRefresh.answerNow(ctx)
        defer { BackgroundRefresh.startIfStale(ctx, freshness) }
        let cells = try ctx.database.matrixCached(actor, mine: mine, perCell: limit)
        try ctx.database.auditBulkRead(actor, "matrix.list", rows: cells.reduce(0) { $0 + $1.actions.count })
        if output.json {
            try Output.json(
                MatrixJSON(
                    cells: cells.map {
                        CellJSON(
                            cell: $0.info.cell, object: $0.info.object, purpose: $0.info.purpose, title: $0.info.title,
                            open: $0.open, overdue: $0.overdue, actions: $0.actions.map(ActionJSON.init))
                    }, freshness: BackgroundRefresh.JSON(freshness, ctx.calendar)))
            return
        }
        defer { if let note = BackgroundRefresh.note(freshness, ctx.calendar) { print("\n" + note) } }
        Output.table(
            [Column.cell, Column.object, Column.purpose, Column.open, Column.overdue],
            cells.map {
                [
                    "\($0.info.cell)", say(Line.cellObjects[$0.info.object], or: $0.info.object),
                    say(Line.cellPurposes[$0.info.purpose], or: $0.info.purpose), "\($0.open)", "\($0.overdue)",
                ]
            })
        for c in cells where !c.actions.isEmpty {
            print("\n" + say(Line.section, say(Line.matrixCell, c.info.cell, say(Line.cellTitles[c.info.cell], or: c.info.title), c.open)))
            ActionPrinting.table(Array(c.actions.prefix(10)))
        }
    }
}
