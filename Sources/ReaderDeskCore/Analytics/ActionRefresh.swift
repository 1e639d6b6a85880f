import Foundation
import GRDB

/// What a rule proposes; `key` names the reason instance (see the `action` table).
struct ActionCandidate {
    var cell: Int
    var rule: String
    var readerId: Int64?
    var serviceId: Int64?
    var key: String
    var reason: Phrase
    var step: Phrase
    var due: String
    var ownerId: Int64?
    /// How strong a recommendation is (confidence, then lift): the per-reader cap keeps the strongest.
    var strength: Double = 0
    /// A service action's readers: how many, and the audience they are found by (`ServiceAudience`).
    var audience: ServiceAudience? = nil
    var readers: Int? = nil
    /// Worked out for every candidate after the rules ran (`RefreshPlan.prioritise`).
    var priority: Double = 0
}

/// What every rule needs: the database, "now", the thresholds, the owners, and (in the daily
/// group) the day's scan and tiers.
struct RuleContext {
    let db: Database
    let now: Int64
    let cal: LibraryCalendar
    let owners: OwnerFinder
    let app: AppDatabase
    var daily: DailyData? = nil
    /// Up to this many readers a rule looks their facts up one by one; beyond, it reads them in one pass.
    var lookupsUpTo = 5_000
    let memo = Memo()
    /// Values every candidate of a refresh shares, worked out once.
    final class Memo: @unchecked Sendable {
        var due: String?
        /// Service audiences' counts by months ("from-to"), then service (`ServiceAudience.count(_:)`).
        var used: [String: [Int64: Int]] = [:]
    }
    var today: String { cal.dayString(now) }
    func number(_ key: String) throws -> Double { try AppDatabase.number(db, key) }
    func int(_ key: String) throws -> Int { Int(try number(key)) }
    /// The due day of an action without a date of its own.
    func defaultDue() throws -> String {
        if let due = memo.due { return due }
        let due = cal.day(now, plus: try int("matrix.due.days"))
        memo.due = due
        return due
    }

    /// A reader's owner, from the day's reader facts when the daily group has them.
    func owner(ofReader id: Int64) throws -> Int64? {
        if let f = daily?.readers, id >= 0, id < Int64(f.owner.count) { return f.owner[Int(id)] }
        return try owners.forReader(id)
    }

    /// Current tiers among `tiers`, by reader id: this refresh's when it ranked them, else reader_value's.
    func currentTiers(_ tiers: Set<ValueTier>) throws -> [(Int64, ValueTier)] {
        if let d = daily {
            var out: [(Int64, ValueTier)] = []
            d.current.forEach { id, t in if tiers.contains(t.tier) { out.append((id, t.tier)) } }
            return out
        }
        return try Row.fetchAll(
            db, sql: "SELECT reader_id, tier FROM reader_value WHERE tier IN (\(tiers.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
        )
        .compactMap { r in ValueTier(rawValue: r[1]).map { (r[0] as Int64, $0) } }.sorted { $0.0 < $1.0 }
    }

