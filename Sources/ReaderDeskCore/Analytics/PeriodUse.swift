import GRDB

/// One reader's use in a period: last event, quantity, Σ quantity × points, distinct services.
struct ReaderUse {
    var last: Int64 = .min
    var quantity: Int64 = 0
    var value: Int64 = 0
    var services: [Int64] = []
}

extension AppDatabase {
    /// Every active reader's use in a period, summed in one pass over the rows of `periodParts`.
    /// Summing in Swift keyed by reader id beats SQLite's GROUP BY, which sorts millions of rows.
    func periodUse(_ db: Database, _ period: Period) throws -> [Int64: ReaderUse] {
        guard let (sql, args) = try periodParts(db, period) else { return [:] }
        let points = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, points FROM service").map { ($0[0] as Int64, $0[1] as Int64) })
        // Reader ids are small and dense (INTEGER PRIMARY KEY): an array is the cheapest map.
        let maxId = try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader") ?? 0
        guard maxId < 20_000_000 else { return try periodUseSparse(db, sql, args, points) }
        var acc = [ReaderUse](repeating: ReaderUse(), count: Int(maxId) + 1)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
        while let row = try rows.next() {
            let reader: Int64 = row[0], service: Int64 = row[1], q: Int64 = row[2], at: Int64 = row[3]
            guard reader >= 0 && reader <= maxId else { continue }
            add(&acc[Int(reader)], service, q, at, points)
        }
        var out: [Int64: ReaderUse] = [:]
        for (i, u) in acc.enumerated() where u.quantity > 0 { out[Int64(i)] = u }
        return out
    }

    private func periodUseSparse(
        _ db: Database, _ sql: String, _ args: [any DatabaseValueConvertible], _ points: [Int64: Int64]
    ) throws -> [Int64: ReaderUse] {
        var out: [Int64: ReaderUse] = [:]
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
        while let row = try rows.next() { add(&out[row[0], default: ReaderUse()], row[1], row[2], row[3], points) }
        return out
    }

    @inline(__always)
    private func add(_ u: inout ReaderUse, _ service: Int64, _ q: Int64, _ at: Int64, _ points: [Int64: Int64]) {
        u.quantity += q
        u.value += q * (points[service] ?? 0)
        if at > u.last { u.last = at }
        if !u.services.contains(service) { u.services.append(service) }
    }
}
