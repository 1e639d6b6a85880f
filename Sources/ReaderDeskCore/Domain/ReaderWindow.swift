import GRDB

/// Which readers a list shows: all of them, or the ones a staff member covers
/// (named as their librarian, or in a department or subject they cover).
public enum ReaderScope: String, Sendable, Equatable {
    case all, mine
}

extension AppDatabase {
    private static func scopeSQL(_ scope: ReaderScope) -> String {
        switch scope {
        case .all: return "1"
        case .mine:
            return """
                (librarian_id = ?1 OR dept IN (SELECT area FROM staff_area WHERE staff_id = ?1)
                 OR subject IN (SELECT area FROM staff_area WHERE staff_id = ?1))
                """
        }
    }

    /// How many readers a scope holds, so a list can scroll without loading them.
    public func readerCount(_ actor: Actor, scope: ReaderScope) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM reader WHERE \(Self.scopeSQL(scope))",
                             arguments: scope == .mine ? [actor.staff.id] : []) ?? 0
        }
    }

    /// One visible window of a list in card order: only the rows a screen shows.
    public func readerWindow(_ actor: Actor, scope: ReaderScope, offset: Int, limit: Int) throws -> [Reader] {
        let rows = try read { db in
            try Reader.fetchAll(db, sql: """
                SELECT * FROM reader WHERE \(Self.scopeSQL(scope)) ORDER BY card LIMIT ?2 OFFSET ?3
                """, arguments: [scope == .mine ? actor.staff.id : nil, max(0, limit), max(0, offset)])
        }
        return actor.can(.readAnalysis) ? rows : rows.map { $0.withoutAnalysis() }
    }

    /// SQLite's `PRAGMA data_version` on a connection of its own: it changes whenever any
    /// other connection commits — another process, or this one's writer — which GRDB's
    /// observation cannot see across processes. In memory (tests) the writer's own is used.
    public func dataVersion() throws -> Int {
        if let watcher {
            return try watcher.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
        return try writer.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }

    /// Use of every service per month over `months` (year*100+month keys), from the roll-up.
    public func serviceTrends(months: [Int]) throws -> [ServiceUse] {
        guard let first = months.first, let last = months.last else { return [] }
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT service.code, service.name, usage_month.month, sum(usage_month.quantity) AS q,
                       max(usage_month.last_at) AS last_at
                FROM service JOIN usage_month ON usage_month.service_id = service.id
                WHERE usage_month.month BETWEEN ? AND ? GROUP BY service.id, usage_month.month
                """, arguments: [first, last])
        }
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        var byCode: [String: ServiceUse] = [:]
        for row in rows {
            let code: String = row["code"]
            var u = byCode[code] ?? ServiceUse(service: code, name: row["name"], total: 0, lastAt: 0,
                                               monthly: Array(repeating: 0, count: months.count))
            let q: Int = row["q"]
            u.total += q
            u.lastAt = max(u.lastAt, row["last_at"])
            if let i = index[row["month"]] { u.monthly[i] += q }
            byCode[code] = u
        }
        return byCode.values.sorted { $0.total != $1.total ? $0.total > $1.total : $0.service < $1.service }
    }
}
