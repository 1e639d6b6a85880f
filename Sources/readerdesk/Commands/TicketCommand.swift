import ArgumentParser
import ReaderDeskCore

struct TicketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticket", abstract: "The ticket queue: complaints, questions, faults, requests.",
        subcommands: [
            New.self, List.self, Show.self, Assign.self, Comment.self, Resolve.self, Close.self, Reopen.self, Status.self, Link.self,
        ])

    struct New: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Open a ticket; prints its id.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "complaint, suggestion, question, fault, request or praise.") var kind: String
        @Option(help: "One line saying what it is about.") var subject: String
        @Option(help: "The full text.") var body: String = ""
        @Option(help: "The reader's card, if a reader raised it.") var card: String?
        @Option(help: "low, normal, high or urgent.") var priority: String = "normal"

        func run(_ ctx: CommandContext) throws {
            let t = try ctx.database.newTicket(
                try ctx.actor(), kind: try TicketKind.parse(kind), subject: subject, body: body,
                card: card, priority: try Priority.parse(priority))
            print(t.id!)
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "The queue: open work first, most urgent first; then waiting, resolved, closed.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this status (new, open, waiting, resolved, closed); default: all.") var status: String?
        @Option(help: "Only this kind.") var kind: String?
        @Flag(help: "Only tickets assigned to me.") var mine = false
        @Option(help: "At most this many.") var limit: Int = 500

        func run(_ ctx: CommandContext) throws {
            let me = try ctx.actor()
            var filter = TicketFilter()
            if let status { filter.statuses = [try TicketStatus.parse(status)] }
            if let kind { filter.kinds = [try TicketKind.parse(kind)] }
            if mine { filter.assigneeId = me.staff.id }
            filter.limit = limit
            let listed = try ctx.database.ticketsListed(me, filter)
            if output.json {
                try Output.json(listed.rows.map { TicketListJSON($0, ctx.calendar, now: ctx.now) })
            } else {
                Output.table(
                    [Column.id, Column.due, Column.priority, Column.status, Column.kind, Column.card, Column.assignee, Column.subject],
                    listed
                ) {
                    [
                        "#\($0.id)", TicketPrinting.dueText($0, ctx.calendar, now: ctx.now), word($0.priority), word($0.status),
                        word($0.kind),
                        $0.card ?? "", $0.assignee ?? "", $0.subject,
                    ]
                }
            }
        }
    }

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "One ticket with its replies, notes and history.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Ticket id.") var id: Int64

        func run(_ ctx: CommandContext) throws {
            try ctx.requireStaff()
            let d = try ctx.database.ticketDetail(id: id)
            if output.json {
                try Output.json(TicketDetailJSON(d, ctx.calendar, now: ctx.now))
            } else {
                TicketPrinting.show(d, ctx.calendar, now: ctx.now)
                let suggested = try ctx.database.suggestedAnswers(subject: d.ticket.subject)
                if !suggested.isEmpty {
                    print(say(Line.section, say(Line.suggestedAnswers, id)))
                    for a in suggested.prefix(5) { print("#\(a.id) \(Sanitizer.singleLine(a.title))") }
                }
            }
        }
    }

    struct Assign: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Give a ticket to a staff member.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "Staff login.") var login: String

        func run(_ ctx: CommandContext) throws {
            let t = try ctx.database.assignTicket(try ctx.actor(), id: id, to: login, expectedVersion: version.expected)
            print(say(Line.ticketAssigned, id, login, word(t.status)))
        }
    }

    struct Comment: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Reply publicly, or add an internal note with --internal.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "The text (may be left out with --answer).") var text: String?
        @Flag(help: "An internal note, not a reply to the reader.") var `internal` = false
        @Option(help: "Add this reusable answer's text (answer list); the use is counted.") var answer: Int64?

        func run(_ ctx: CommandContext) throws {
            let actor = try ctx.actor()
            let kept = try answer.map { try ctx.database.answer(id: $0) }
            let full = [text, kept?.replyText].compactMap { $0 }.joined(separator: "\n\n")
            let r = try ctx.database.replyTicket(actor, id: id, text: full, internal: `internal`, expectedVersion: version.expected)
            if let kept { try ctx.database.recordAnswerUse(actor, answerId: kept.id, ticketId: id) }
            print(say(`internal` ? Line.noteAdded : Line.repliedOn, id))
            if let mail = r.mail { print(mailSummary(mail)) }
        }
    }

    struct Resolve: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a ticket resolved, with the reader's satisfaction.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64
        @Option(help: "The reader's satisfaction, 1–5.") var satisfaction: Int?

        func run(_ ctx: CommandContext) throws {
            try ctx.database.resolveTicket(try ctx.actor(), id: id, satisfaction: satisfaction, expectedVersion: version.expected)
            print(say(Line.ticketResolved, id))
        }
    }

    struct Close: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Close a ticket.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64

        func run(_ ctx: CommandContext) throws {
            try ctx.database.setTicketStatus(try ctx.actor(), id: id, to: .closed, expectedVersion: version.expected)
            print(say(Line.ticketClosed, id))
        }
    }

    struct Reopen: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a resolved or closed ticket.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64

        func run(_ ctx: CommandContext) throws {
            let t = try ctx.database.ticketDetail(id: id).ticket
            guard !t.status.isOpen else { throw CommandError(Refusal.ticketStillOpen, id, word(t.status)) }
            try ctx.database.setTicketStatus(try ctx.actor(), id: id, to: .open, expectedVersion: version.expected)
            print(say(Line.ticketReopened, id))
        }
    }

    struct Status: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Move a ticket to another status (open, waiting, …).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "new, open, waiting, resolved or closed.") var status: String

        func run(_ ctx: CommandContext) throws {
            let t = try ctx.database.setTicketStatus(
                try ctx.actor(), id: id, to: try TicketStatus.parse(status), expectedVersion: version.expected)
            print(say(Line.ticketIs, id, word(t.status)))
        }
    }
}

extension TicketCommand {
    struct Link: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Give a ticket its reader (a mail from an unknown sender).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var version: VersionOption
        @Argument(help: "Ticket id.") var id: Int64
        @Argument(help: "The reader's card.") var card: String

        func run(_ ctx: CommandContext) throws {
            try ctx.database.linkTicket(try ctx.actor(), id: id, card: card, expectedVersion: version.expected)
            print(say(Line.ticketNowOf, id, card))
        }
    }
}

/// `--expect-version N`: refuse the change if someone else changed the ticket since version N.
struct VersionOption: ParsableArguments {
    @Option(name: .customLong("expect-version"), help: "Refuse if the ticket is no longer at this version.") var expected: Int?
}
