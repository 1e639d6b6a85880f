import Foundation

/// One usage event: "reader R used service S at time T, from location L, N times".
/// Service level only; never what was read.
public struct UsageRow: Equatable, Sendable {
    public var card: String
    /// The service code, e.g. `db-cnki`.
    public var service: String
    /// Unix epoch seconds.
    public var at: Int64
    public var quantity: Int
    public var location: Location
    public var line: Int

    public init(
        card: String, service: String, at: Int64, quantity: Int = 1,
        location: Location = .onsite, line: Int = 0
    ) {
        self.card = card; self.service = service; self.at = at
        self.quantity = quantity; self.location = location; self.line = line
    }
}

/// Reads `import usage --format csv`: `card,service,at,quantity,location`.
/// `at` without an offset is the library's local time (the given zone).
public struct UsageCSVParser: Sendable {
    public let header: CSVHeader
    private var zone: LocalZone
    private let card: Int, service: Int, at: Int
    private let quantity: Int?, location: Int?

    public init(header: CSVHeader, timeZone: TimeZone) throws(ImportError) {
        try header.require(["card", "service", "at"])
        self.header = header
        zone = LocalZone(timeZone)
        card = header.index(of: "card")!
        service = header.index(of: "service")!
        at = header.index(of: "at")!
        quantity = header.index(of: "quantity")
        location = header.index(of: "location")
    }

    /// Reads a whole file; fine for tests and small files. Large files: loop over
    /// `CSVReader.next()` and `row(from:)` to avoid holding every row.
    public static func parse(
        _ bytes: [UInt8], file: String = "",
        timeZone: TimeZone
    ) throws(ImportError) -> ImportResult<UsageRow> {
        var reader = CSVReader(bytes: bytes, file: file)
        var parser = try UsageCSVParser(header: try reader.header(), timeZone: timeZone)
        var result = ImportResult<UsageRow>()
        while let record = try reader.next() {
            do { result.rows.append(try parser.row(from: record)) } catch { result.errors.append(error) }
        }
        return result
    }

    public mutating func row(from record: CSVRecord) throws(ImportError) -> UsageRow {
        try rejectControlCharacters(record, header: header)
        func fail(_ message: String, _ phrase: Phrase) -> ImportError {
            ImportError(file: header.file, line: record.line, message, phrase: phrase)
        }
        let card = record[card].trimmingSpaces(), service = record[service].trimmingSpaces()
        let atText = record[at].trimmingSpaces()
        guard !card.isEmpty else { throw fail("card is empty", Phrase("error.import.noCard")) }
        guard !service.isEmpty else { throw fail("service is empty", Phrase("error.import.noService")) }
        guard let time = ImportTime.epochSeconds(atText, in: &zone) else {
            throw fail(
                "at \(ImportError.quoted(atText)) is not an ISO 8601 time (e.g. 2026-03-01T09:30:00+08:00 or 2026-03-01)",
                Phrase("error.import.time", [ImportError.quoted(atText)]))
        }
        var row = UsageRow(card: card, service: service, at: time, line: record.line)
        if let quantity {
            let text = record[quantity].trimmingSpaces()
            if !text.isEmpty {
                guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let n = Int(text), n > 0 else {
                    throw fail(
                        "quantity \(ImportError.quoted(text)) is not a positive whole number",
                        Phrase("error.import.quantity", [ImportError.quoted(text)]))
                }
                row.quantity = n
            }
        }
        if let location {
            let text = record[location].trimmingSpaces()
            if !text.isEmpty {
                guard let place = Location(rawValue: text.lowercased()) else {
                    throw fail(
                        "unknown location \(ImportError.quoted(text)) (expected onsite|campus|remote)",
                        Phrase("error.import.location", [ImportError.quoted(text)]))
                }
                row.location = place
            }
        }
        return row
    }
}
