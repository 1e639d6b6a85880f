import GRDB

/// Gives candidates their owner (never none: see `OwnerFinder`) and their priority in the
/// refresh's read snapshot, a rule's at a time, so that the write lock is held only to store them.
/// Up to `lookupsUpTo` candidates each reader's last contact is looked up; beyond, read in one pass.
final class Prioritiser {
    private let db: Database, cal: LibraryCalendar, owners: OwnerFinder, daily: DailyData?
    private let now: Int64, today: String, lookupsUpTo: Int
    private let weights: PriorityWeights
    private let tierOf: Statement, lastContact: Statement
    private var seen = 0
    private var lastContacts: [Int64: Int64]?
    private var readerCache: [Int64: (ValueTier?, Int?)] = [:]
    // Days late by due day, and days since a contact by its day: a refresh's candidates share a
    // few hundred days, and each calendar sum costs.
    private var lateness: [String: Int] = [:], quietByDay: [String: Int] = [:]

    init(_ db: Database, _ cal: LibraryCalendar, owners: OwnerFinder, daily: DailyData?, now: Int64, lookupsUpTo: Int = 5_000) throws {
        self.db = db; self.cal = cal; self.owners = owners; self.daily = daily
        self.now = now; today = cal.dayString(now); self.lookupsUpTo = lookupsUpTo
        weights = try PriorityWeights.load(db)
        tierOf = try db.makeStatement(sql: "SELECT tier FROM reader_value WHERE reader_id = ?")
        lastContact = try db.makeStatement(sql: "SELECT max(at) FROM contact WHERE reader_id = ? AND outreach_id IS NULL")
    }

    func prioritise(_ rule: String, _ candidates: inout [ActionCandidate]) throws {
        seen += candidates.count
        // The day's refresh concerns a large share of the readers: their last contacts in one
        // pass then, not a look-up each.
        if lastContacts == nil && seen > lookupsUpTo {
            var all: [Int64: Int64] = [:]
            try db.eachRawRow("SELECT reader_id, max(at) FROM contact WHERE outreach_id IS NULL GROUP BY reader_id") { r in
                all[r.int(0)] = r.int(1)
            }
            lastContacts = all
        }
        for j in candidates.indices {
            var c = candidates[j]
            if c.ownerId == nil { c.ownerId = owners.fallback(serviceId: c.serviceId) }
            let late = lateness[c.due] ?? cal.days(from: c.due, to: today)
            lateness[c.due] = late
            if let r = c.readerId {
                let (tier, quiet) = try facts(r)
                c.priority = weights.priority(rule: rule, tier: tier, hasReader: true, daysLate: late, daysSinceContact: quiet)
            } else {
                c.priority = weights.priority(rule: rule, tier: nil, hasReader: false, daysLate: late, daysSinceContact: nil)
            }
            candidates[j] = c
        }
    }

    private func facts(_ id: Int64) throws -> (ValueTier?, Int?) {
        if let f = readerCache[id] { return f }
        let tier: ValueTier?
        if let d = daily {
            tier = d.current[id]?.tier
        } else {
            tier = try String.fetchOne(tierOf, arguments: [id]).flatMap(ValueTier.init)
        }
        let last = try lastContacts.map { $0[id] } ?? Int64.fetchOne(lastContact, arguments: [id])
        let days = last.map { at in
            let day = cal.dayString(at)  // `daysSince`, by its day
            if let d = quietByDay[day] { return d }
            let d = cal.days(from: day, to: today)
            quietByDay[day] = d
            return d
        }
        // With every last contact at hand a reader costs two look-ups: no need to keep them.
        if lastContacts == nil { readerCache[id] = (tier, days) }
        return (tier, days)
    }
}

extension AppDatabase {
    /// The open-actions cap per reader: a reader's `matrix.open_per_reader` highest-priority open
    /// actions show; the others are held (`held = 1`) until one of those closes. Run after every
    /// refresh and every change of an action's status, for one reader or all.
    /// With `readersIn` (a SELECT of reader ids), the readers it names in one pass.
    static func holdBeyondCap(_ db: Database, readerId: Int64? = nil, readersIn: String? = nil) throws {
        let cap = Int(try number(db, "matrix.open_per_reader"))
        guard let readerId else {
            // The whole table (or the readers named) in one statement: one pass, ranked by a window over the open actions.
            try db.execute(
                sql: """
                    UPDATE action SET held = ranked.n > ?1
                    FROM (SELECT id, row_number() OVER (PARTITION BY reader_id ORDER BY priority DESC, due, id) AS n
                          FROM action WHERE status = 'open' AND \(readersIn.map { "reader_id IN (\($0))" } ?? "reader_id IS NOT NULL")) AS ranked
                    WHERE action.id = ranked.id AND action.held IS NOT (ranked.n > ?1)
                    """, arguments: [cap])
            return
        }
        // One reader: its few open actions through the reader index (an UPDATE … FROM here would
        // make SQLite pass over the whole action table for every reader).
        let open = try db.cachedStatement(
            sql:
                "SELECT id, held FROM action INDEXED BY action_reader WHERE reader_id = ? AND status = 'open' ORDER BY priority DESC, due, id"
        )
        let set = try db.cachedStatement(sql: "UPDATE action SET held = ? WHERE id = ?")
        for (n, row) in try Row.fetchAll(open, arguments: [readerId]).enumerated() {
            let held = n >= cap
            if (row[1] as Bool) != held { try set.execute(arguments: [held, row[0] as Int64]) }
        }
    }
}
