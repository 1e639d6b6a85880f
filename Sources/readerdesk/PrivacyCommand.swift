import ArgumentParser
import Foundation
import ReaderDeskCore

struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "privacy", abstract: "Retention and erasure (administrators).",
                                                    subcommands: [Purge.self, Forget.self])

    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop usage detail before DATE's month (monthly counts stay) and scrub texts past the retention period.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "YYYY-MM-DD: detail before the first day of this month is dropped.") var before: String

        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                let r = try ctx.database.purge(try ctx.actor(), before: before)
                if output.json { try Output.json(r) } else {
                    print("usage detail before \(r.cutoff) dropped: \(r.usageDeleted) events (monthly counts kept); "
                          + "\(r.contactsScrubbed) contacts and \(r.ticketsScrubbed) tickets scrubbed, "
                          + "\(r.lifeEventNotesErased) life-event notes and \(r.actionReasonsErased) dismissal reasons erased")
                }
            }
        }
    }

    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Erase a reader's personal data everywhere; anonymous statistics stay.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Card number.") var card: String
        @Option(help: "Seconds to wait for other programs reading the database before giving up, changing nothing.") var wait = 10

        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                try ctx.database.forget(try ctx.actor(), card: card, wait: Double(wait)) { message in
                    FileHandle.standardError.write(Data("readerdesk: \(message)\n".utf8))
                }
                print("reader \(card) forgotten")
            }
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Who viewed, exported or changed what (administrators).",
                                                    subcommands: [AuditList.self, AuditVerify.self], defaultSubcommand: AuditList.self)
}

struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the audit log's hash chain; name the first row that was changed, deleted or reordered.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            let v = try ctx.database.verifyAudit(try ctx.actor())
            if let broken = v.firstBroken {
                throw ReaderDeskError(.conflict, "the audit log was tampered with: row #\(broken) does not match its content or the row before (\(v.rows) rows)")
            }
            if output.json { try Output.json(v) } else {
                print("audit log intact: \(v.rows) rows, head #\(v.headId ?? 0) \(v.head ?? "-")")
            }
        }
    }
}

struct AuditList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Who viewed, exported or changed what, newest first.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only entries about this reader.") var card: String?
    @Option(help: "Only entries by this staff login.") var staff: String?
    @Option(help: "Only entries since this date or time.") var since: String?
    @Option(help: "At most this many.") var limit: Int = 1000

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            let rows = try ctx.database.auditLog(try ctx.actor(), AuditFilter(card: card, login: staff,
                                                                             since: try since.map(ctx.calendar.parseInstant), limit: limit))
            if output.json {
                try Output.json(rows.map { AuditJSON(at: ctx.calendar.timestamp($0.at), staff: $0.login, action: $0.action, card: $0.card, detail: $0.detail) })
            } else {
                Output.table(["WHEN", "STAFF", "ACTION", "CARD", "DETAIL"], rows.map { [ctx.calendar.timestamp($0.at), $0.login, $0.action, $0.card ?? "", $0.detail] })
            }
        }
    }
}

struct AuditJSON: Encodable { let at, staff, action: String; let card: String?; let detail: String }

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "A consistent copy of the database while others keep working (administrators).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The new file to write.") var path: String

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            let r = try ctx.database.backup(try ctx.actor(), to: path)
            if output.json { try Output.json(r) } else {
                // Keep this line elsewhere: it proves later that the audit rows up to it were not changed.
                print("backed up to \(path); audit chain head #\(r.headId ?? 0) \(r.head ?? "-")")
            }
        }
    }
}
