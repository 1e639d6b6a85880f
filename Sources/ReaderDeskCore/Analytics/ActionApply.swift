import Foundation
import GRDB

/// An open or snoozed action as the snapshot saw it.
struct ExistingAction {
    var id: Int64, status: String, reason: String, step: String, ownerId: Int64?, snoozeUntil: String?  // reason, step: stored phrases
    var priority: Double, readers: Int?, due: String, readerId: Int64?
}

/// One write a refresh decided in its snapshot: a rule's candidates are compared with its stored
/// actions as the rule runs, and only what changed is kept for the write.
enum ActionChange {
    /// A snoozed action whose day came, its reason still holding, opens again.
    case wake(id: Int64)
    /// A new reason, or a stored one whose wording, owner, priority or readers changed.
    case put(ActionRow)
    /// A follow-up too long past due is dismissed, saying why.
    case expire(id: Int64, due: String)
    /// An open action whose reason went away, or a snoozed one whose day came.
    case drop(id: Int64)
}

/// A candidate as the action table stores it (its phrases as stored text), and no more: the
/// changes of a refresh wait in memory until the write.
struct ActionRow {
    var cell: Int, readerId: Int64?, serviceId: Int64?, key: String, reason: String, step: String, due: String
    var ownerId: Int64?, priority: Double, readers: Int?, audience: String?
}

/// The results of a refresh, computed in a snapshot, to be applied in one short write.
struct RefreshPlan {
    var stamp: String?
    let now: Int64, today: String
    var keys: [String: String] = [:]
    var rules: [(name: String, changes: [ActionChange])] = []
    /// Readers whose actions change: only their caps need working out again.
    var touched = Set<Int64>()
    /// Beyond this many touched readers their caps are worked out in one pass, not one by one.
    var onePassAbove = 5_000
    /// From this many new actions into a table that holds few, its indexes are built after the writes.
    var bulkActionsFrom = 50_000
    var daily: DailyData?
    var oldValues = TierTable(maxId: 0)
    var clock: RefreshTiming?
    private var priorities: Prioritiser?
    private var expiry: (days: Int, before: String)?

    init(stamp: String?, now: Int64, today: String) { self.stamp = stamp; self.now = now; self.today = today }

    /// Runs a rule, prioritises its candidates and keeps what differs from its stored actions.
    mutating func evaluate(_ rule: MatrixRule, _ ctx: RuleContext, _ clock: RefreshTiming) throws {
        let t0 = Date()
        var candidates = try rule.run(ctx)
        if priorities == nil { priorities = try Prioritiser(ctx.db, ctx.cal, owners: ctx.owners, daily: daily, now: now) }
        try priorities!.prioritise(rule.name, &candidates)
        var existing: [String: ExistingAction] = [:]
        try ctx.db.eachRawRow(
            """
            SELECT id, dedup, status, reason, step, owner_id, snooze_until, priority, readers, due, reader_id
            FROM action WHERE rule = '\(rule.name.replacingOccurrences(of: "'", with: "''"))' AND status IN ('open', 'snoozed')
            """
        ) { r in
            existing[r.string(1)!] = ExistingAction(
                id: r.int(0), status: r.string(2)!, reason: r.string(3)!, step: r.string(4)!,
                ownerId: r.isNull(5) ? nil : r.int(5), snoozeUntil: r.string(6), priority: r.double(7),
                readers: r.isNull(8) ? nil : Int(r.int(8)), due: r.string(9)!, readerId: r.isNull(10) ? nil : r.int(10))
        }
        var changes: [ActionChange] = []
        var found = Set<String>()
        for c in candidates {
            found.insert(c.key)
            let (reason, step) = (c.reason.stored, c.step.stored)
            if let e = existing[c.key] {
                if e.status == "snoozed", let until = e.snoozeUntil, until <= today {
                    changes.append(.wake(id: e.id))
                    touch(e.readerId)
                }
                if e.reason == reason && e.step == step && e.ownerId == c.ownerId && e.priority == c.priority && e.readers == c.readers {
                    continue
                }
            }
            touch(c.readerId)
            changes.append(
                .put(
                    ActionRow(
                        cell: c.cell, readerId: c.readerId, serviceId: c.serviceId, key: c.key, reason: reason, step: step, due: c.due,
                        ownerId: c.ownerId, priority: c.priority, readers: c.readers, audience: c.audience?.json)))
        }
        candidates = []
        for (key, e) in existing where !found.contains(key) {
            touch(e.readerId)
            if rule.name == "follow-up" {
                if expiry == nil {
                    let days = Int(try AppDatabase.number(ctx.db, "matrix.follow_up.expire_days"))
                    expiry = (days, ctx.cal.day(now, plus: -days))
                }
                if e.due < expiry!.before {
                    changes.append(.expire(id: e.id, due: e.due))
                    continue
                }
            }
            if e.status == "open" || (e.snoozeUntil.map { $0 <= today } ?? false) { changes.append(.drop(id: e.id)) }
        }
        rules.append((rule.name, changes))
        clock.note("rule \(rule.name): \(found.count) found, \(changes.count) changes", since: t0)
    }