    /// A completed quarter's tiers by reader id: this refresh's when it ranked them, else
    /// reader_quarter's (flat columns: two quarters of a million readers are read each day).
    func quarterTiers(_ label: String) throws -> TierTable {
        var tiers = TierTable(maxId: try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader") ?? 0)
        if let rows = daily?.computedQuarters[label] {
            for (id, tier) in rows where tiers[id] == nil { tiers[id] = TierRow(tier: tier, score: 0) }
            return tiers
        }
        try db.eachRawRow("SELECT reader_id, tier FROM reader_quarter WHERE quarter = '\(label.replacingOccurrences(of: "'", with: "''"))'")
        { r in
            tiers[r.int(0)] = TierRow(tier: ValueTier(rawValue: r.string(1)!) ?? .inactive, score: 0)
        }
        return tiers
    }
}

/// The rules' namespace: each rule's function and its `MatrixRule` value live in Rules*.swift.
enum MatrixRules {}

extension AppDatabase {
    /// Invalidation. The actions table is the matrix's cache; `matrix` only counts and lists it.
    /// - Logging a contact completes the reader's actions of its cell at once (ContactHooks).
    /// - Daily rules (pairs, trends, tier moves, and the current tiers they and tier care use) are
    ///   keyed by the local day and the analytics settings: the first look of a day recomputes them.
    ///   Completed quarters' tiers are kept while their fingerprint holds (`dailyData`).
    /// - Live rules are keyed by the day, the settings and a fingerprint of the tables they read
    ///   (highest rowid of usage, contacts and life events, tickets' and readers' last change,
    ///   services, staff areas): a write re-runs, at the next look, the live rules that read it.
    /// The rules run in a read transaction (a snapshot); only applying their results takes the
    /// write lock, briefly, and is skipped if another terminal refreshed since the snapshot.
    public func refreshActionsIfStale(now: Int64) throws {
        let today = calendar.dayString(now)
        let stale = try read { db in
            let stored = try Self.analyticsState(db)
            return try stored["daily"] != Self.dailyKey(db, today) || stored["live"] != Self.liveKey(db, today)
        }
        if stale { try refreshActions(now: now, force: false) }
    }

    /// Re-evaluates the rules (all of them with `force`, else only the stale ones), then applies the results.
    /// Completed quarters are ranked again only when their inputs changed (`dailyData`).
    public func refreshActions(now: Int64, force: Bool = true) throws {
        let clock = RefreshTiming()
        // The day's lifecycle step (active → lapsed) goes with the day's refresh, whoever makes it,
        // and before its snapshot: the readers it changes are then in the fingerprint the refresh
        // stores, so the next look does not run the live rules again (minutes at a million readers).
        let today = calendar.dayString(now)
        if try force || read({ db in try Self.analyticsState(db)["daily"] != Self.dailyKey(db, today) }) {
            let t0 = Date()
            try lapseIdleReadersIfDue(now: now)
            clock.note("lapse step", since: t0)
        }
        let plan = try read { db in try refreshPlan(db, now: now, force: force, clock: clock) }
        try write { db in try applyPlan(db, plan) }
        clock.note("write lock held", since: clock.mark)
    }

    /// Everything a refresh will write, evaluated in one consistent snapshot.
    func refreshPlan(_ db: Database, now: Int64, force: Bool, clock: RefreshTiming) throws -> RefreshPlan {
        let today = calendar.dayString(now)
        let stored = try Self.analyticsState(db)
        var plan = RefreshPlan(stamp: stored["stamp"], now: now, today: today)
        plan.clock = clock
        let dailyKey = try Self.dailyKey(db, today)
        var ctx = RuleContext(db: db, now: now, cal: calendar, owners: try OwnerFinder(db), app: self)
        let runDaily = force || stored["daily"] != dailyKey
        if runDaily {
            let t0 = Date()
            // A completed quarter whose fingerprint holds keeps its stored tiers even when forced:
            // ranking its unchanged inputs again gives the same tiers (DailyScanTests), and four
            // quarters at a million readers cost more than every rule together.
            let d = try dailyData(db, now: now, owners: ctx.owners, fresh: false, clock: clock)
            clock.note("scan, current tiers, \(d.computedQuarters.count) of \(d.quarterLabels.count) quarters ranked", since: t0)
            ctx.daily = d
            plan.daily = d
            ctx.memo.used = d.usedCounts
            releaseFreedMemory()
            for rule in MatrixRules.daily { try plan.evaluate(rule, ctx, clock) }
            d.scan = nil  // the live rules do not read it
            plan.keys["daily"] = dailyKey
            plan.keys["daily_at"] = String(now)  // `actionsComputedAt`
        }
        let parts = try Self.liveParts(db)
        for rule in MatrixRules.live {
            let key = dailyKey + "|" + rule.reads.map { parts[$0] ?? "" }.joined(separator: "/")
            guard runDaily || stored["live:\(rule.name)"] != key else { continue }
            try plan.evaluate(rule, ctx, clock)
            plan.keys["live:\(rule.name)"] = key
        }
        plan.keys["live"] = try Self.liveKey(db, today)
        plan.rulesDone()
        if let d = plan.daily {
            // What the rules read is not needed to write: let it go before the write's page cache grows.
            d.readers = nil
            releaseFreedMemory()
            // The stored tiers, to write only those that changed: flat columns by reader id, read
            // through the C API (a million rows without a Row each).
            plan.oldValues = TierTable(maxId: try Int64.fetchOne(db, sql: "SELECT max(reader_id) FROM reader_value") ?? 0)
            try db.eachRawRow("SELECT reader_id, tier, score FROM reader_value") { r in
                plan.oldValues[r.int(0)] = TierRow(tier: ValueTier(rawValue: r.string(1)!) ?? .inactive, score: r.double(2))
            }
        }
        clock.mark = Date()
        return plan
    }

    static func dailyKey(_ db: Database, _ today: String) throws -> String {
        let settings =
            try String.fetchOne(
                db,
                sql: """
                    SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM setting
                    WHERE key GLOB 'score.*' OR key GLOB 'pyramid.*' OR key GLOB 'matrix.*' ORDER BY key)
                    """) ?? ""
        let staff =
            try Row.fetchOne(
                db, sql: "SELECT (SELECT count(*) FROM staff_area), (SELECT max(id) FROM staff), (SELECT sum(active) FROM staff)"
            )
            .map { r in (0..<r.count).map { String(describing: (r[$0] as Int64?) ?? -1) }.joined(separator: "/") } ?? ""
        return "\(today)|\(staff)|\(settings)"
    }

    /// The live fingerprint by table. Separate columns: one NULL (an empty table) must not blank the key.
    static func liveParts(_ db: Database) throws -> [String: String] {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT (SELECT max(rowid) FROM usage), (SELECT max(rowid) FROM contact), (SELECT max(updated_at) FROM ticket),
                       (SELECT count(*) FROM ticket), (SELECT max(rowid) FROM life_event), (SELECT count(*) FROM life_event),
                       (SELECT max(updated_at) FROM reader), (SELECT count(*) FROM reader), (SELECT max(rowid) FROM service),
                       (SELECT max(rowid) FROM counter_figure), (SELECT count(*) FROM counter_figure)
                """)!
        let v = (0..<row.count).map { String(describing: (row[$0] as Int64?) ?? -1) }
        return [
            "usage": v[0], "contact": v[1], "ticket": "\(v[2])/\(v[3])", "life": "\(v[4])/\(v[5])", "reader": "\(v[6])/\(v[7])",
            "service": v[8], "counter": "\(v[9])/\(v[10])",
        ]
    }

    static func liveKey(_ db: Database, _ today: String) throws -> String {
        let p = try liveParts(db)
        return "\(try dailyKey(db, today))|"
            + ["usage", "contact", "ticket", "life", "reader", "service", "counter"].map { p[$0]! }.joined(separator: "/")
    }

    /// The last four completed quarters, oldest first.
    public func lastQuarters(now: Int64, count: Int = 4) -> [Period] {
        var qs = [calendar.previous(calendar.quarter(containing: now))]
        while qs.count < count { qs.insert(calendar.previous(qs[0]), at: 0) }
        return qs
    }
}

/// Hands memory freed by the refresh's big columns back to the system: glibc keeps freed heap
/// pages resident otherwise, and the next step's peak would stand on top of the last one's.
func releaseFreedMemory() {
    #if os(Linux) && canImport(Glibc)
        _ = glibcMallocTrim(0)
    #endif
}

#if os(Linux) && canImport(Glibc)
    // glibc's malloc_trim(3); <malloc.h> is not in the Glibc module.
    @_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Per-step timings on stderr with READERDESK_TIMING, for measuring at scale.
final class RefreshTiming: @unchecked Sendable {
    let on = ProcessInfo.processInfo.environment["READERDESK_TIMING"] != nil
    var mark = Date()
    func note(_ what: String, since t0: Date) {
        if on { FileHandle.standardError.write(Data(String(format: "%@: %.0f ms\n", what, Date().timeIntervalSince(t0) * 1000).utf8)) }
    }
}
