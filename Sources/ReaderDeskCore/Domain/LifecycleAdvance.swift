import Foundation
import GRDB

/// The lifecycle stage follows use by itself (DESIGN: aware → acquired → active → … → lapsed):
/// - acquired → active once the reader has `lifecycle.active.uses` uses in all;
/// - lapsed → active when the reader uses the library again (use within `lifecycle.lapsed.days` of now);
/// - active → lapsed after `lifecycle.lapsed.days` days without use, checked once a day.
/// Stages set by hand (aware, after-service, upgraded) are left alone. The first two run where
/// use is written (`usage add`, imports) from the events in hand; the third where the day turns.
public enum LifecycleSettings {
    public static let all: [SettingDefinition] = [
        AnalyticsSettings.integer("lifecycle.active.uses", 3, "uses after which an acquired reader is active"),
        AnalyticsSettings.integer("lifecycle.lapsed.days", 180, "days without use after which an active reader is lapsed"),
    ]
}

extension AppDatabase {
    /// Advances the readers of `events` just written (in the caller's transaction). Only readers
    /// still acquired or lapsed are looked at, by primary key; their earlier uses are counted only
    /// when the new ones are too few, so a large import costs a few look-ups per chunk.
    static func advanceLifecycles(_ db: Database, _ events: [UsageInput], now: Int64) throws {
        guard !events.isEmpty else { return }
        var count: [Int64: Int] = [:], last: [Int64: Int64] = [:]
        for e in events {
            count[e.readerId, default: 0] += 1
            last[e.readerId] = max(last[e.readerId] ?? .min, e.at)
        }
        let uses = Int(try number(db, "lifecycle.active.uses"))
        let recent = now - Int64(try number(db, "lifecycle.lapsed.days")) * 86_400
        let ids = Array(count.keys)
        var active: [Int64] = []
        var total: Statement?
        for start in stride(from: 0, to: ids.count, by: 5000) {
            let part = ids[start..<min(ids.count, start + 5000)].map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT id, lifecycle FROM reader WHERE id IN (\(part)) AND lifecycle IN ('acquired', 'lapsed') AND forgotten = 0
                    """)
            {
                let id: Int64 = row[0], stage: String = row[1]
                if stage == Lifecycle.lapsed.rawValue {
                    if last[id]! >= recent { active.append(id) }
                } else if count[id]! >= uses {
                    active.append(id)
                } else {
                    if total == nil { total = try readerEventsStatement(db) }
                    // The roll-up already holds the new events.
                    if (try Int.fetchOne(total!, arguments: [id]) ?? 0) >= uses { active.append(id) }
                }
            }
        }
        for start in stride(from: 0, to: active.count, by: 5000) {
            let part = active[start..<min(active.count, start + 5000)].map(String.init).joined(separator: ",")
            try db.execute(sql: "UPDATE reader SET lifecycle = 'active', updated_at = ? WHERE id IN (\(part))", arguments: [now])
        }
    }

    /// A reader's events in the roll-up, by its primary key month by month: a large import drops
    /// `usage_month_reader` until its end, and a scan of the roll-up for each reader with few
    /// events in a chunk made the import quadratic. The months are found by seeking too.
    private static func readerEventsStatement(_ db: Database) throws -> Statement {
        var months: [Int] = []
        while let month = try Int.fetchOne(
            db, sql: "SELECT min(month) FROM usage_month WHERE month > ?", arguments: [months.last ?? Int.min])
        {
            months.append(month)
        }
        return try db.makeStatement(
            sql: """
                SELECT coalesce(sum(events), 0) FROM usage_month
                WHERE month IN (\(months.isEmpty ? "NULL" : months.map(String.init).joined(separator: ","))) AND reader_id = ?
                """)
    }

    /// Active readers without use for `lifecycle.lapsed.days` become lapsed: once a day (the day
    /// is remembered), from the app's background refresh and after imports.
    public func lapseIdleReadersIfDue(now: Int64) throws {
        let today = calendar.dayString(now)
        guard
            try read({ db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [Self.lapseCheckedKey]) })
                != today
        else { return }
        try write { db in try Self.lapseIdleReaders(db, now: now, today: today) }
    }

    /// Internal: the day lapses were last looked for (not a setting a person changes).
    static let lapseCheckedKey = "internal.lifecycle.lapse-checked"

    static func lapseIdleReaders(_ db: Database, now: Int64, today: String) throws {
        let cutoff = now - Int64(try number(db, "lifecycle.lapsed.days")) * 86_400
        // "Last use (else joining) before the cutoff", asked as "no use since": only a reader's roll-up
        // rows from the cutoff's month on are read, not every row of every active reader (at a
        // million readers that held the write lock for long). The month is taken two days early in
        // UTC, so it is never later than the month any time zone filed the cutoff in.
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let early = utc.dateComponents([.year, .month], from: Date(timeIntervalSince1970: TimeInterval(cutoff - 2 * 86_400)))
        try db.execute(
            sql: """
                UPDATE reader SET lifecycle = 'lapsed', updated_at = ?1
                WHERE lifecycle = 'active' AND forgotten = 0
                  AND NOT EXISTS (SELECT 1 FROM usage_month u INDEXED BY usage_month_reader
                                  WHERE u.reader_id = reader.id AND u.month >= ?3 AND u.last_at >= ?2)
                  AND (created_at < ?2 OR EXISTS (SELECT 1 FROM usage_month u INDEXED BY usage_month_reader WHERE u.reader_id = reader.id))
                """, arguments: [now, cutoff, early.year! * 100 + early.month!])
        try db.execute(
            sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [lapseCheckedKey, today])
    }
}
