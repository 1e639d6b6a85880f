import GRDB

/// Which readers a list shows: all of them, or the ones a staff member covers
/// (named as their librarian, or in a department or subject they cover).
public enum ReaderScope: String, Sendable, Equatable {
    case all, mine
}

extension AppDatabase {
    private static func scopeSQL(_ scope: ReaderScope) -> String {
        switch scope {
        // Forgotten readers leave the lists and the count; their anonymous statistics stay.
        case .all: return "NOT forgotten"
        case .mine:
            return """
                NOT forgotten AND (librarian_id = ?1 OR dept IN (SELECT area FROM staff_area WHERE staff_id = ?1)
                 OR subject IN (SELECT area FROM staff_area WHERE staff_id = ?1))
                """
        }
    }

    /// How many readers a scope holds, so a list can scroll without loading them.
    public func readerCount(_ actor: Actor, scope: ReaderScope) throws -> Int {
        try read { db in try Self.readerCount(db, actor, scope: scope) }
    }

    static func readerCount(_ db: Database, _ actor: Actor, scope: ReaderScope) throws -> Int {
        // All readers less the forgotten (a partial index counts those): no scan of the table.
        scope == .all
            ? try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM reader) - (SELECT count(*) FROM reader WHERE forgotten)") ?? 0
            : try Int.fetchOne(
                db, sql: "SELECT count(*) FROM reader WHERE \(scopeSQL(scope))", arguments: scope == .mine ? [actor.staff.id] : []) ?? 0
    }

    /// One visible window of a list in card order: only the rows a screen shows.
    public func readerWindow(_ actor: Actor, scope: ReaderScope, offset: Int, limit: Int) throws -> [Reader] {
        let (offset, limit) = (max(0, offset), max(0, limit))
        let staff: Int64? = scope == .mine ? actor.staff.id : nil
        let rows = try read { db in
            // SQLite steps over every row an OFFSET skips: in the second half of a big list (`G` at a
            // million readers) the window is read backwards from the end instead.
            var (order, take, skip) = ("", limit, offset)
            if offset > Self.farOffset, case let total = try Self.readerCount(db, actor, scope: scope), offset > total / 2 {
                (order, take, skip) = ("DESC", min(limit, max(0, total - offset)), max(0, total - offset - limit))
            }
            let window = try Reader.fetchAll(
                db,
                sql: """
                    SELECT * FROM reader WHERE \(Self.scopeSQL(scope)) ORDER BY card \(order) LIMIT ?2 OFFSET ?3
                    """, arguments: [staff, take, skip])
            return order.isEmpty ? window : window.reversed()
        }
        return actor.can(.readAnalysis) ? rows : rows.map { $0.withoutAnalysis() }
    }

    /// Below this an OFFSET costs less than counting the list.
    static let farOffset = 5_000

    /// SQLite's `PRAGMA data_version` on a connection of its own: it changes whenever any
    /// other connection commits — another process, or this one's writer — which GRDB's
    /// observation cannot see across processes. In memory (tests) the writer's own is used.
    public func dataVersion() throws -> Int {
        if let watcher { return try watcher.version() }
        return try writer.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }
}
