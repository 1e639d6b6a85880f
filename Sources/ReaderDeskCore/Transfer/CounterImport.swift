import GRDB

extension Importer {
    /// A COUNTER R5.0/R5.1 tabular report becomes monthly service-level figures. Figures of the
    /// same report ID and platform within the report's period are replaced, so re-importing
    /// a report (or a corrected one) never doubles them.
    /// - Parameter mapping: name → service code from `--map`; added to the setting for next time.
    public func counter(_ bytes: [UInt8], mapping: [String: String] = [:], options: ImportOptions) throws -> ImportSummary {
        try actor.require(.writeRecords)
        let report = try CounterReportParser.parse(try Self.text(bytes, options), file: options.file)
        var names: [String: String] = [:]
        for (name, code) in TransferSettings.pairs(try database.setting(TransferSettings.counterServices), ";") { names[name] = code }
        names.merge(mapping) { _, new in new }
        guard let from = Self.monthKey(report.periodBegin), let to = Self.monthKey(report.periodEnd) else {
            throw ImportError(
                file: options.file, "the reporting period \(report.periodBegin) to \(report.periodEnd) is not readable",
                phrase: Phrase("error.import.counterPeriod", [report.periodBegin, report.periodEnd]))
        }
        return try database.write(rollback: options.dryRun) { db in
            var summary = ImportSummary(kind: "counter", format: "counter", options: options)
            let services = try Service.fetchAll(db)
            var byCode: [String: Int64] = [:], byName: [String: Int64] = [:]
            for s in services {
                byCode[s.code.lowercased()] = s.id!
                byName[s.name.lowercased()] = s.id!
            }
            for (name, code) in mapping where byCode[code.lowercased()] == nil {
                throw ImportError(
                    file: options.file, "map \(name)=\(code): no service '\(code)'",
                    phrase: Phrase("error.import.mapService", [Phrase.field("map"), name, code]))
            }
            func service(_ key: String) -> Int64? {
                if let code = names[key] { return byCode[code.lowercased()] }
                return byName[key.lowercased()] ?? byCode[key.lowercased()]
            }
            // Rows of master reports may repeat an item (one per YOP or access type): sum them.
            struct Key: Hashable { let name, platform, metric: String; let month: Int }
            var sums: [Key: Int] = [:], order: [Key] = []
            var matched: [String: Int64] = [:], unmatched: Set<String> = []
            for row in report.rows {
                let key = Key(name: row.name, platform: row.platform, metric: row.metricType, month: Self.monthKey(row.month)!)
                if sums[key] == nil { order.append(key) }
                sums[key, default: 0] += row.count
                if let id = service(row.name) ?? service(row.platform) { matched[row.name] = id } else { unmatched.insert(row.name) }
            }
            var replaced = 0
            let delete = try db.cachedStatement(
                sql: "DELETE FROM counter_figure WHERE report = ? AND platform = ? AND month BETWEEN ? AND ?")
            for platform in Set(report.rows.map(\.platform)) {
                try delete.execute(arguments: [report.reportID, platform, from, to])
                replaced += db.changesCount
            }
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO counter_figure(report, service_id, name, platform, metric, month, count) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for key in order {
                try insert.execute(arguments: [
                    report.reportID, matched[key.name], key.name, key.platform, key.metric, key.month, sums[key]!,
                ])
            }
            let codes = Dictionary(services.map { ($0.id!, $0.code) }, uniquingKeysWith: { a, _ in a })
            summary.rows = Set(report.rows.map(\.line)).count
            summary.added = order.count
            summary.counter = CounterFigures(
                report: report.reportID, name: report.reportName, release: report.release,
                period: .init(from: report.periodBegin, to: report.periodEnd), rows: summary.rows, figures: order.count,
                metrics: report.metrics, replaced: replaced, matched: matched.count,
                services: Set(matched.values).compactMap { codes[$0] }.sorted(),
                unmatched: Array(unmatched.sorted().prefix(200)), unmatchedCount: unmatched.count)
            if !mapping.isEmpty {
                try AppDatabase.rememberSetting(db, actor, TransferSettings.counterServices, TransferSettings.text(names, ";"))
            }
            try AppDatabase.audit(
                db, actor, "import.counter",
                detail: "\(report.reportID) \(report.periodBegin)..\(report.periodEnd): "
                    + "\(order.count) figures, \(replaced) replaced")
            return summary
        }
    }

    /// "2022-01-01" or "2022-01" → 202201.
    static func monthKey(_ text: String) -> Int? {
        let parts = text.split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return y * 100 + m
    }
}
