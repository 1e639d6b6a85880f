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
        try actor.require(.writeRecords)
        let text = try Self.text(bytes, options)
        var categories: [String: String] = [:]
        let parsed: ImportResult<ReaderRow>
        switch format {
        case .csv:
            parsed = try ReaderCSVParser.parse(text, file: options.file)
        case .koha(let koha):
            for (code, type) in TransferSettings.pairs(try database.setting(TransferSettings.kohaCategories), ",") {
                categories[code.uppercased()] = type
            }
            for (code, type) in koha.categoryMap { categories[code.trimmingSpaces().uppercased()] = type.lowercased() }
            let mapper = try KohaPatronMapper(categoryTypes: categories, defaultType: koha.defaultType, dateFormat: koha.dateFormat)
            parsed = try mapper.map(text, file: options.file)
        }
        let parseErrors = parsed.errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        // Foreign keys unchecked: the import sets none but a term's reader, which it has just written.
        return try database.write(rollback: options.dryRun, checkingForeignKeys: false) { db in
            try Self.withLargeCache(db) {
                var summary = ImportSummary(kind: "readers", format: format.name, options: options)
                var upsert = try ReaderUpsert(db, actor: actor, rows: parsed.rows)
                // A first big load: secondary indexes are built once at the end, by sorting. Not for a
                // re-import, whose changed readers find their old search terms by reader.
                let rebuild =
                    options.dryRun
                    ? []
                    : try Self.dropIndexesForBulk(
                        db, incoming: parsed.rows.count, counted: "reader",
                        tables: ["reader", "reader_term"], whenExistingAtMost: 0.25)
                var nextError = 0
                for (i, row) in parsed.rows.enumerated() {
                    while nextError < parseErrors.count, parseErrors[nextError].line ?? 0 < row.line {
                        try Self.reject(parseErrors[nextError], &summary, options)
                        nextError += 1
                    }
                    do {
                        try Self.check(row)
                        try upsert.check(row)
                    } catch {
                        try Self.reject(Self.rowError(error, file: options.file, line: row.line), &summary, options)
                        continue
                    }
                    try upsert.add(db, row, at: i, &summary)
                    if i % Self.progressEvery == 0 { report(rows: i, done: i, total: parsed.rows.count) }
                }
                for error in parseErrors[nextError...] { try Self.reject(error, &summary, options) }
                try upsert.finish(db)
                for sql in rebuild { try db.execute(sql: sql) }
                summary.rows = parsed.rows.count + parseErrors.count
                if case .koha(let koha) = format, !koha.categoryMap.isEmpty {
                    try AppDatabase.rememberSetting(db, actor, TransferSettings.kohaCategories, TransferSettings.text(categories, ","))
                }
                try AppDatabase.audit(
                    db, actor, "import.readers",
                    detail: "\(format.name): \(summary.added) added, "
                        + "\(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.invalidCount) invalid")
                report(rows: parsed.rows.count, done: parsed.rows.count, total: parsed.rows.count)
                return summary
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
