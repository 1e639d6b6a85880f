import Foundation
import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

extension AppDatabase {
    /// Moves the whole write-ahead log into the file and empties it (TRUNCATE), so no old page
    /// image stays behind in the WAL. Another process's open read transaction prevents it; this
    /// waits up to `seconds` for such readers, saying so once through `waiting`, and tells whether
    /// it completed. In-memory databases have no WAL: always true.
    ///
    /// With `everyReader`, first writes one frame that changes nothing (the header's user version,
    /// set to itself): a reader that began while the WAL was empty reads the file itself and does
    /// not stop an empty WAL from being "truncated", but it does stop that frame from being copied
    /// into the file — so then success proves no other read transaction is open at all.
    func truncateWAL(waitingUpTo seconds: Double, everyReader: Bool = false, waiting: (String) -> Void) -> Bool {
        guard writer is DatabasePool else { return true }
        if everyReader {
            _ = try? writer.writeWithoutTransaction { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
        }
        let deadline = Date().addingTimeInterval(seconds)
        var said = false
        while true {
            let done =
                (try? writer.writeWithoutTransaction { db -> Bool in
                    // A short busy wait per attempt, so the message comes early; the default comes back after.
                    sqlite3_busy_timeout(db.sqliteConnection, 200)
                    defer { sqlite3_busy_timeout(db.sqliteConnection, 30_000) }
                    let r = try db.checkpoint(.truncate)
                    return r.walFrameCount == 0 || r.walFrameCount == r.checkpointedFrameCount
                }) ?? false
            if done { return true }
            if Date() >= deadline { return false }
            if !said {
                waiting("waiting up to \(Int(seconds)) s for other ReaderDesk windows or programs to finish reading the database…")
                said = true
            }
            usleep(200_000)
        }
    }
}
