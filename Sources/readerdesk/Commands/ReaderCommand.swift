import ArgumentParser
import ReaderDeskCore

struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader", abstract: "The reader master file.",
        subcommands: [Add.self, Update.self, Show.self, List.self, Search.self, EventCommand.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a reader.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Card number.") var card: String
        @OptionGroup var fields: ReaderFieldOptions

        func run(_ ctx: CommandContext) throws {
            guard fields.name != nil else { throw CommandError(Refusal.readerNeedsName) }
            let r = try ctx.database.addReader(try ctx.actor(), card: card, fields: try fields.readerFields())
            print(say(Line.readerAdded, r.card, Sanitizer.singleLine(r.name)))
        }
    }

    struct Update: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Change a reader's record; only the fields given change.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Card number.") var card: String
        @OptionGroup var fields: ReaderFieldOptions
        @Option(help: "Consents given, comma-separated from email,phone,birthday ('none' for none).") var consent: String?
        @Option(help: "Attitude and evaluation of our services (librarians).") var attitude: String?
        @Option(help: "Problems and friction (librarians).") var problems: String?
        @Option(help: "Special needs (librarians).") var needs: String?

        func run(_ ctx: CommandContext) throws {
            var f = try fields.readerFields()
            if let consent {
                f.consent = consent == "none" || consent.isEmpty ? [] : Set(try Staff.splitList(consent).map(Consent.parse))
            }
            f.attitude = attitude
            f.problems = problems
            f.needs = needs
            guard !f.fieldNames.isEmpty else { throw CommandError(Refusal.nothingToChange) }
            let r = try ctx.database.updateReader(try ctx.actor(), card: card, fields: f)
            print(say(Line.readerUpdated, r.card, f.fieldNames.joined(separator: ", ")))
        }
    }

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "One reader's master file.")
        /// The reader, with `computed_at` and `refreshing` beside its fields, as `matrix` and `today` give them.
        struct ShowJSON: Encodable {
            let reader: ReaderJSON
            let freshness: BackgroundRefresh.JSON
            func encode(to encoder: Encoder) throws {
                try reader.encode(to: encoder)
                try freshness.encode(to: encoder)
            }
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Card number.") var card: String

        func run(_ ctx: CommandContext) throws {
            let actor = try ctx.actor()
            // The value tier as the stored actions' last refresh left it; the day's first one runs in the background.
            let freshness = try BackgroundRefresh.answerNow(ctx)
            defer { BackgroundRefresh.startIfStale(ctx, freshness) }
            let profile = try ctx.database.profile(actor, card: card, refresh: .stored)
            if output.json {
                try Output.json(
                    ShowJSON(reader: ReaderJSON(profile, ctx.calendar, now: ctx.now), freshness: .init(freshness, ctx.calendar)))
            } else {
                ReaderPrinting.show(profile, ctx.calendar)
                if let note = BackgroundRefresh.note(freshness, ctx.calendar) { print("\n" + note) }
            }
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List readers in card order.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this value tier (from the pyramid): vip, key, mid, basic, inactive.") var valueTier: String?
        @Option(help: "Only this card type: regular, student, senior, vip.") var cardType: String?
        @Option(help: ArgumentHelp("Deprecated: the same as --card-type.", visibility: .hidden)) var tier: String?
        @Option(help: "Only this department.") var dept: String?
        @Option(help: "At most this many.") var limit: Int = 1000

        func run(_ ctx: CommandContext) throws {
            let card = try ReaderFieldOptions.cardType(cardType, tier: tier)
            try ctx.database.refreshActionsIfStale(now: ctx.now)  // the value tiers, as of today
            let listed = try ctx.database.readersListed(
                try ctx.actor(), cardType: card, valueTier: try valueTier.map(ValueTier.parse),
                dept: dept, limit: limit)
            try ReaderPrinting.list(
                listed.rows, values: try ctx.database.readerValues(ids: listed.rows.compactMap(\.id)), json: output.json,
                total: listed.total)
        }
    }

    struct Search: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Find readers by name, card, pinyin (full or initials), email or phone.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "What to look for, e.g. zsf, 'zhang san', 2026001, 138.") var text: String

        func run(_ ctx: CommandContext) throws {
            let rows = try ctx.database.searchReaders(try ctx.actor(), text)
            try ReaderPrinting.list(rows, values: try ctx.database.readerValues(ids: rows.compactMap(\.id)), json: output.json)
        }
    }
}

/// The fields of the original record, shared by `reader add` and `reader update`.
struct ReaderFieldOptions: ParsableArguments {
    @Option(help: "Full name.") var name: String?
    @Option(help: "faculty, researcher, postgraduate, undergraduate, staff, external or alumni.") var type: String?
    @Option(help: "Card type: regular, student, senior or vip (not the value tier, which comes from use).") var cardType: String?
    @Option(help: ArgumentHelp("Deprecated: the same as --card-type.", visibility: .hidden)) var tier: String?
    @Option(help: "Department.") var dept: String?
    @Option(help: "Major or subject.") var subject: String?
    @Option(help: "Degree or education.") var degree: String?
    @Option(help: "Email address.") var email: String?
    @Option(help: "Phone number.") var phone: String?
    @Option(help: "Postal address.") var address: String?
    @Option(help: "Postcode.") var postcode: String?
    @Option(help: "Birthday, YYYY-MM-DD.") var birthday: String?
    @Option(help: "Lifecycle stage: aware, acquired, active, after-service, upgraded, lapsed.") var lifecycle: String?
    @Option(help: "The login of the subject librarian who owns this reader.") var librarian: String?

    func readerFields() throws -> ReaderFields {
        var f = ReaderFields()
        f.name = name
        f.type = try type.map(ReaderType.parse)
        f.cardType = try Self.cardType(cardType, tier: tier)
        f.dept = dept; f.subject = subject; f.degree = degree; f.email = email; f.phone = phone
        f.address = address; f.postcode = postcode; f.birthday = birthday
        f.lifecycle = try lifecycle.map(Lifecycle.parse)
        f.librarianLogin = librarian
        return f
    }

    /// `--card-type`, or the deprecated `--tier` that meant it; both at once must agree.
    static func cardType(_ cardType: String?, tier: String?) throws -> CardType? {
        let a = try cardType.map(CardType.parse), b = try tier.map(CardType.parse)
        if let a, let b, a != b { throw CommandError(Refusal.tierOrCardType) }
        return a ?? b
    }
}
