import Foundation
import GRDB
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Owns the connection (a WAL `DatabasePool` on disk, a queue in tests), the migrator, and the
/// write methods that keep the invariants. Every write is an immediate transaction, so two
/// terminals never deadlock upgrading a read lock; the busy timeout makes others wait, not fail.
public final class AppDatabase: Sendable {
    public let writer: any DatabaseWriter
    /// The reader of usage months: computed once per process in the library's time zone.
    public let calendar: LibraryCalendar
    /// The clock that files usage into months: the zone recorded at `init` (setting
    /// library.timezone), so a terminal with another TZ never files into the wrong month.
    public let rollupClock: LocalClock

    /// Asks `PRAGMA data_version` on a connection of its own (nil for in-memory databases).
    let watcher: DataVersionWatcher?

    /// The file this process opened (device and inode), so a file deleted, renamed away or replaced
    /// under it is noticed before a write is reported as done (nil for in-memory databases).
    let file: FileIdentity?

    /// Whether this process's thread refreshes the day's actions now (`prepareActions(now:_:)`).
    let dailyRefreshRunning = Mutex(false)

    init(
        _ writer: any DatabaseWriter, calendar: LibraryCalendar = .current, migrate: Bool = true,
        watcher: DataVersionWatcher? = nil, file: FileIdentity? = nil
    ) throws {
        self.writer = writer
        self.watcher = watcher
        self.file = file
        self.calendar = calendar
        if migrate {
            var migrator = DatabaseMigrator()
            Schema.register(in: &migrator)
            try migrator.migrate(writer)
        }
        let recorded =
            migrate
            ? try writer.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'library.timezone'")
            } : nil
        if let recorded, let zone = TimeZone(identifier: recorded), zone.identifier != calendar.timeZone.identifier {
            rollupClock = LocalClock(timeZone: zone)
        } else {
            rollupClock = calendar.clock
        }
    }

    /// Moves the write-ahead log into the file and closes every connection: the file is then
    /// complete on its own (to be renamed or copied). The database is not usable afterwards.
    public func close() throws {
        if let pool = writer as? DatabasePool {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try pool.close()
        }
        try watcher?.close()
    }

    /// Whether usage months were filed in this process's time zone: when not, periods are
    /// counted from the detail rather than the monthly roll-up.
    public var rollupMatchesProcessZone: Bool { rollupClock.timeZone.identifier == calendar.timeZone.identifier }

    public var reader: any DatabaseReader { writer }

    /// A new library's pages are 8 KiB, not SQLite's 4 KiB: a big import makes half as many
    /// writes and B-trees of millions of terms or events are a level shallower (docs/PERFORMANCE.md,
    /// "At a million readers"). It takes effect only on an empty database, before its first write;
    /// a library keeps the size it was made with.
    static let pageSize = 8192

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = \(pageSize)")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Erased personal data is overwritten, not left in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return config
    }

    /// A fresh in-memory database, for tests.
    public static func inMemory(calendar: LibraryCalendar = .current) throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()), calendar: calendar)
    }

    /// Opens the database at `path`. With `create`, makes the file (mode 0600: the owner
    /// only) when it is missing; without, a missing file is an error that says to run `init`.
    public static func open(
        path: String, create: Bool = false, calendar: LibraryCalendar = .current,
        migrate: Bool = true
    ) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var st = stat()
        if stat(dir, &st) != 0 || (st.st_mode & S_IFMT) != S_IFDIR {
            // A folder one may not enter holds a database one may not use: an outsider, not a typo.
            if errno == EACCES { throw ReaderDeskError.forbidden(outsiderMessage(Identity.osLogin()), outsiderPhrase(Identity.osLogin())) }
            throw ReaderDeskError(
                .io, "database directory \(dir) does not exist", phrase: Phrase("error.database.noFolder", [dir, Phrase.field("db")]))
        }
        if stat(path, &st) == 0 {
            // Asked with the effective ids, and without opening the file: closing any descriptor of
            // it would drop the POSIX locks this process's other connections hold (corruption).
            if faccessat(AT_FDCWD, path, R_OK | W_OK, AT_EACCESS) != 0, errno == EACCES {
                throw ReaderDeskError.forbidden(outsiderMessage(Identity.osLogin()), outsiderPhrase(Identity.osLogin()))
            }
        } else {
            if errno == EACCES { throw ReaderDeskError.forbidden(outsiderMessage(Identity.osLogin()), outsiderPhrase(Identity.osLogin())) }
            guard create else {
                throw ReaderDeskError(
                    .notInitialised, "no database at \(path)", phrase: Phrase("error.database.missing", [path, Phrase.field("db")]))
            }
            // The owner's alone: on a shared server the owner is the service account, and staff reach
            // the data only through ReaderDesk (README "A shared server").
            let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd < 0 {
                throw ReaderDeskError(
                    .io, "cannot create \(path): \(String(cString: strerror(errno)))",
                    phrase: Phrase("error.file.create", [path, String(cString: strerror(errno))]))
            }
            fchmod(fd, 0o600)
            Glibc.close(fd)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            return try AppDatabase(
                pool, calendar: calendar, migrate: migrate, watcher: DataVersionWatcher(path: path), file: FileIdentity(path: path))
        } catch let error as DatabaseError {
            throw ReaderDeskError(
                .io, "cannot open \(path): \(error.message ?? error.description)",
                phrase: Phrase("error.file.open", [path, error.message ?? error.description]))
        }
    }

    /// An immediate write transaction. SQLITE_BUSY left after the busy timeout is retried a few
    /// times, so a person never sees "database is locked" while others write.
    /// With `rollback` the work is done and then undone (an import's dry run). Without
    /// `checkingForeignKeys` (for bulk imports that resolved every key inside the transaction)
    /// SQLite skips a lookup per reference per row.
    @discardableResult
    public func write<T>(
        rollback: Bool = false, checkingForeignKeys: Bool = true,
        _ updates: (Database) throws -> T
    ) throws -> T {
        try file?.check()
        var attempt = 0
        while true {
            do {
                return try writer.writeWithoutTransaction { db in
                    // The pragma is a no-op inside a transaction, so it goes around it.
                    if !checkingForeignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                    defer { if !checkingForeignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try updates(db)
                        return rollback ? .rollback : .commit
                    }
                    return result!
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 5 {
                attempt += 1
                usleep(useconds_t(50_000 * attempt))
            } catch let error as DatabaseError {
                throw AppDatabase.translate(error)
            }
        }
    }

    public func read<T>(_ value: (Database) throws -> T) throws -> T {
        do { return try writer.read(value) } catch let error as DatabaseError { throw AppDatabase.translate(error) }
    }

    /// Constraint failures become one-line messages a person understands.
    static func translate(_ error: DatabaseError) -> Error {
        let message = error.message ?? error.description
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            return ReaderDeskError(.duplicate, "already exists: \(message)", phrase: Phrase("error.db.duplicate", [message]))
        case .SQLITE_CONSTRAINT_CHECK:
            return ReaderDeskError(.invalidInput, "a value is out of range: \(message)", phrase: Phrase("error.db.range", [message]))
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return ReaderDeskError(.invalidInput, "refers to something that does not exist", phrase: Phrase("error.db.reference"))
        default:
            return ReaderDeskError(.io, "database error: \(message)", phrase: Phrase("error.db.other", [message]))
        }
    }
}
