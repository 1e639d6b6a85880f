/// Choices every import shares.
public struct ImportOptions: Sendable {
    /// The file's name as given, for `FILE:LINE:` messages.
    public var file: String
    public var encoding: TextEncoding
    /// Do everything, report it, change nothing.
    public var dryRun: Bool
    /// Import the good rows and list the bad ones, instead of stopping at the first.
    public var skipInvalid: Bool

    public init(file: String = "", encoding: TextEncoding = .auto, dryRun: Bool = false, skipInvalid: Bool = false) {
        self.file = file; self.encoding = encoding; self.dryRun = dryRun; self.skipInvalid = skipInvalid
    }
}

/// How far an import or export has got, for a progress bar.
public struct TransferProgress: Sendable {
    /// Rows handled so far.
    public var rows: Int
    /// Work done and the whole of it, in bytes of input for imports and rows for exports.
    public var done: Int
    public var total: Int
}

public typealias ProgressHandler = (TransferProgress) -> Void

/// What an import did (or, in a dry run, would do). Encoded as the `--json` summary.
public struct ImportSummary: Encodable, Sendable {
    public var kind: String
    public var format: String
    public var file: String
    public var dryRun: Bool
    /// Data rows (or log lines) read.
    public var rows = 0
    /// Readers added, or usage events written.
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Bad rows left out with `skipInvalid`, as `FILE:LINE: what is wrong` (the first 1000).
    public var invalid: [String] = []
    public var invalidCount = 0
    /// The same rows as errors, for the command line to print in its language (not in the JSON).
    public var skipped: [ImportError] = []
    /// Cards in a usage log that match no reader: counted, not fatal (EZproxy).
    public var unknownCards: Int?
    public var unknownCardSamples: [String]?
    public var ezproxy: EZproxyFigures?
    public var counter: CounterFigures?

    public init(kind: String, format: String, options: ImportOptions) {
        self.kind = kind; self.format = format; file = options.file; dryRun = options.dryRun
    }

    mutating func skip(_ error: ImportError) {
        invalidCount += 1
        if invalid.count < 1000 { invalid.append(error.description); skipped.append(error) }
    }

    enum CodingKeys: String, CodingKey {
        case kind, format, file, rows, added, updated, unchanged, invalid, ezproxy, counter
        case dryRun = "dry_run", invalidCount = "invalid_count"
        case unknownCards = "unknown_cards", unknownCardSamples = "unknown_card_samples"
    }
}

/// What became of an EZproxy log's requests.
public struct EZproxyFigures: Encodable, Sendable {
    public var requestsUsed = 0
    public var sessions = 0
    public var anonymous = 0
    public var failedStatus = 0
    public var proxyPages = 0
    /// Hosts no service lists in `--hosts`, with their request counts.
    public var unknownHosts: [String: Int] = [:]
    /// Sessions the library already had (the same log, or rotated logs that overlap): not added again.
    public var alreadyImported = 0

    enum CodingKeys: String, CodingKey {
        case sessions, anonymous
        case requestsUsed = "requests_used", failedStatus = "failed_status", proxyPages = "proxy_pages"
        case unknownHosts = "unknown_hosts", alreadyImported = "already_imported"
    }
}

/// A COUNTER report's summary: the `import counter --json` document.
public struct CounterFigures: Encodable, Sendable {
    public var report: String
    public var name: String
    public var release: String
    public var period: Period
    /// Report rows (item × metric) and the monthly figures they hold.
    public var rows: Int
    public var figures: Int
    public var metrics: [String]
    /// Figures of earlier imports this one replaced.
    public var replaced: Int
    /// Databases, titles or platforms matched to a service, and the services they fed.
    public var matched: Int
    public var services: [String]
    /// Names with no service (the first 200 of `unmatchedCount`): map them with `--map NAME=CODE`.
    public var unmatched: [String]
    public var unmatchedCount: Int

    enum CodingKeys: String, CodingKey {
        case report, name, release, period, rows, figures, metrics, replaced, matched, services, unmatched
        case unmatchedCount = "unmatched_count"
    }

    public struct Period: Encodable, Sendable { public var from: String, to: String }
}
