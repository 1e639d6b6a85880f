import Foundation
import GRDB

/// A reader's current tier and score, as reader_value keeps them.
struct TierRow: Equatable { var tier: ValueTier; var score: Double }

/// What the daily group computes before its rules run, and what the write step stores.
final class DailyData {
    var scan: DailyScan?
    var readers: ReaderFacts?
    /// Current tiers (the 12 months to now) by reader id.
    var current = TierTable(maxId: 0)
    /// Quarters ranked in this refresh (their fingerprint changed), and every last-four quarter's fingerprint.
    var computedQuarters: [String: [(Int64, ValueTier)]] = [:]
    var prints: [String: String] = [:]
    var quarterLabels: [String] = []
    /// Service audiences' counts by months ("from-to") counted in the scan (`RuleContext.Memo.used`).
    var usedCounts: [String: [Int64: Int]] = [:]
}

/// Per-reader facts by id (dense, like the ids): card, type points, erased or not, owner.
struct ReaderFacts: Sendable {
    /// Cards in one buffer by id (empty where no reader has the id).
    var cards = PackedStrings()
    var typePoints: [Int64], forgotten: [Bool], owner: [Int64?]

    init(_ db: Database, maxId: Int, _ s: ScoreSettings, _ owners: OwnerFinder) throws {
        let n = maxId + 1
        typePoints = Array(repeating: 0, count: n)
        forgotten = Array(repeating: false, count: n); owner = Array(repeating: nil, count: n)
        struct Area: Hashable { var dept: String?, subject: String? }
        var byArea: [Area: Int64?] = [:]  // departments repeat: look each up once
        // Read through the C API, the type's points worked out in SQL (as `valueColumns` does):
        // a million readers without a Row and a String a field each.
        let undergraduate = s.typePoints[.undergraduate] ?? 0
        let typePoints = ReaderType.allCases.map { "WHEN '\($0.rawValue)' THEN \(s.typePoints[$0] ?? 0)" }.joined(separator: " ")
        try db.eachRawRow(
            """
            SELECT id, card, CASE type \(typePoints) ELSE \(undergraduate) END, forgotten, librarian_id, dept, subject
            FROM reader ORDER BY id
            """
        ) { row in
            let id = row.int(0)
            guard id >= 0, id <= Int64(maxId) else { return }
            let i = Int(id)
            while cards.count < i { cards.append("") }
            cards.append(row.text(1))
            self.typePoints[i] = row.int(2)
            forgotten[i] = row.int(3) != 0
            if !row.isNull(4) { owner[i] = row.int(4); return }
            let area = Area(dept: row.string(5), subject: row.string(6))
            if let o = byArea[area] { owner[i] = o; return }
            let o = owners.forReader(librarianId: nil, dept: area.dept, subject: area.subject)
            byArea[area] = o
            owner[i] = o
        }
        while cards.count < n { cards.append("") }
    }

