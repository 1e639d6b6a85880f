import Foundation
import GRDB

/// What a rule proposes; `key` names the reason instance (see the `action` table).
struct ActionCandidate {
    var cell: Int
    var rule: String
    var readerId: Int64?
    var serviceId: Int64?
    var key: String
    var reason: String
    var step: String
    var due: String
    var ownerId: Int64?
}

/// What every rule needs: the database, "now", the thresholds, the owners.
struct RuleContext {
    let db: Database
    let now: Int64
    let cal: LibraryCalendar
    let owners: OwnerFinder
    let app: AppDatabase
    var today: String { cal.dayString(now) }
    func number(_ key: String) throws -> Double { try AppDatabase.number(db, key) }
    func int(_ key: String) throws -> Int { Int(try number(key)) }
    /// The due day of an action without a date of its own.
    func defaultDue() throws -> String { cal.day(now, plus: try int("matrix.due.days")) }
}

/// The rules, in two groups by what makes them stale (see `refreshActionsIfStale`).
enum MatrixRules {
    typealias Rule = (name: String, run: @Sendable (RuleContext) throws -> [ActionCandidate])
    /// Day-long statistics over months and quarters: evaluated once a day (and when settings change).
    static var daily: [Rule] { [
        ("pair", recommendPairs), ("service-trend", serviceTrends), ("reader-trend", readerTrends), ("tier-fell", tierFell),
    ] }
    /// Cheap, indexed look-ups that follow the day's writes: re-evaluated whenever the data changed.
    static var live: [Rule] { [
        ("first-use", firstUse), ("upkeep", upkeep), ("tier-care", tierCare), ("birthday", birthdays),
        ("complaint", complaints), ("new-service", newServices), ("life-stage", lifeStages),
    ] }
}

