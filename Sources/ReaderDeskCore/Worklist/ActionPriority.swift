import GRDB

extension RefreshPlan {
    /// Gives every candidate its owner (never none: see `OwnerFinder`) and its priority, in the
    /// refresh's read snapshot, so that the write lock is held only to store them.
    /// Up to `lookupsUpTo` candidates each reader's last contact is looked up; beyond, read in one pass.
    mutating func prioritise(_ db: Database, _ cal: LibraryCalendar, owners: OwnerFinder, lookupsUpTo: Int = 5_000) throws {
        let weights = try PriorityWeights.load(db)
        let tierOf = try db.makeStatement(sql: "SELECT tier FROM reader_value WHERE reader_id = ?")
        let lastContact = try db.makeStatement(sql: "SELECT max(at) FROM contact WHERE reader_id = ? AND outreach_id IS NULL")
        var readerCache: [Int64: (ValueTier?, Int?)] = [:]
        // The day's refresh concerns a large share of the readers: their last contacts in one
        // pass then, not a look-up each.
        var lastContacts: [Int64: Int64]?
        if rules.reduce(0, { $0 + $1.candidates.count }) > lookupsUpTo {
            var all: [Int64: Int64] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT reader_id, max(at) FROM contact WHERE outreach_id IS NULL GROUP BY reader_id")
            while let r = try rows.next() { all[r[0]] = r[1] }
            lastContacts = all
        }
        func facts(_ id: Int64) throws -> (ValueTier?, Int?) {
            if let f = readerCache[id] { return f }
            let tier: ValueTier?
            if let d = daily {
                tier = d.current[id]?.tier
            } else {
                tier = try String.fetchOne(tierOf, arguments: [id]).flatMap(ValueTier.init)
            }
            let last = try lastContacts.map { $0[id] } ?? Int64.fetchOne(lastContact, arguments: [id])
            let days = last.map { cal.daysSince($0, now: now) }
            readerCache[id] = (tier, days)
            return (tier, days)
        }
        // Days late by due day: a refresh's candidates share a few due days, and each calendar sum costs.
        var lateness: [String: Int] = [:]
        for i in rules.indices {
            for j in rules[i].candidates.indices {
                var c = rules[i].candidates[j]
                if c.ownerId == nil { c.ownerId = owners.fallback(serviceId: c.serviceId) }
                let late = lateness[c.due] ?? cal.days(from: c.due, to: today)
                lateness[c.due] = late
                if let r = c.readerId {
                    let (tier, quiet) = try facts(r)
                    c.priority = weights.priority(rule: rules[i].name, tier: tier, hasReader: true, daysLate: late, daysSinceContact: quiet)
                } else {
                    c.priority = weights.priority(rule: rules[i].name, tier: nil, hasReader: false, daysLate: late, daysSinceContact: nil)
                }
                rules[i].candidates[j] = c
            }
        }
    }
}

extension AppDatabase {
    /// The open-actions cap per reader: a reader's `matrix.open_per_reader` highest-priority open
    /// actions show; the others are held (`held = 1`) until one of those closes. Run after every
    /// refresh and every change of an action's status, for one reader or all.
    static func holdBeyondCap(_ db: Database, readerId: Int64? = nil) throws {
        let cap = Int(try number(db, "matrix.open_per_reader"))
        guard let readerId else {
            // The whole table in one statement: one pass, ranked by a window over the open actions.
            try db.execute(
                sql: """
                    UPDATE action SET held = ranked.n > ?1
                    FROM (SELECT id, row_number() OVER (PARTITION BY reader_id ORDER BY priority DESC, due, id) AS n
                          FROM action WHERE status = 'open' AND reader_id IS NOT NULL) AS ranked
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
