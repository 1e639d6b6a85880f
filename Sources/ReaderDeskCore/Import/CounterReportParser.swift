/// A COUNTER Release 5.0 or 5.1 tabular report: service-level usage that feeds
/// the trend cell of the matrix (⑤), never readers.
public struct CounterReport: Equatable, Sendable {
    /// DR, DR_D1, TR_J1, PR_P1, IR, …
    public var reportID: String
    public var reportName: String
    /// "5" or "5.1".
    public var release: String
    /// `Begin_Date` and `End_Date` as written, e.g. "2022-01-01".
    public var periodBegin: String
    public var periodEnd: String
    /// The column naming the item counted: Database, Title, Platform or Item.
    public var itemColumn: String
    /// Metric types found in the rows, in order of first appearance.
    public var metrics: [String]
    public var rows: [CounterRow]
}

/// One month of one metric for one database, title or platform.
public struct CounterRow: Equatable, Sendable {
    public var name: String
    public var platform: String
    public var metricType: String
    /// "YYYY-MM".
    public var month: String
    public var count: Int
    public var line: Int
}

public enum CounterReportParser {
    /// Standard reports and views, and the column naming their items.
    static let itemColumns = ["DR": "Database", "TR": "Title", "PR": "Platform", "IR": "Item"]
    static let knownReports: Set<String> = [
        "DR", "DR_D1", "DR_D2", "TR", "TR_J1", "TR_J2", "TR_J3", "TR_J4", "TR_B1", "TR_B2", "TR_B3",
        "PR", "PR_P1", "IR", "IR_A1", "IR_M1",
    ]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Reads a report from UTF-8 bytes, tab- or comma-separated (told by the first line).
    public static func parse(_ bytes: [UInt8], file: String = "") throws(ImportError) -> CounterReport {
        func fail(_ line: Int?, _ message: String, _ phrase: Phrase) -> ImportError {
            ImportError(file: file, line: line, message, phrase: phrase)
        }
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        let tabs = firstLine.contains(0x09)
        var reader = CSVReader(bytes: bytes, file: file, separator: tabs ? 0x09 : UInt8(ascii: ","), quoting: !tabs)
        guard let first = try reader.next() else {
            throw fail(nil, "the file is empty: not a COUNTER report", Phrase("error.import.counterEmpty"))
        }
        let firstCell = first[0].trimmingSpaces()
        if isRelease4Title(firstCell) {
            throw fail(
                first.line,
                "this is a COUNTER Release 4 report (\(ImportError.quoted(firstCell))), which is not supported: ask the vendor for the Release 5 or 5.1 version",
                Phrase("error.import.counterR4Named", [ImportError.quoted(firstCell)])
            )
        }
        guard firstCell == "Report_Name" else {
            throw fail(
                first.line, "not a COUNTER Release 5 or 5.1 tabular report: the first row should be Report_Name",
                Phrase("error.import.counterNotR5"))
        }
        // Header block of Key/Value rows, up to the column row (the one holding Metric_Type).
        var header = [firstCell: first[1].trimmingSpaces()]
        var columns: CSVRecord?
        while columns == nil, let record = try reader.next() {
            if record.fields.contains(where: { $0.trimmingSpaces() == "Metric_Type" }) { columns = record; break }
            if record.isBlank { continue }
            guard header.count < 30 else { break }
            header[record[0].trimmingSpaces()] = record[1].trimmingSpaces()
        }
        let release: String
        switch header["Release"] ?? "" {
        case "5", "5.0": release = "5"
        case "5.1": release = "5.1"
        case "4", "4.0", "R4":
            throw fail(
                nil, "this is a COUNTER Release 4 report, which is not supported: ask the vendor for the Release 5 or 5.1 version",
                Phrase("error.import.counterR4"))
        case let other:
            throw fail(
                nil,
                other.isEmpty
                    ? "the report header has no Release row"
                    : "COUNTER release \(ImportError.quoted(other)) is not supported (5 or 5.1 only)",
                Phrase(other.isEmpty ? "error.import.counterNoRelease" : "error.import.counterRelease", [ImportError.quoted(other)]))
        }
        let reportID = (header["Report_ID"] ?? "").uppercased()
        guard knownReports.contains(reportID), let family = reportID.split(separator: "_").first,
            let itemColumn = itemColumns[String(family)]
        else {
            throw fail(
                nil,
                "report ID \(ImportError.quoted(reportID)) is not a supported COUNTER 5 report (DR, TR, PR, IR and their standard views)",
                Phrase("error.import.counterReportID", [ImportError.quoted(reportID)]))
        }
        guard let period = header["Reporting_Period"].flatMap(reportingPeriod) else {
            throw fail(
                nil, "the Reporting_Period row should read Begin_Date=YYYY-MM-DD; End_Date=YYYY-MM-DD",
                Phrase("error.import.counterPeriodRow"))
        }
        guard let columns else {
            throw fail(nil, "no column header row with Metric_Type after the report header", Phrase("error.import.counterNoColumns"))
        }
        let names = columns.fields.map { $0.trimmingSpaces() }
        func index(_ name: String) throws(ImportError) -> Int {
            guard let i = names.firstIndex(of: name) else {
                throw fail(
                    columns.line, "missing column \(name) for a \(reportID) report",
                    Phrase("error.import.counterMissingColumn", [name, reportID]))
            }
            return i
        }
        let itemIndex = try index(itemColumn), platformIndex = try index("Platform"), metricIndex = try index("Metric_Type")
        var months: [(index: Int, month: String)] = []
        for i in ((names.firstIndex(of: "Reporting_Period_Total") ?? metricIndex) + 1)..<names.count where !names[i].isEmpty {
            guard let month = month(names[i]) else {
                throw fail(
                    columns.line, "column \(ImportError.quoted(names[i])) is not a month (expected Jan-2022 or 2022-01)",
                    Phrase("error.import.counterMonth", [ImportError.quoted(names[i])]))
            }
            months.append((i, month))
        }
        guard !months.isEmpty else {
            throw fail(
                columns.line, "the report has no month columns (Exclude_Monthly_Details): ask for it with monthly details",
                Phrase("error.import.counterNoMonths"))
        }
        var report = CounterReport(
            reportID: reportID, reportName: header["Report_Name"] ?? "", release: release,
            periodBegin: period.begin, periodEnd: period.end, itemColumn: itemColumn,
            metrics: [], rows: [])
        while let record = try reader.next() {
            if record.isBlank { continue }
            let metric = record[metricIndex].trimmingSpaces()
            guard !metric.isEmpty else { throw fail(record.line, "Metric_Type is empty", Phrase("error.import.counterNoMetric")) }
            if !report.metrics.contains(metric) { report.metrics.append(metric) }
            let name = record[itemIndex].trimmingSpaces(), platform = record[platformIndex].trimmingSpaces()
            for (i, month) in months {
                let cell = record[i].trimmingSpaces()
                if cell.isEmpty { continue }
                guard cell.utf8.count <= 18, cell.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let count = Int(cell) else {
                    throw fail(
                        record.line, "count \(ImportError.quoted(cell)) in column \(names[i]) is not a whole number",
                        Phrase("error.import.counterCount", [ImportError.quoted(cell), names[i]]))
                }
                report.rows.append(
                    CounterRow(
                        name: name, platform: platform, metricType: metric,
                        month: month, count: count, line: record.line))
            }
        }
        return report
    }

