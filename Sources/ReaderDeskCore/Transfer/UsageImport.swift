import GRDB

extension Importer {
    /// Usage from a CSV file (`card,service,at,quantity,location`) or an EZproxy log.
    public func usage(_ bytes: [UInt8], format: UsageFormat, options: ImportOptions) throws -> ImportSummary {
        try usage(.bytes(bytes), format: format, options: options)
    }

    /// The same from a file: a CSV file is read a stretch at a time, an EZproxy log whole.
    public func usage(_ input: ImportInput, format: UsageFormat, options: ImportOptions) throws -> ImportSummary {
        try actor.require(.writeRecords)
        switch format {
        case .csv: return try usageCSV(input, options)
        case .ezproxy(let ezproxy): return try usageEZproxy(try input.allBytes(file: options.file), ezproxy, options)
        }
    }

    /// Events go to `insertUsage` in chunks, so the monthly roll-up is summed in memory.
    static let usageChunk = 100_000

    private func usageCSV(_ input: ImportInput, _ options: ImportOptions) throws -> ImportSummary {
        let text = try ImportText(input, encoding: options.encoding, file: options.file, blockSize: textBlockBytes)
        // Every card and service is resolved to an id in this transaction: no foreign key can dangle.
        return try database.write(rollback: options.dryRun, checkingForeignKeys: false) { db in
            try Self.withImportCache(db) {
                var reader = CSVReader(text: text, file: options.file)
                let parser = try UsageCSVParser(header: try reader.header(), timeZone: database.calendar.timeZone)
                var summary = ImportSummary(kind: "usage", format: "csv", options: options)
                let cards = try Self.cardIndex(db), services = try Self.serviceIndex(db)
                let rebuild = options.dryRun ? [] : try Self.dropUsageIndexesForBulk(db, incoming: text.lineCount)
                // The next stretch of the file is read and checked on the second core while
                // SQLite writes this one.
                var next: BackgroundTask<UsageStretch>? = UsageStretch.read(
                    after: UsageStretch.Cursor(
                        reader: reader, parser: parser,
                        calendar: database.calendar, now: actor.now),
                    cards: cards, services: services, rows: usageStretchRows)
                while let stretch = try next?.value() {
                    next =
                        stretch.isLast
                        ? nil
                        : UsageStretch.read(after: stretch.cursor, cards: cards, services: services, rows: usageStretchRows)
                    for error in stretch.errors { try Self.reject(error, &summary, options) }
                    if let fault = stretch.fault { throw fault }
                    summary.rows += stretch.rows
                    if !options.dryRun {
                        try database.insertUsage(db, stretch.events)
                        try AppDatabase.advanceLifecycles(db, stretch.events, now: actor.now)
                    }
                    summary.added += stretch.events.count
                    report(rows: summary.rows, done: stretch.cursor.reader.offset, total: stretch.cursor.reader.byteCount)
                }
                // The sorter behind CREATE INDEX is faster with small in-memory runs (a large page
                // cache makes it sort one huge run) and a helper thread on the second core.
                try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA threads = 2")
                for sql in rebuild { try db.execute(sql: sql) }
                if !options.dryRun { try AppDatabase.lapseIdleReaders(db, now: actor.now, today: database.calendar.dayString(actor.now)) }
                try AppDatabase.audit(db, actor, "import.usage", detail: "csv: \(summary.added) events, \(summary.invalidCount) invalid")
                report(rows: summary.rows, done: reader.byteCount, total: reader.byteCount)
                return summary
            }
        }
    }

    /// A large import drops the usage indexes and builds them again at the end, in the same
    /// transaction: sorting millions of keys once is far faster than inserting them one by one
    /// at random places. Only when the file is large beside what the tables already hold.
    /// Returns the statements that rebuild what was dropped.
    static func dropUsageIndexesForBulk(_ db: Database, incoming: Int) throws -> [String] {
        try dropIndexesForBulk(db, incoming: incoming, counted: "usage", tables: ["usage", "usage_month"])
    }

    /// The same for any tables: their own indexes (not those behind UNIQUE or PRIMARY KEY, which
    /// keep the data right) go when `incoming` rows are many beside the `existing` ones of `counted`;
    /// those named in `keeping` stay (new rows only append to them, and a rebuild would read the
    /// whole table once more).
    static func dropIndexesForBulk(
        _ db: Database, incoming: Int, counted: String, tables: [String],
        whenExistingAtMost share: Double = 4, keeping: Set<String> = [], from minimum: Int = 50_000
    ) throws -> [String] {
        guard incoming >= minimum else { return [] }
        let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(counted)") ?? 0
        guard Double(existing) <= Double(incoming) * share else { return [] }
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND tbl_name IN (\(tables.map { "'\($0)'" }.joined(separator: ","))) AND sql IS NOT NULL
                """)
        let dropped = indexes.filter { !keeping.contains($0["name"]) }
        for index in dropped { try db.execute(sql: "DROP INDEX \(index["name"] as String)") }
        return dropped.map { $0["sql"] }
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { p in p.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }
}
