import GRDB

/// A listing cut at a limit, with how many there are in all, so a person can be told
/// "1000 of 2000 shown" instead of taking a cut list for the whole.
public struct Listed<Row: Sendable>: Sendable {
    public var rows: [Row]
    /// Every row the listing's conditions match, ignoring the limit.
    public var total: Int
    public var isCut: Bool { total > rows.count }
}

extension AppDatabase {
    /// Runs `sql` (no LIMIT) with a limit, and counts it all only when the limit was reached
    /// and the caller will say so (`counted`; a caller that keeps only the rows skips the count).
    static func listed<R: FetchableRecord & Sendable>(
        _ db: Database, _ type: R.Type, sql: String, arguments: StatementArguments,
        limit: Int, counted: Bool = true
    ) throws -> Listed<R> {
        let rows = try R.fetchAll(db, sql: sql + " LIMIT \(max(0, limit))", arguments: arguments)
        guard counted, rows.count >= limit else { return Listed(rows: rows, total: rows.count) }
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql))", arguments: arguments) ?? rows.count
        return Listed(rows: rows, total: total)
    }
}
