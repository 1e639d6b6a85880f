import ArgumentParser
import ReaderDeskCore

/// The values of `--format`, one enumeration per command that takes it: a new format is a new case
/// that every `switch` must handle, never the `else` of a string test. Case does not matter.
protocol FormatArgument: RawRepresentable, CaseIterable, ExpressibleByArgument where RawValue == String {}

extension FormatArgument {
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `import readers --format`.
enum ReaderFileFormat: String, FormatArgument { case csv, koha }

/// `import usage --format`.
enum UsageFileFormat: String, FormatArgument { case csv, ezproxy }

/// `export --format`.
enum ExportFormat: String, FormatArgument {
    case csv, json
    var exporter: Exporter.Format {
        switch self {
        case .csv: .csv
        case .json: .json
        }
    }
}
