import ArgumentParser
import ReaderDeskCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Bring in readers and usage from files.",
        subcommands: [Readers.self, Usage.self, Counter.self])

    struct Readers: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add or update readers by card from a CSV file or a Koha patron export.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var file: ImportFileOptions
        @Option(help: "csv (card,name,type,tier,dept,subject,email,phone,birthday) or koha.") var format: ReaderFileFormat = .csv
        @Option(name: .customLong("category-map"), help: "Koha: CODE=type,… (remembered for next time).") var categoryMap: String?
        @Option(name: .customLong("default-type"), help: "Koha: the reader type of unmapped categories.") var defaultType: String?
        @Option(name: .customLong("date-format"), help: "Koha: dateofbirth as iso (YYYY-MM-DD), us (MM/DD/YYYY) or eu (DD/MM/YYYY).")
        var dateFormat: String = "iso"

        func run(_ ctx: CommandContext) throws {
            let readerFormat: Importer.ReaderFormat
            switch format {
            case .csv: readerFormat = .csv
            case .koha:
                guard let dates = KohaPatronMapper.DateFormat(rawValue: dateFormat.lowercased()) else {
                    throw CommandError(Refusal.dateFormat, dateFormat)
                }
                let map = Dictionary(TransferSettings.pairs(categoryMap ?? "", ",").map { ($0.key, $0.value) }) { _, b in b }
                readerFormat = .koha(KohaOptions(categoryMap: map, defaultType: defaultType, dateFormat: dates))
            }
            try file.run(ctx, "readers") { importer, input, options in
                try importer.readers(input, format: readerFormat, options: options)
            }
        }
    }

    struct Usage: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add usage events from a CSV file or an EZproxy log.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var file: ImportFileOptions
        @Option(help: "csv (card,service,at,quantity,location) or ezproxy (LogFormat %h %l %u %t \"%r\" %s %b).") var format:
            UsageFileFormat = .csv
        @Option(help: "EZproxy: address ranges and their location, CIDR=onsite|campus,… (remembered).") var locations: String?
        @Option(name: .customLong("proxy-hosts"), help: "EZproxy: the proxy's own host names, comma-separated (remembered).")
        var proxyHosts: String?

        func run(_ ctx: CommandContext) throws {
            let usageFormat: Importer.UsageFormat
            switch format {
            case .csv: usageFormat = .csv
            case .ezproxy:
                var ranges: [String: Location] = [:]
                for (cidr, place) in TransferSettings.pairs(locations ?? "", ",") { ranges[cidr] = try Location.parse(place) }
                usageFormat = .ezproxy(EZproxyOptions(locations: ranges, proxyHosts: Staff.splitList(proxyHosts ?? "")))
            }
            try file.run(ctx, "usage") { importer, input, options in
                try importer.usage(input, format: usageFormat, options: options)
            }
        }
    }

    struct Counter: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Monthly service figures from a COUNTER R5.0/R5.1 tabular report.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var file: ImportFileOptions
        @Option(name: .customLong("map"), help: "NAME=CODE: the service a database or platform means (repeatable; remembered).")
        var map: [String] = []

        func run(_ ctx: CommandContext) throws {
            var mapping: [String: String] = [:]
            for item in map {
                guard let pair = TransferSettings.pairs(item, "\u{0}").first else {
                    throw CommandError(Refusal.mapPair, item)
                }
                mapping[pair.key] = pair.value
            }
            try file.run(ctx, "counter") { importer, input, options in
                try importer.counter(try input.allBytes(file: options.file), mapping: mapping, options: options)
            }
        }
    }
}
