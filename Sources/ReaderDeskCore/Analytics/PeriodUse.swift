import GRDB

/// Every reader's use in a period (docs/CONTRACTS.md §1) in flat arrays by slot: Σ quantity,
/// Σ quantity × value points, the last event and a bit a service. A slot is the reader id while
/// ids are dense (INTEGER PRIMARY KEY), else one handed out on first sight. Summing in Swift by
/// slot beats SQLite's GROUP BY, which sorts millions of rows, and flat arrays cost a few bytes a
/// reader where a dictionary of structs cost a hundred.
struct PeriodUse {
    /// Services by dense index: id and value points.
    let serviceIds: [Int64]
    let points: [Int64]
    /// 64-bit words of service bits a slot.
    let words: Int
    private(set) var quantity: [Int64] = []
    private(set) var value: [Int64] = []
    private(set) var last: [Int64] = []
    private(set) var bits: [UInt64] = []
    /// Slot → reader id when ids are sparse (empty while the slot is the id).
    private(set) var sparseIds: [Int64] = []
    private var sparseSlots: [Int64: Int] = [:]
    private let dense: Bool
    private(set) var active = 0

    var slots: Int { quantity.count }
    func readerId(_ slot: Int) -> Int64 { dense ? Int64(slot) : sparseIds[slot] }
    func slot(ofReader id: Int64) -> Int? { dense ? (id >= 0 && id < Int64(quantity.count) ? Int(id) : nil) : sparseSlots[id] }
    func isActive(_ slot: Int) -> Bool { quantity[slot] > 0 }

    /// Dense indexes of the services a slot used.
    func services(_ slot: Int) -> [Int] {
        var out: [Int] = []
        for w in 0..<words {
            var b = bits[slot * words + w]
            while b != 0 {
                out.append(w * 64 + b.trailingZeroBitCount)
                b &= b - 1
            }
        }
        return out
    }

    /// Σ `perService` over the distinct services of a slot (breadth with class points).
    func sum(_ slot: Int, _ perService: [Int64]) -> Int64 {
        var total: Int64 = 0
        for w in 0..<words {
            var b = bits[slot * words + w]
            while b != 0 {
                total += perService[w * 64 + b.trailingZeroBitCount]
                b &= b - 1
            }
        }
        return total
    }

    /// `parts`: (SQL, arguments) of rows (reader_id, service_id, quantity, last instant).
    init(_ db: Database, parts: [(String, [Int64])], maxReaderId: Int64, readers: Int) throws {
        let services = try Row.fetchAll(db, sql: "SELECT id, points FROM service ORDER BY id")
        serviceIds = services.map { $0[0] }
        points = services.map { $0[1] }
        let words = max(1, (services.count + 63) / 64)
        self.words = words
        var serviceIndex = [Int](repeating: -1, count: Int(max(0, serviceIds.last ?? 0)) + 1)
        for (i, id) in serviceIds.enumerated() where id >= 0 { serviceIndex[Int(id)] = i }
        // Dense unless the ids leave big holes (then a slot a reader seen, through a dictionary).
        let dense = maxReaderId < Int64(2 * readers + 100_000)
        self.dense = dense
        let n = dense ? Int(max(0, maxReaderId)) + 1 : 0
        var quantity = [Int64](repeating: 0, count: n), value = quantity, last = [Int64](repeating: .min, count: n)
        var bits = [UInt64](repeating: 0, count: n * words)
        var sparseIds: [Int64] = [], sparseSlots: [Int64: Int] = [:]
        let points = self.points
        for (sql, args) in parts {
            try db.eachRawRow(sql, args) { row in
                let r = row.int(0), s = row.int(1), q = row.int(2), at = row.int(3)
                // The reference joins the service: use of an unknown one counts nowhere.
                guard s >= 0, s < serviceIndex.count else { return }
                let si = serviceIndex[Int(s)]
                guard si >= 0 else { return }
                let slot: Int
                if dense {
                    guard r >= 0, r < n else { return }
                    slot = Int(r)
                } else if let known = sparseSlots[r] {
                    slot = known
                } else {
                    slot = sparseIds.count
                    sparseSlots[r] = slot
                    sparseIds.append(r)
                    quantity.append(0); value.append(0); last.append(.min)
                    bits.append(contentsOf: repeatElement(0, count: words))
                }
                quantity[slot] += q
                value[slot] += q * points[si]
                if at > last[slot] { last[slot] = at }
                bits[slot * words + si >> 6] |= 1 << UInt64(si & 63)
            }
        }
        self.quantity = quantity; self.value = value; self.last = last; self.bits = bits
        self.sparseIds = sparseIds; self.sparseSlots = sparseSlots
        active = quantity.reduce(0) { $1 > 0 ? $0 + 1 : $0 }
    }
}

extension AppDatabase {
    /// Every active reader's use in a period, in one pass over the rows of `periodParts`.
    func periodUse(_ db: Database, _ period: Period) throws -> PeriodUse {
        let maxId = try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader") ?? 0
        let readers = try Int.fetchOne(db, sql: "SELECT count(*) FROM reader") ?? 0
        return try PeriodUse(db, parts: try periodParts(db, period), maxReaderId: maxId, readers: readers)
    }

    /// Whether `usage_month` was counted in this process's time zone; if not, months would be
    /// cut at other instants, so periods are read from the detail (correctness first).
    func monthsMatchZone(_ db: Database) throws -> Bool {
        let zone = try Self.setting(db, "library.timezone")
        return zone.isEmpty || zone == calendar.timeZone.identifier
    }

    /// Statements giving rows (reader_id, service_id, quantity, last instant) of a period: whole
    /// months from the roll-up, edge days from the detail.
    func periodParts(_ db: Database, _ period: Period) throws -> [(String, [Int64])] {
        var (months, partial) = calendar.spans(period)
        if try !monthsMatchZone(db) { months = nil; partial = [(period.start, period.end)] }
        var parts: [(String, [Int64])] = []
        if let months {
            parts.append(
                (
                    "SELECT reader_id, service_id, quantity, last_at FROM usage_month WHERE month BETWEEN ? AND ?",
                    [Int64(months.lowerBound), Int64(months.upperBound)]
                ))
        }
        for (a, b) in partial {
            // A range of the covering usage_at index: no lookups into the table.
            parts.append(("SELECT reader_id, service_id, quantity, at FROM usage INDEXED BY usage_at WHERE at >= ? AND at < ?", [a, b]))
        }
        return parts
    }
}