    /// FNV-1a of a card: stable across processes, unlike Hasher.
    func cardHash(_ i: Int) -> UInt64 {
        cards.withBytes(i) { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
    }
}

extension AppDatabase {
    /// The daily inputs: one scan of the roll-up, the current tiers, and the last four quarters'
    /// tiers, which are ranked again only when their fingerprint changed (or with `fresh`).
    func dailyData(_ db: Database, now: Int64, owners: OwnerFinder, fresh: Bool, clock: RefreshTiming = RefreshTiming()) throws -> DailyData
    {
        let d = DailyData()
        var t0 = Date()
        let settings = try ScoreSettings.load(db)
        let quarters = lastQuarters(now: now)
        d.quarterLabels = quarters.map(\.label)
        let maxId = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader") ?? 0)
        if try monthsMatchZone(db), maxId < 20_000_000 {
            // The readers' facts on the second core while this connection passes over the roll-up.
            let sideFacts = SideRead(self) { db in try ReaderFacts(db, maxId: maxId, settings, try OwnerFinder(db)) }
            let scan = try DailyScan(db, calendar, plan: try scanPlan(db, now: now, quarters: quarters), maxId: maxId)
            clock.note("  roll-up pass and edge days", since: t0); t0 = Date()
            let facts = try sideFacts?.value(matching: db) ?? ReaderFacts(db, maxId: maxId, settings, owners)
            clock.note("  reader facts", since: t0); t0 = Date()
            d.scan = scan; d.readers = facts
            let services = try Row.fetchAll(db, sql: "SELECT id, points, class FROM service ORDER BY id")
            let classPoints = services.map { Int64(settings.classPoints[ServiceClass(rawValue: $0[2]) ?? .basic] ?? 0) }
            // The ranking's columns straight from the scan, and tiers straight into the table:
            // no struct, card String or ranked row a reader.
            var columns = ValueColumns()
            for r in 0...maxId where scan.tQty[r] > 0 {
                columns.readerId.append(Int64(r))
                columns.recency.append(scan.tLast[r]); columns.frequency.append(scan.tQty[r]); columns.value.append(scan.tValue[r])
                var breadth: Int64 = 0
                for w in 0..<scan.words {
                    var b = scan.tBits[r * scan.words + w]
                    while b != 0 { breadth += classPoints[w * 64 + b.trailingZeroBitCount]; b &= b - 1 }
                }
                columns.breadth.append(breadth); columns.type.append(facts.typePoints[r])
                facts.cards.withBytes(r) { columns.cards.append($0) }
            }
            d.current = TierTable(maxId: Int64(maxId))
            let scores = PyramidRanking.scores(columns, settings)
            let cuts = PyramidRanking.cutoffs(columns.count, settings)
            for (k0, i) in PyramidRanking.order(scores, columns.cards).enumerated() {
                d.current[columns.readerId[Int(i)]] = TierRow(tier: PyramidRanking.tier(k0 + 1, cuts), score: scores[Int(i)])
            }
            clock.note("  current tiers ranked", since: t0); t0 = Date()
            // A quarter's tiers change only with its roll-up rows, its active readers' cards and types,
            // the services' points and classes, or the score settings.
            var base: UInt64 = 0
            for (i, s) in services.enumerated() {
                base &+= DailyScan.mix(
                    UInt64(bitPattern: s[0]) &* 131 &+ UInt64(bitPattern: s[1]) &* 7 &+ UInt64(bitPattern: classPoints[i]))
            }
            let scoreSettings =
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM setting
                        WHERE key GLOB 'score.*' OR key GLOB 'pyramid.*' ORDER BY key)
                        """) ?? ""
            for (k, q) in quarters.enumerated() {
                var h = scan.quarterHash[k]
                for r in 0...maxId where scan.quarterActive[k][r] {
                    h &+= DailyScan.mix(facts.cardHash(r) ^ (UInt64(r) &* 7 &+ UInt64(bitPattern: facts.typePoints[r])))
                }
                d.prints[q.label] = "\(scan.quarterCount[k]):\(h):\(base)|\(scoreSettings)"
            }
            for (k, months) in scan.plan.used.enumerated() {
                d.usedCounts["\(months.lowerBound)-\(months.upperBound)"] = scan.usedCounts(k, forgotten: facts.forgotten)
            }
            d.scan?.releaseTierColumns()
        } else {
            d.current = TierTable(maxId: Int64(maxId))
            for x in try pyramid(db, calendar.lastTwelveMonths(before: now)).readers {
                d.current[x.readerId] = TierRow(tier: x.tier, score: x.score)
            }
        }
        clock.note("  quarter fingerprints", since: t0)
        let stored = fresh ? [:] : try Self.analyticsState(db)
        for q in quarters where d.prints[q.label] == nil || stored["quarter:\(q.label)"] != d.prints[q.label] {
            d.computedQuarters[q.label] = try periodTiers(db, q)
        }
        return d
    }

    /// A period's tiers, best first, ranked as `pyramid` ranks them but with no names and no
    /// ranked row a reader (a first refresh ranks four quarters of a million readers).
    func periodTiers(_ db: Database, _ period: Period) throws -> [(Int64, ValueTier)] {
        let settings = try ScoreSettings.load(db)
        let c = try valueColumns(db, period, settings, names: false)
        let scores = PyramidRanking.scores(c, settings)
        let cuts = PyramidRanking.cutoffs(c.count, settings)
        return PyramidRanking.order(scores, c.cards).enumerated().map { k0, i in (c.readerId[Int(i)], PyramidRanking.tier(k0 + 1, cuts)) }
    }

    /// The months and instants each daily rule reads, as the rules themselves define them.
    func scanPlan(_ db: Database, now: Int64, quarters: [Period]) throws -> DailyScan.Plan {
        let cal = calendar
        let tiers = cal.lastTwelveMonths(before: now)
        let thisMonth = cal.monthKey(now)
        var pairFirst = thisMonth
        for _ in 1..<max(1, try AppDatabase.number(db, "matrix.recommend.months").asInt) { pairFirst = cal.previousMonth(pairFirst) }
        let trendLast = cal.previousMonth(thisMonth)
        let trendBase = cal.previousMonth(cal.previousMonth(cal.previousMonth(trendLast)))
        let days = try AppDatabase.number(db, "matrix.activity.days").asInt
        let end = cal.startOfLocalDay(now), mid = cal.shiftDays(end, days: -days), start = cal.shiftDays(end, days: -2 * days)
        let edgeMonths = Set([start, mid, end].map { cal.monthKey($0) })
        let windows = edgeMonths.count == 3 && days > 0 ? (start, mid, end) : nil
        let qs = quarters.map { q in (label: q.label, months: cal.monthKey(q.start)...cal.monthKey(q.end - 1)) }
        var first = [cal.monthKey(tiers.start), pairFirst, trendBase] + qs.map(\.months.lowerBound)
        if let windows { first.append(cal.monthKey(windows.0)) }
        return DailyScan.Plan(
            tiers: (tiers.start, tiers.end), pairs: pairFirst...thisMonth, trendBase: trendBase, trendLast: trendLast,
            windows: windows, quarters: qs, firstMonth: first.min()!, lastMonth: thisMonth,
            // service-trend's months, and upkeep's (MatrixRules.serviceTrends, .upkeep)
            used: [trendBase...trendLast, cal.previousMonth(cal.previousMonth(thisMonth))...thisMonth])
    }

    static func analyticsState(_ db: Database) throws -> [String: String] {
        try Dictionary(
            Row.fetchAll(db, sql: "SELECT key, value FROM analytics_state").map { ($0[0] as String, $0[1] as String) },
            uniquingKeysWith: { a, _ in a })
    }
}

private extension Double { var asInt: Int { Int(self) } }
