import ArgumentParser
import Foundation
import ReaderDeskCore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Who viewed, exported or changed what (administrators).",
        subcommands: [AuditList.self, AuditVerify.self], defaultSubcommand: AuditList.self)
}

struct AuditVerify: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the audit log's hash chain; name the first row that was changed, deleted or reordered.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run(_ ctx: CommandContext) throws {
        let v = try ctx.database.verifyAudit(try ctx.actor())
        if let broken = v.firstBroken {
            throw ReaderDeskError(
                .conflict, "the audit log was tampered with: row #\(broken) does not match its content or the row before (\(v.rows) rows)")
        }
        if output.json {
            try Output.json(v)
        } else {
            print(say(Line.auditIntact, v.rows, v.headId ?? 0, v.head ?? "-"))
        }
    }
}

struct AuditList: DatabaseCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Who viewed, exported or changed what, newest first.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only entries about this reader.") var card: String?
    @Option(help: "Only entries by this staff login.") var staff: String?
    @Option(help: "Only entries since this date or time.") var since: String?
    @Option(help: "At most this many.") var limit: Int = 1000

    func run(_ ctx: CommandContext) throws {
        let listed = try ctx.database.auditLogListed(
            try ctx.actor(),
            AuditFilter(
                card: card, login: staff,
                since: try since.map(ctx.calendar.parseInstant), limit: limit))
        if output.json {
            try Output.json(
                listed.rows.map {
                    AuditJSON(at: ctx.calendar.timestamp($0.at), staff: $0.login, action: $0.action, card: $0.card, detail: $0.detail)
                })
        } else {
            Output.table([Column.when, Column.staff, Column.action, Column.card, Column.detail], listed) {
                [ctx.calendar.timestamp($0.at), $0.login, $0.action, $0.card ?? "", $0.detail]
            }
        }
    }
}

struct AuditJSON: Encodable { let at, staff, action: String; let card: String?; let detail: String }
