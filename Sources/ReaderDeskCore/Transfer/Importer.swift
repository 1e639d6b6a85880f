import GRDB

/// Brings files into the database. Each import is one immediate transaction: a bad row
/// stops it with `FILE:LINE: what is wrong` and nothing changes, unless `skipInvalid`;
/// a dry run does the work and rolls it back; a killed process leaves no trace (the write-ahead
/// log, or for a first big load the rollback journal: `AppDatabase.withoutWriteAheadLog`).
public struct Importer {
    public let database: AppDatabase
    public let actor: Actor
    /// Called every few thousand rows.
    public var progress: ProgressHandler?
    /// Rows of a readers file read, checked and written at a time: the memory an import holds
    /// does not grow with the file. Tests make it small to prove a file in many stretches
    /// leaves exactly what one stretch does.
    var readerStretchRows = 20_000
    /// The same for usage rows (good or bad).
    var usageStretchRows = Importer.usageChunk
    /// Read bytes in memory in blocks of this size too, as a file is (tests).
    var textBlockBytes: Int?
    /// A readers file of at least this many rows into a library without readers is a first load:
    /// written without the write-ahead log when the library is not open elsewhere.
    var firstLoadRows = 50_000

    public init(_ database: AppDatabase, actor: Actor, progress: ProgressHandler? = nil) {
        self.database = database
        self.actor = actor
        self.progress = progress
    }

    public enum ReaderFormat: Sendable {
        case csv
        case koha(KohaOptions)
        public var name: String {
            switch self {
            case .csv: "csv"
            case .koha: "koha"
            }
        }
    }

    public enum UsageFormat: Sendable {
        case csv
        case ezproxy(EZproxyOptions)
        public var name: String {
            switch self {
            case .csv: "csv"
            case .ezproxy: "ezproxy"
            }
        }
    }

    /// A bad row: stop, or note it and go on.
    static func reject(_ error: ImportError, _ summary: inout ImportSummary, _ options: ImportOptions) throws(ImportError) {
        guard options.skipInvalid else { throw error }
        summary.skip(error)
    }

    /// How often to report progress, in rows.
    static let progressEvery = 4096

    func report(rows: Int, done: Int, total: Int) {
        progress?(TransferProgress(rows: rows, done: done, total: total))
    }

    /// Reads the file's text as UTF-8 bytes (BOM dropped, GB18030 converted).
    static func text(_ bytes: [UInt8], _ options: ImportOptions) throws(ImportError) -> [UInt8] {
        try TextDecoding.utf8Bytes(bytes, encoding: options.encoding, file: options.file)
    }

    /// A database-level refusal (a bad email, say) as a row error with its line.
    static func rowError(_ error: Error, file: String, line: Int) -> ImportError {
        let message = (error as? ReaderDeskError)?.message ?? String(describing: error)
        return ImportError(file: file, line: line, message, phrase: (error as? ReaderDeskError)?.phrase ?? Phrase("literal", [message]))
    }

    /// Card → reader id, loaded once: usage rows are resolved without a query each (a million
    /// short cards take some 50 MB).
    static func cardIndex(_ db: Database) throws -> [String: Int64] {
        var index: [String: Int64] = [:]
        index.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM reader") ?? 0)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, card FROM reader WHERE forgotten = 0")
        while let row = try rows.next() { index[row[1]] = row[0] }
        return index
    }

    static func serviceIndex(_ db: Database) throws -> [String: Int64] {
        var index: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, code FROM service") { index[row[1]] = row[0] }
        return index
    }

    /// A larger page cache for the import's connection while it runs (64 MB: the card index of
    /// a million readers, the roll-up's month ends), bounded so that an import's resident
    /// memory stays well under 300 MB at any file size.
    static func withImportCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -65536")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(previous)") }
        return try body()
    }
}