    /// R4 reports open with their title, e.g. "Journal Report 1 (R4)" or "Database Report 1".
    static func isRelease4Title(_ cell: String) -> Bool {
        if cell.contains("(R4)") { return true }
        return [
            "Journal Report", "Database Report", "Book Report", "Platform Report", "Multimedia Report",
            "Title Report", "Consortium Report",
        ].contains { cell.hasPrefix($0) }
    }

    /// `Begin_Date=2022-01-01; End_Date=2022-12-31` → (begin, end).
    static func reportingPeriod(_ text: String) -> (begin: String, end: String)? {
        var values: [String: String] = [:]
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            if pair.count == 2 { values[pair[0]] = pair[1] }
        }
        guard let begin = values["Begin_Date"], let end = values["End_Date"],
            validDay(begin), validDay(end)
        else { return nil }
        return (begin, end)
    }

    static func validDay(_ text: String) -> Bool {
        ImportTime.parseDate(text) != nil || (text.utf8.count == 7 && month(text) != nil)
    }

    /// `Jan-2022` or `2022-01` → "2022-01".
    static func month(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return nil }
        var (yearText, monthNumber) = (parts[1], monthNames.firstIndex(of: parts[0].lowercased()).map { $0 + 1 })
        if monthNumber == nil, parts[0].utf8.count == 4, parts[1].utf8.count == 2,
            parts[1].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let m = Int(parts[1]), (1...12).contains(m)
        {
            (yearText, monthNumber) = (parts[0], m)
        }
        guard let monthNumber, yearText.utf8.count == 4, yearText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        return "\(yearText)-\(monthNumber < 10 ? "0" : "")\(monthNumber)"
    }
}
