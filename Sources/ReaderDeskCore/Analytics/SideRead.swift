import Foundation
import GRDB

/// Work done on a second connection of the pool, on the second core, while the refresh's own
/// connection works. Its result is used only when the state it read matches the refresh's
/// snapshot (`AppDatabase.sideFingerprint`: settings, staff and every table the rules read, as
/// the live rules' staleness is judged); otherwise the refresh does the work itself. A queue
/// (tests, in memory) has no second connection: there is no side read.
final class SideRead<T: Sendable>: Sendable {
    private let task: BackgroundTask<(T, String)>

    init?(_ app: AppDatabase, _ work: @escaping @Sendable (Database) throws -> T) {
        guard app.writer is DatabasePool else { return nil }
        task = BackgroundTask { try app.read { db in (try work(db), try AppDatabase.sideFingerprint(db)) } }
    }

    /// The side's result when it read what `db` shows; nil when the caller must work it out
    /// (the side failed, or saw another state).
    func value(matching db: Database) throws -> T? {
        guard let (value, print) = try? task.value(), print == (try AppDatabase.sideFingerprint(db)) else { return nil }
        return value
    }
}

extension AppDatabase {
    /// The state two connections must share for a side read's result to stand for the snapshot's.
    static func sideFingerprint(_ db: Database) throws -> String {
        let parts = try liveParts(db).sorted { $0.key < $1.key }.map(\.value).joined(separator: "/")
        return try dailyKey(db, "") + "|" + parts + "|" + (analyticsState(db)["stamp"] ?? "")
    }
}
