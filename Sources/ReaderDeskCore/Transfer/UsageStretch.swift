/// A stretch of a usage CSV file, read and checked: its events with their keys resolved and its
/// bad rows, in file order. Reading a stretch runs on another thread (`read`), so that the next
/// one is ready when SQLite has written this one.
struct UsageStretch: Sendable {
    /// Where reading stands: the CSV reader and the row parser, handed from stretch to stretch.
    struct Cursor: Sendable {
        var reader: CSVReader
        var parser: UsageCSVParser
        /// Rows dated after `now` (beyond the leeway) are refused.
        var calendar: LibraryCalendar
        var now: Int64
    }

    var events: [UsageInput] = []
    var errors: [ImportError] = []
    var rows = 0
    /// A fault that stops reading (a quote never closed), after the rows before it.
    var fault: ImportError?
    var cursor: Cursor
    /// The file ended in this stretch.
    var isLast = false

    /// Starts reading the stretch after `cursor`: up to `limit` rows.
    static func read(
        after cursor: Cursor, cards: [String: Int64], services: [String: Int64],
        rows limit: Int = Importer.usageChunk
    ) -> BackgroundTask<UsageStretch> {
        BackgroundTask { read(cursor, cards, services, limit) }
    }

    private static func read(_ cursor: Cursor, _ cards: [String: Int64], _ services: [String: Int64], _ limit: Int) -> UsageStretch {
        var stretch = UsageStretch(cursor: cursor)
        stretch.events.reserveCapacity(limit)
        // Rows, good or bad: a file of nothing but bad rows is still held a stretch at a time.
        while stretch.rows < limit {
            let record: CSVRecord
            do throws(ImportError) {
                guard let next = try stretch.cursor.reader.next() else { stretch.isLast = true; break }
                record = next
            } catch {
                stretch.fault = error
                stretch.isLast = true
                break
            }
            stretch.rows += 1
            do throws(ImportError) {
                let row = try stretch.cursor.parser.row(from: record)
                let file = stretch.cursor.reader.file
                guard let readerId = cards[row.card] else {
                    throw ImportError(
                        file: file, line: row.line, "unknown card \(ImportError.quoted(row.card)): import the readers first",
                        phrase: Phrase("error.import.unknownCard", [ImportError.quoted(row.card)]))
                }
                guard let serviceId = services[row.service] else {
                    throw ImportError(
                        file: file, line: row.line,
                        "unknown service \(ImportError.quoted(row.service)): 'readerdesk service list' shows the codes",
                        phrase: Phrase("error.import.unknownService", [ImportError.quoted(row.service)]))
                }
                if let why = stretch.cursor.calendar.futureUse(row.at, now: stretch.cursor.now) {
                    throw ImportError(file: file, line: row.line, why.message, phrase: why.phrase)
                }
                stretch.events.append(
                    UsageInput(
                        readerId: readerId, serviceId: serviceId, at: row.at,
                        quantity: row.quantity, location: row.location))
            } catch {
                stretch.errors.append(error)
            }
        }
        return stretch
    }
}
