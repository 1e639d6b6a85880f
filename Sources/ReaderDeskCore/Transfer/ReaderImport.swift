import Foundation
import GRDB

/// `import readers --format koha` choices.
public struct KohaOptions: Sendable {
    /// Category code → reader type from `--category-map`; added to the setting for next time.
    public var categoryMap: [String: String]
    public var defaultType: String?
    public var dateFormat: KohaPatronMapper.DateFormat

    public init(categoryMap: [String: String] = [:], defaultType: String? = nil, dateFormat: KohaPatronMapper.DateFormat = .iso) {
        self.categoryMap = categoryMap; self.defaultType = defaultType; self.dateFormat = dateFormat
    }
}

extension Importer {
    /// Upserts readers by card: new cards are added, changed ones updated, the same left alone.
    /// A column the file lacks (or an empty cell) leaves the stored value as it is.
    public func readers(_ bytes: [UInt8], format: ReaderFormat, options: ImportOptions) throws -> ImportSummary {
        try readers(.bytes(bytes), format: format, options: options)
    }

    /// The same from a file read a stretch at a time (a CSV file; a Koha export is read whole).
    public func readers(_ input: ImportInput, format: ReaderFormat, options: ImportOptions) throws -> ImportSummary {
        try actor.require(.writeRecords)
        var categories: [String: String] = [:]
        let first: BackgroundTask<ReaderStretch>
        let runs = try TermRuns()
        /// About how many rows come: a first big load drops and rebuilds indexes.
        let incoming: Int
        switch format {
        case .csv:
            let text = try ImportText(input, encoding: options.encoding, file: options.file, blockSize: textBlockBytes)
            incoming = max(0, text.lineCount - 1)
            var reader = CSVReader(text: text, file: options.file)
            let parser = try ReaderCSVParser(header: try reader.header())
            first = ReaderStretch.read(after: ReaderStretch.Cursor(reader: reader, parser: parser, runs: runs), rows: readerStretchRows)
        case .koha(let koha):
            let text = try Self.text(try input.allBytes(file: options.file), options)
            for (code, type) in TransferSettings.pairs(try database.setting(TransferSettings.kohaCategories), ",") {
                categories[code.uppercased()] = type
            }
            for (code, type) in koha.categoryMap { categories[code.trimmingSpaces().uppercased()] = type.lowercased() }
            let mapper = try KohaPatronMapper(categoryTypes: categories, defaultType: koha.defaultType, dateFormat: koha.dateFormat)
            let parsed = try mapper.map(text, file: options.file)
            incoming = parsed.rows.count
            first = ReaderStretch.whole(parsed, file: options.file, runs: runs)
        }
        let firstLoad = try !options.dryRun && incoming >= firstLoadRows && database.isEmpty("reader")
        // Foreign keys unchecked: the import sets none but a term's reader, which it has just written.
        return try firstLoad ? database.withoutWriteAheadLog(importing) : importing()
        func importing() throws -> ImportSummary {
            try database.write(rollback: options.dryRun, checkingForeignKeys: false) { db in
                try Self.withImportCache(db) {
                    var summary = ImportSummary(kind: "readers", format: format.name, options: options)
                    var upsert = try ReaderUpsert(db, actor: actor, terms: runs)
                    // A first big load: secondary indexes are built once at the end, by sorting. Not for a
                    // re-import into a big library, where rebuilding costs more than the inserts. New readers
                    // only append to the indexes kept (one time, no librarian, no consent, not forgotten):
                    // cheaper than reading the table again to rebuild each.
                    let rebuild =
                        options.dryRun
                        ? []
                        : try Self.dropIndexesForBulk(
                            db, incoming: incoming, counted: "reader",
                            tables: ["reader"], whenExistingAtMost: 0.25,
                            keeping: ["reader_updated", "reader_librarian", "reader_birthday_md", "reader_forgotten"])
                    var next: BackgroundTask<ReaderStretch>? = first
                    while let stretch = try next?.value() {
                        if !stretch.isLast, let cursor = stretch.cursor {
                            next = ReaderStretch.read(after: cursor, rows: readerStretchRows)
                        } else {
                            next = nil
                        }
                        // Stopping on a bad row: broken quoting later in the file is what is reported.
                        func reject(_ error: ImportError) throws {
                            guard options.skipInvalid else { throw stretch.laterFault() ?? error }
                            summary.skip(error)
                        }
                        try upsert.lookUp(db, stretch.rows)
                        var nextError = 0
                        for (i, row) in stretch.rows.enumerated() {
                            while nextError < stretch.errors.count, stretch.errors[nextError].line ?? 0 < row.line {
                                try reject(stretch.errors[nextError])
                                nextError += 1
                            }
                            if let invalid = stretch.invalid[i] {
                                try reject(invalid)
                                continue
                            }
                            do {
                                try upsert.check(row)
                            } catch {
                                try reject(Self.rowError(error, file: options.file, line: row.line))
                                continue
                            }
                            try upsert.add(db, row, at: (stretch.number, i), termList: stretch.termLists[i], &summary)
                            if (summary.rows + i) % Self.progressEvery == 0 {
                                report(rows: summary.rows + i, done: stretch.cursor?.reader.offset ?? 0, total: input.byteCount)
                            }
                        }
                        for error in stretch.errors[nextError...] { try reject(error) }
                        if let fault = stretch.fault { throw fault }
                        try upsert.endStretch(db)
                        summary.rows += stretch.rows.count + stretch.errors.count
                    }
                    try upsert.finish(db)
                    // The sorter behind CREATE INDEX is faster with small in-memory runs and a helper
                    // thread on the second core (see the usage import).
                    try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA threads = 2")
                    for sql in rebuild { try db.execute(sql: sql) }
                    if case .koha(let koha) = format, !koha.categoryMap.isEmpty {
                        try AppDatabase.rememberSetting(db, actor, TransferSettings.kohaCategories, TransferSettings.text(categories, ","))
                    }
                    try AppDatabase.audit(
                        db, actor, "import.readers",
                        detail: "\(format.name): \(summary.added) added, "
                            + "\(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.invalidCount) invalid")
                    report(rows: summary.rows, done: input.byteCount, total: input.byteCount)
                    return summary
                }
            }
        }
    }

    /// The same rules as `reader add`, so that imported readers obey them too.
    static func check(_ row: ReaderRow) throws {
        try Validate.code(row.card, "card")
        try Validate.line(row.name, "name", required: true, max: 200)
        for (value, field) in [(row.dept, "department"), (row.subject, "subject"), (row.address, "address"), (row.postcode, "postcode")] {
            if let value { try Validate.line(value, field) }
        }
        if let email = row.email { try Validate.email(email) }
        if let phone = row.phone { try Validate.phone(phone) }
    }

    /// Columns the importer does not know are kept in `extra`, a JSON object, merged by name.
    static func mergedExtra(_ stored: String?, _ imported: [String: String]) -> String? {
        var all = stored.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] } ?? [:]
        all.merge(imported) { _, new in new }
        guard let data = try? JSONSerialization.data(withJSONObject: all, options: [.sortedKeys]) else { return stored }
        return String(decoding: data, as: UTF8.self)
    }
}
