import Foundation
import GRDB

/// An open or snoozed action as the snapshot saw it.
struct ExistingAction {
    var id: Int64, status: String, reason: String, step: String, ownerId: Int64?, snoozeUntil: String?  // reason, step: stored phrases
    var priority: Double, readers: Int?, due: String, readerId: Int64?
}

/// The results of a refresh, computed in a snapshot, to be applied in one short write.
struct RefreshPlan {
    var stamp: String?
    let now: Int64, today: String
    var keys: [String: String] = [:]
    var rules: [(name: String, candidates: [ActionCandidate], existing: [String: ExistingAction])] = []
    var daily: DailyData?
    var oldValues: [Int64: TierRow] = [:]
    var clock: RefreshTiming?

    init(stamp: String?, now: Int64, today: String) { self.stamp = stamp; self.now = now; self.today = today }

    mutating func evaluate(_ rule: MatrixRule, _ ctx: RuleContext, _ clock: RefreshTiming) throws {
        let t0 = Date()
        let candidates = try rule.run(ctx)
        var existing: [String: ExistingAction] = [:]
        let rows = try Row.fetchCursor(
            ctx.db,
            sql: """
                SELECT id, dedup, status, reason, step, owner_id, snooze_until, priority, readers, due, reader_id
                FROM action WHERE rule = ? AND status IN ('open', 'snoozed')
                """, arguments: [rule.name])
        while let r = try rows.next() {
            existing[r[1]] = ExistingAction(
                id: r[0], status: r[2], reason: r[3], step: r[4], ownerId: r[5], snoozeUntil: r[6],
                priority: r[7], readers: r[8], due: r[9], readerId: r[10])
        }
        rules.append((rule.name, candidates, existing))
        clock.note("rule \(rule.name): \(candidates.count)", since: t0)
    }
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
        let t0 = Date()
        if let d = plan.daily { try storeTiers(db, d, old: plan.oldValues) }
        plan.clock?.note("  tiers stored", since: t0)
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
        let expireDays = Int(try Self.number(db, "matrix.follow_up.expire_days"))
        let expiredBefore = calendar.day(plan.now, plus: -expireDays)
        let wake = try db.cachedStatement(
            sql: """
                UPDATE action SET status = 'open', snooze_until = NULL, updated_at = ? WHERE id = ? AND status = 'snoozed' AND snooze_until <= ?
                """)
        let drop = try db.cachedStatement(
            sql: """
                DELETE FROM action WHERE id = ? AND (status = 'open' OR (status = 'snoozed' AND snooze_until <= ?))
                """)
        // The readers whose actions this refresh changes: only their caps need working out again.
        var touched = Set<Int64>()
        for (rule, candidates, existing) in plan.rules {
            var found = Set<String>()
            for c in candidates {
                found.insert(c.key)
                if let e = existing[c.key] {
                    if e.status == "snoozed", let until = e.snoozeUntil, until <= plan.today {
                        try wake.execute(arguments: [plan.now, e.id, plan.today])
                        if let r = e.readerId { touched.insert(r) }
                    }
                    if e.reason == c.reason.stored && e.step == c.step.stored && e.ownerId == c.ownerId && e.priority == c.priority
                        && e.readers == c.readers
                    {
                        continue
                    }
                }
                written += 1
                if let r = c.readerId { touched.insert(r) }
                try upsert.execute(arguments: [
                    c.cell, rule, c.readerId, c.serviceId, c.key, c.reason.stored, c.step.stored, c.due,
                    c.ownerId, stamp, plan.now, plan.now, c.priority, c.readers, c.audience?.json,
                ])
            }
            for (key, e) in existing where !found.contains(key) {
                if let r = e.readerId { touched.insert(r) }
                if rule == "follow-up" && e.due < expiredBefore {
                    try expire.execute(arguments: ["expired: \(expireDays) days past due", plan.now, e.id])
                    try Self.audit(db, .system(now: plan.now), "action.expire", detail: "#\(e.id) follow-up due \(e.due)")
                    continue
                }
                if e.status == "open" || (e.snoozeUntil.map { $0 <= plan.today } ?? false) {
                    try drop.execute(arguments: [e.id, plan.today])
                }
            }
        }
        // The whole table when the cap itself changed (or was never applied), else the touched readers.
        let cap = try Self.setting(db, "matrix.open_per_reader")
        if try state("held-cap") != cap || touched.count > 5_000 {
            try Self.holdBeyondCap(db)
            try setState(db, "held-cap", cap)
        } else {
            for r in touched { try Self.holdBeyondCap(db, readerId: r) }
        }
        plan.clock?.note("  \(written) actions written, caps applied", since: t0)
        for (k, v) in plan.keys { try setState(db, k, v) }
        try setState(db, "stamp", String(stamp))
    }

    func setState(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO analytics_state(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// Current tiers where they changed; quarters that were ranked again, with their fingerprints.
    func storeTiers(_ db: Database, _ d: DailyData, old: [Int64: TierRow]) throws {
        let put = try db.cachedStatement(sql: "INSERT OR REPLACE INTO reader_value(reader_id, tier, score) VALUES (?, ?, ?)")
        // Most scores move a little every day; an update in place leaves the tier index alone.
        let score = try db.cachedStatement(sql: "UPDATE reader_value SET score = ? WHERE reader_id = ?")
        // In reader order, so the key and tier index grow at their ends instead of at random pages.
        for (id, t) in d.current.sorted(by: { $0.key < $1.key }) where old[id] != t {
            if old[id]?.tier == t.tier {
                try score.execute(arguments: [t.score, id])
            } else {
                try put.execute(arguments: [id, t.tier.rawValue, t.score])
            }
        }
        let gone = try db.cachedStatement(sql: "DELETE FROM reader_value WHERE reader_id = ?")
        for id in old.keys where d.current[id] == nil { try gone.execute(arguments: [id]) }
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
                if old != nil { try dropOne.execute(arguments: [id, label]) }
                try insert.execute(arguments: [id, label, tier.rawValue])
            }
            for id in stored.keys { try dropOne.execute(arguments: [id, label]) }
            if let p = d.prints[label] {
                try setState(db, "quarter:\(label)", p)
            } else {
                try db.execute(sql: "DELETE FROM analytics_state WHERE key = ?", arguments: ["quarter:\(label)"])
            }
        }
    }
}