extension AppDatabase {
    /// Invalidation. The actions table is the matrix's cache; `matrix` only counts and lists it.
    /// - Logging a contact completes the reader's actions of its cell at once (ContactHooks).
    /// - Daily rules (pairs, trends, tier moves, and the current tiers they and tier care use) are
    ///   keyed by the local day and the analytics settings: the first look of a day recomputes them.
    /// - Live rules are keyed by the day, the settings and a fingerprint of the tables they read
    ///   (highest rowid of usage, contacts and life events, tickets' and readers' last change,
    ///   services, staff areas): any such write makes the next look re-run them; all are indexed.
    /// Both checks and the refresh run in one immediate transaction, so two terminals never refresh twice.
    public func refreshActionsIfStale(now: Int64) throws {
        let today = calendar.dayString(now)
        let (daily, live) = try read { db in (try Self.dailyKey(db, today), try Self.liveKey(db, today)) }
        let stored = try read { db in try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM analytics_state").map { ($0[0] as String, $0[1] as String) }) }
        if stored["daily"] == daily && stored["live"] == live { return }
        try refreshActions(now: now, force: false)
    }

    /// Re-evaluates the rules (all of them with `force`, else only the stale groups).
    public func refreshActions(now: Int64, force: Bool = true) throws {
        let today = calendar.dayString(now)
        try write { db in
            func state(_ k: String) throws -> String? { try String.fetchOne(db, sql: "SELECT value FROM analytics_state WHERE key = ?", arguments: [k]) }
            let dailyKey = try Self.dailyKey(db, today)
            let ctx = RuleContext(db: db, now: now, cal: calendar, owners: try OwnerFinder(db), app: self)
            let stamp = (Int64(try state("stamp") ?? "0") ?? 0) + 1
            if try force || state("daily") != dailyKey {
                let t0 = Date()
                try storeCurrentTiers(db, now: now)
                if ProcessInfo.processInfo.environment["READERDESK_TIMING"] != nil {
                    FileHandle.standardError.write(Data(String(format: "current and quarter tiers: %.0f ms\n", Date().timeIntervalSince(t0) * 1000).utf8))
                }
                try apply(ctx, MatrixRules.daily, stamp: stamp)
                try setState(db, "daily", dailyKey)
            }
            let liveKey = try Self.liveKey(db, today)
            if try force || state("live") != liveKey {
                try apply(ctx, MatrixRules.live, stamp: stamp)
                try setState(db, "live", try Self.liveKey(db, today))
            }
            try setState(db, "stamp", String(stamp))
        }
    }

    func setState(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO analytics_state(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    static func dailyKey(_ db: Database, _ today: String) throws -> String {
        let settings = try String.fetchOne(db, sql: """
            SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM setting
            WHERE key GLOB 'score.*' OR key GLOB 'pyramid.*' OR key GLOB 'matrix.*' ORDER BY key)
            """) ?? ""
        let staff = try Row.fetchOne(db, sql: "SELECT (SELECT count(*) FROM staff_area), (SELECT max(id) FROM staff), (SELECT sum(active) FROM staff)")
            .map { r in (0..<r.count).map { String(describing: (r[$0] as Int64?) ?? -1) }.joined(separator: "/") } ?? ""
        return "\(today)|\(staff)|\(settings)"
    }

    static func liveKey(_ db: Database, _ today: String) throws -> String {
        // Separate columns: one NULL (an empty table) must not blank the whole key.
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT max(rowid) FROM usage), (SELECT max(rowid) FROM contact), (SELECT max(updated_at) FROM ticket),
                   (SELECT count(*) FROM ticket), (SELECT max(rowid) FROM life_event), (SELECT count(*) FROM life_event),
                   (SELECT max(updated_at) FROM reader), (SELECT count(*) FROM reader), (SELECT max(rowid) FROM service)
            """)!
        let data = (0..<row.count).map { String(describing: (row[$0] as Int64?) ?? -1) }.joined(separator: "/")
        return "\(try dailyKey(db, today))|\(data)"
    }

    /// Writes the proposals of `rules`: new reasons open, open ones keep their first due day, snoozed
    /// ones wake on their day if the reason still holds, open ones whose reason went away are dropped.
    func apply(_ ctx: RuleContext, _ rules: [MatrixRules.Rule], stamp: Int64) throws {
        let db = ctx.db
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO action(cell, rule, reader_id, service_id, dedup, reason, step, due, owner_id, seen, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(dedup) DO UPDATE SET seen = excluded.seen, reason = excluded.reason, step = excluded.step,
                owner_id = excluded.owner_id WHERE status IN ('open', 'snoozed')
            """)
        let timing = ProcessInfo.processInfo.environment["READERDESK_TIMING"] != nil
        for rule in rules {
            let t0 = Date()
            let candidates = try rule.run(ctx)
            let t1 = Date()
            defer { if timing { FileHandle.standardError.write(Data(String(format: "rule %@: %d in %.0f ms + write %.0f ms\n", rule.name, candidates.count, t1.timeIntervalSince(t0) * 1000, Date().timeIntervalSince(t1) * 1000).utf8)) } }
            for c in candidates {
                try upsert.execute(arguments: [c.cell, rule.name, c.readerId, c.serviceId, c.key, c.reason, c.step, c.due,
                                               c.ownerId, stamp, ctx.now, ctx.now])
            }
            try db.execute(sql: """
                UPDATE action SET status = 'open', snooze_until = NULL, updated_at = ?
                WHERE rule = ? AND status = 'snoozed' AND snooze_until <= ? AND seen = ?
                """, arguments: [ctx.now, rule.name, ctx.today, stamp])
            try db.execute(sql: """
                DELETE FROM action WHERE rule = ? AND seen <> ? AND (status = 'open' OR (status = 'snoozed' AND snooze_until <= ?))
                """, arguments: [rule.name, stamp, ctx.today])
        }
    }

    /// Each active reader's tier over the 12 months before now (the "current tier" of the care rules).
    func storeCurrentTiers(_ db: Database, now: Int64) throws {
        let p = try pyramid(db, calendar.lastTwelveMonths(before: now))
        try db.execute(sql: "DELETE FROM reader_value")
        let insert = try db.cachedStatement(sql: "INSERT INTO reader_value(reader_id, tier, score) VALUES (?, ?, ?)")
        for r in p.readers { try insert.execute(arguments: [r.readerId, r.tier.rawValue, r.score]) }
        try db.execute(sql: "DELETE FROM reader_quarter")
        let quarter = try db.cachedStatement(sql: "INSERT INTO reader_quarter(reader_id, quarter, tier) VALUES (?, ?, ?)")
        for q in lastQuarters(now: now) {
            for r in try pyramid(db, q).readers { try quarter.execute(arguments: [r.readerId, q.label, r.tier.rawValue]) }
        }
    }

    /// The last four completed quarters, oldest first.
    public func lastQuarters(now: Int64, count: Int = 4) -> [Period] {
        var qs = [calendar.previous(calendar.quarter(containing: now))]
        while qs.count < count { qs.insert(calendar.previous(qs[0]), at: 0) }
        return qs
    }
}

/// Who owns an action: the reader's own librarian, else a subject librarian covering the reader's
/// department, else their subject; for a service, one covering any of its subjects; else nobody.
struct OwnerFinder {
    private var byArea: [String: Int64] = [:]
    private let readerInfo: Statement

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT staff_area.area, staff.id FROM staff_area JOIN staff ON staff.id = staff_area.staff_id
            WHERE staff.role != 'front-desk' AND staff.active ORDER BY staff.role = 'librarian' DESC, staff.id
            """) {
            let area = (row[0] as String).lowercased()
            if byArea[area] == nil { byArea[area] = row[1] }
        }
        readerInfo = try db.makeStatement(sql: "SELECT librarian_id, dept, subject FROM reader WHERE id = ?")
    }

    func forReader(librarianId: Int64?, dept: String?, subject: String?) -> Int64? {
        librarianId ?? dept.flatMap { byArea[$0.lowercased()] } ?? subject.flatMap { byArea[$0.lowercased()] }
    }

    func forReader(_ id: Int64) throws -> Int64? {
        guard let row = try Row.fetchOne(readerInfo, arguments: [id]) else { return nil }
        return forReader(librarianId: row[0], dept: row[1], subject: row[2])
    }

    func forSubjects(_ subjects: [String]) -> Int64? { subjects.lazy.compactMap { byArea[$0.lowercased()] }.first }
}
