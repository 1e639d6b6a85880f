import ArgumentParser
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
                          + "\(r.contactsScrubbed) contacts and \(r.ticketsScrubbed) tickets scrubbed")
                }
            }
        }
    }

    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Erase a reader's personal data everywhere; anonymous statistics stay.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Card number.") var card: String

        func run() throws {
            try runReporting {
                let ctx = try CommandContext(global)
                try ctx.database.forget(try ctx.actor(), card: card)
                print("reader \(card) forgotten")
            }
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Who viewed, exported or changed what (administrators).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only entries about this reader.") var card: String?
    @Option(help: "Only entries by this staff login.") var staff: String?
    @Option(help: "Only entries since this date or time.") var since: String?
    @Option(help: "At most this many.") var limit: Int = 1000

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            let listed = try ctx.database.auditLogListed(try ctx.actor(), AuditFilter(card: card, login: staff,
                                                                             since: try since.map(ctx.calendar.parseInstant), limit: limit))
            if output.json {
                try Output.json(listed.rows.map { AuditJSON(at: ctx.calendar.timestamp($0.at), staff: $0.login, action: $0.action, card: $0.card, detail: $0.detail) })
            } else {
                Output.table(["WHEN", "STAFF", "ACTION", "CARD", "DETAIL"], listed) { [ctx.calendar.timestamp($0.at), $0.login, $0.action, $0.card ?? "", $0.detail] }
            }
        }
    }
}

struct AuditJSON: Encodable { let at, staff, action: String; let card: String?; let detail: String }

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "A consistent copy of the database while others keep working (administrators).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file to write.") var path: String

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            try ctx.database.backup(try ctx.actor(), to: path)
            print("backed up to \(path)")
        }
    }
}