    /// The rules have run: their look-ups go.
    mutating func rulesDone() { priorities = nil }

    private mutating func touch(_ reader: Int64?) {
        if let reader { touched.insert(reader) }
    }

    /// How many days a follow-up may be past due before it expires (read once, when the follow-up rule ran).
    var expireDays: Int? { expiry?.days }
}

extension AppDatabase {
    /// Writes what changed: new reasons open, open ones keep their first due day, snoozed ones wake
    /// on their day if the reason still holds, open ones whose reason went away are dropped. Each
    /// statement re-checks the status, so a contact logged since the snapshot is respected.
    func applyPlan(_ db: Database, _ plan: RefreshPlan) throws {
        func state(_ k: String) throws -> String? {
            try String.fetchOne(db, sql: "SELECT value FROM analytics_state WHERE key = ?", arguments: [k])
        }
        // Another terminal applied a refresh after our snapshot: its results are as fresh as ours.
        guard try state("stamp") == plan.stamp else { return }
        let stamp = (Int64(plan.stamp ?? "0") ?? 0) + 1
        // The first refresh writes a million tiers and hundreds of thousands of actions into indexes
        // far larger than SQLite's default 2 MB cache: with it, every insert spilled and re-read pages
        // (minutes of I/O). A larger cache while this transaction runs keeps the indexes' hot pages;
        // it only grows as pages are used, and goes back afterwards.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -65536")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        var t0 = Date()
        if let d = plan.daily { try storeTiers(db, d, old: plan.oldValues) }
        plan.clock?.note("  tiers stored", since: t0)
        t0 = Date()
        var written = 0
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO action(cell, rule, reader_id, service_id, dedup, reason, step, due, owner_id, seen, created_at, updated_at,
                                   priority, readers, audience)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(dedup) DO UPDATE SET seen = excluded.seen, reason = excluded.reason, step = excluded.step,
                    owner_id = excluded.owner_id, priority = excluded.priority, readers = excluded.readers, audience = excluded.audience
                WHERE status IN ('open', 'snoozed')
                """)
        // A follow-up too long past due expires; the action keeps why, and the audit log says when.
        let expire = try db.cachedStatement(
            sql: """
                UPDATE action SET status = 'dismissed', dismiss_reason = ?, updated_at = ? WHERE id = ? AND status IN ('open', 'snoozed')
                """)
        let wake = try db.cachedStatement(
            sql: """
                UPDATE action SET status = 'open', snooze_until = NULL, updated_at = ? WHERE id = ? AND status = 'snoozed' AND snooze_until <= ?
                """)
        let drop = try db.cachedStatement(
            sql: """
                DELETE FROM action WHERE id = ? AND (status = 'open' OR (status = 'snoozed' AND snooze_until <= ?))
                """)
        func id(_ v: Int64?) -> BulkValue { v.map(BulkValue.integer) ?? .null }
        // The very first refresh of a big library writes every action at once: its secondary
        // indexes are built afterwards by sorting, as a first import's are (nine indexes took a
        // random insert each for 283,000 actions: 12 s of a million readers' first refresh). The
        // unique `dedup` index stays: the upsert needs it.
        let puts = plan.rules.reduce(0) { sum, rule in
            sum + rule.changes.count { if case .put = $0 { true } else { false } }
        }
        let rebuild = try Importer.dropIndexesForBulk(
            db, incoming: puts, counted: "action", tables: ["action"], whenExistingAtMost: 0.25, from: plan.bulkActionsFrom)
        for (rule, changes) in plan.rules {
            for change in changes {
                switch change {
                case .wake(let id):
                    try wake.execute(arguments: [plan.now, id, plan.today])
                case .put(let c):
                    written += 1
                    try upsert.executeValues([
                        .integer(Int64(c.cell)), .text(rule), id(c.readerId), id(c.serviceId), .text(c.key), .text(c.reason), .text(c.step),
                        .text(c.due), id(c.ownerId), .integer(stamp), .integer(plan.now), .integer(plan.now), .real(c.priority),
                        id(c.readers.map(Int64.init)), BulkValue(c.audience),
                    ])
                case .expire(let id, let due):
                    let days = plan.expireDays ?? 0
                    try expire.execute(arguments: ["expired: \(days) days past due", plan.now, id])
                    try Self.audit(db, .system(now: plan.now), "action.expire", detail: "#\(id) follow-up due \(due)")
                case .drop(let id):
                    try drop.execute(arguments: [id, plan.today])
                }
            }
        }
        if !rebuild.isEmpty {
            // The sorter behind CREATE INDEX is faster with a small cache and a helper thread.
            try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA threads = 2")
            for sql in rebuild { try db.execute(sql: sql) }
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        plan.clock?.note("  \(written) actions written", since: t0)
        t0 = Date()
        // The whole table when the cap itself changed (or was never applied), else the touched
        // readers: one by one when they are few, in one pass over theirs when they are many.
        let cap = try Self.setting(db, "matrix.open_per_reader")
        if try state("held-cap") != cap {
            try Self.holdBeyondCap(db)
            try setState(db, "held-cap", cap)
        } else if plan.touched.count > plan.onePassAbove {
            try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS refresh_touched(reader_id INTEGER PRIMARY KEY)")
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.refresh_touched") }
            let add = try db.cachedStatement(sql: "INSERT INTO temp.refresh_touched(reader_id) VALUES (?)")
            for r in plan.touched.sorted() { try add.executeValues([.integer(r)]) }
            try Self.holdBeyondCap(db, readersIn: "SELECT reader_id FROM temp.refresh_touched")
        } else {
            for r in plan.touched { try Self.holdBeyondCap(db, readerId: r) }
        }
        plan.clock?.note("  caps applied", since: t0)
        for (k, v) in plan.keys { try setState(db, k, v) }
        try setState(db, "stamp", String(stamp))
    }

    func setState(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO analytics_state(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// Current tiers where they changed; quarters that were ranked again, with their fingerprints.
    func storeTiers(_ db: Database, _ d: DailyData, old: TierTable) throws {
        let put = try db.cachedStatement(sql: "INSERT OR REPLACE INTO reader_value(reader_id, tier, score) VALUES (?, ?, ?)")
        // Most scores move a little every day; an update in place leaves the tier index alone.
        let score = try db.cachedStatement(sql: "UPDATE reader_value SET score = ? WHERE reader_id = ?")
        // In reader order, so the key and tier index grow at their ends instead of at random pages;
        // bound through the C API (GRDB's boxing cost more than the update at a million readers).
        try d.current.forEach { id, t in
            let was = old[id]
            guard was != t else { return }
            if was?.tier == t.tier {
                try score.executeValues([.real(t.score), .integer(id)])
            } else {
                try put.executeValues([.integer(id), .text(t.tier.rawValue), .real(t.score)])
            }
        }
        let gone = try db.cachedStatement(sql: "DELETE FROM reader_value WHERE reader_id = ?")
        try old.forEach { id, _ in if d.current[id] == nil { try gone.executeValues([.integer(id)]) } }
        guard !d.computedQuarters.isEmpty else { return }
        let labels = d.quarterLabels.map { "'\($0)'" }.joined(separator: ",")
        try db.execute(sql: "DELETE FROM reader_quarter WHERE quarter NOT IN (\(labels))")
        try db.execute(sql: "DELETE FROM analytics_state WHERE key GLOB 'quarter:*' AND substr(key, 9) NOT IN (\(labels))")
        let insert = try db.cachedStatement(sql: "INSERT INTO reader_quarter(reader_id, quarter, tier) VALUES (?, ?, ?)")
        let dropOne = try db.cachedStatement(sql: "DELETE FROM reader_quarter WHERE reader_id = ? AND quarter = ?")
        for (label, rows) in d.computedQuarters {
            // Ranked again usually means "the same": write only the readers whose tier differs.
            var stored = Dictionary(
                try Row.fetchAll(db, sql: "SELECT reader_id, tier FROM reader_quarter WHERE quarter = ?", arguments: [label])
                    .map { ($0[0] as Int64, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
            for (id, tier) in rows.sorted(by: { $0.0 < $1.0 }) {  // key order, as above
                let old = stored.removeValue(forKey: id)
                if old == tier.rawValue { continue }
                // Bound through the C API: a first refresh writes millions of these.
                if old != nil { try dropOne.executeValues([.integer(id), .text(label)]) }
                try insert.executeValues([.integer(id), .text(label), .text(tier.rawValue)])
            }
            for id in stored.keys { try dropOne.executeValues([.integer(id), .text(label)]) }
            if let p = d.prints[label] {
                try setState(db, "quarter:\(label)", p)
            } else {
                try db.execute(sql: "DELETE FROM analytics_state WHERE key = ?", arguments: ["quarter:\(label)"])
            }
        }
    }
}
