/// A stretch of a readers file, read and checked: its rows, their term lists and its bad rows;
/// the search terms each row would have as a new reader go, sorted, to the import's `TermRuns`.
/// Reading a stretch (and making its terms) runs on the second core (`read`) while SQLite writes
/// the one before, so a file of any size is held a stretch or two at a time.
struct ReaderStretch: Sendable {
    /// Where reading stands: the CSV reader and the row parser, handed from stretch to stretch.
    struct Cursor: Sendable {
        var reader: CSVReader
        var parser: ReaderCSVParser
        /// Each name character's readings, worked out once per import.
        var termMaker = SearchTermMaker()
        var runs: TermRuns
        /// The number of the stretch that starts here.
        var number = 0
    }

    /// The stretch's place in the file (0 for the first), as its terms' run knows it.
    var number = 0
    var rows: [ReaderRow] = []
    /// `invalid[i]`: why `rows[i]` breaks the rules of `reader add` (`Importer.check`), checked
    /// here too, off the writing thread.
    var invalid: [ImportError?] = []
    /// `termLists[i]`: the terms of `rows[i]` as a new reader, as `ReaderTermList` stores them.
    var termLists: [String] = []
    /// Rows refused by the parser, by line.
    var errors: [ImportError] = []
    /// A fault that stops reading (a quote never closed), after the rows before it.
    var fault: ImportError?
    /// Where the next stretch starts; nil when the rows were given whole (Koha).
    var cursor: Cursor?
    /// The file ended in this stretch.
    var isLast = false

    /// Rows given whole (a Koha export is mapped in one go): one stretch, its terms made on the
    /// second core.
    static func whole(_ parsed: ImportResult<ReaderRow>, file: String, runs: TermRuns) -> BackgroundTask<ReaderStretch> {
        BackgroundTask {
            var stretch = ReaderStretch(errors: parsed.errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, isLast: true)
            var maker = SearchTermMaker()
            var terms: [[String]] = []
            for row in parsed.rows { terms.append(stretch.add(row, file: file, &maker)) }
            try runs.add(stretch: 0, terms)
            return stretch
        }
    }

    /// Starts reading the stretch after `cursor`: up to `limit` rows, good or bad.
    static func read(after cursor: Cursor, rows limit: Int) -> BackgroundTask<ReaderStretch> {
        BackgroundTask { try read(cursor, limit) }
    }

    private static func read(_ cursor: Cursor, _ limit: Int) throws -> ReaderStretch {
        var stretch = ReaderStretch(number: cursor.number, cursor: cursor)
        var reader = cursor.reader
        var maker = cursor.termMaker
        var terms: [[String]] = []
        while stretch.rows.count + stretch.errors.count < limit {
            let record: CSVRecord
            do throws(ImportError) {
                guard let next = try reader.next() else { stretch.isLast = true; break }
                record = next
            } catch {
                stretch.fault = error
                stretch.isLast = true
                break
            }
            do throws(ImportError) {
                terms.append(stretch.add(try cursor.parser.row(from: record), file: reader.file, &maker))
            } catch {
                stretch.errors.append(error)
            }
        }
        stretch.cursor?.reader = reader
        stretch.cursor?.termMaker = maker
        stretch.cursor?.number += 1
        try cursor.runs.add(stretch: cursor.number, terms)
        return stretch
    }

    /// Adds a parsed row; returns its terms as a new reader (none for a row that breaks the rules).
    private mutating func add(_ row: ReaderRow, file: String, _ maker: inout SearchTermMaker) -> [String] {
        rows.append(row)
        do {
            try Importer.check(row)
            invalid.append(nil)
            let terms = maker.terms(name: row.name, email: row.email, phone: row.phone)
            termLists.append(ReaderTermList.joined(terms))
            return terms
        } catch {
            invalid.append(Importer.rowError(error, file: file, line: row.line))
            termLists.append("")
            return []
        }
    }

    /// A fault anywhere after this stretch: the file's broken quoting is reported before any of
    /// its bad rows, as when the whole file was parsed before anything was written. Read only
    /// when the import is about to stop on a bad row.
    func laterFault() -> ImportError? {
        if let fault { return fault }
        guard !isLast, var reader = cursor?.reader else { return nil }
        do throws(ImportError) {
            while try reader.next() != nil {}
        } catch {
            return error
        }
        return nil
    }
}
