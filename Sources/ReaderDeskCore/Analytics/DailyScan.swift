import Foundation
import GRDB
import GRDBSQLite

/// One pass over the monthly roll-up feeds every daily rule: the current-tier window (12 months to
/// now), the pair rule's service sets, the readers' two activity windows, service trends and a
/// fingerprint of each completed quarter. A roll-up row lies wholly inside a window, wholly outside
/// it, or straddles an edge; only straddling rows need the detail, and only for the shorter side of
/// the edge's month (an index range of usage_at): the other side is the row's total minus it.
struct DailyScan {
    struct Plan {
        var tiers: (start: Int64, end: Int64)
        var pairs: ClosedRange<Int>  // months
        var trendBase: Int, trendLast: Int  // months: three base months, then the last
        var windows: (start: Int64, mid: Int64, end: Int64)?  // nil: edges share a month, use the detail
        var quarters: [(label: String, months: ClosedRange<Int>)]
        var firstMonth: Int, lastMonth: Int
        /// Months whose readers of each service the service-level rules count (`ServiceAudience.usedCounts`).
        var used: [ClosedRange<Int>] = []
    }
    struct Part { var q: Int64 = 0, on: Int64 = 0, late: Int64 = 0 }
    struct Straddle { var reader: Int, si: Int, total: Part, last: Int64 }
    enum Edge: Int, CaseIterable { case tiersStart, windowStart, windowMid, windowEnd }

    let plan: Plan
    let maxId: Int
    let serviceIds: [Int64]
    let points: [Int64]  // service value points, by dense index
    let words: Int
    var tQty: [Int64], tValue: [Int64], tLast: [Int64], tBits: [UInt64]
    var pBits: [UInt64]
    var windows: [MatrixRules.Windows]
    var trendRecent: [Int], trendBase: [Int]
    var quarterCount: [Int], quarterHash: [UInt64], quarterActive: [[Bool]]
    /// Per `plan.used` range, a bit set of readers per service (service-major, `readerWords` words each).
    private(set) var usedBits: [[UInt64]]
    let readerWords: Int
    private var svcIndex: [Int] = []  // service id → dense index, -1 for none
    private var straddles: [[Straddle]] = Array(repeating: [], count: Edge.allCases.count)
    private var endStraddles: [(reader: Int, si: Int, month: Int)] = []

    init(_ db: Database, _ cal: LibraryCalendar, plan: Plan, maxId: Int) throws {
        self.plan = plan
        self.maxId = maxId
        let services = try Row.fetchAll(db, sql: "SELECT id, points FROM service ORDER BY id")
        serviceIds = services.map { $0[0] }
        points = services.map { $0[1] }
        words = max(1, (services.count + 63) / 64)
        let n = maxId + 1
        tQty = Array(repeating: 0, count: n); tValue = tQty; tLast = Array(repeating: .min, count: n)
        tBits = Array(repeating: 0, count: n * words); pBits = tBits
        windows = Array(repeating: MatrixRules.Windows(), count: plan.windows == nil ? 0 : n)
        trendRecent = Array(repeating: 0, count: services.count); trendBase = trendRecent
        quarterCount = Array(repeating: 0, count: plan.quarters.count)
        quarterHash = Array(repeating: 0, count: plan.quarters.count)
        quarterActive = Array(repeating: Array(repeating: false, count: n), count: plan.quarters.count)
        let readerWords = maxId / 64 + 1
        self.readerWords = readerWords
        usedBits = Array(repeating: [UInt64](repeating: 0, count: readerWords * services.count), count: plan.used.count)
        svcIndex = Array(repeating: -1, count: Int(serviceIds.last ?? 0) + 1)
        for (i, id) in serviceIds.enumerated() where id >= 0 { svcIndex[Int(id)] = i }
        try pass(db)
        try resolve(db, cal)
    }

    private mutating func pass(_ db: Database) throws {
        let (ts, te) = plan.tiers
        try DailyScan.each(
            db,
            """
            SELECT month, reader_id, service_id, quantity, onsite, late, first_at, last_at FROM usage_month WHERE month BETWEEN ? AND ?
            """, [Int64(plan.firstMonth), Int64(plan.lastMonth)]
        ) { c in
            let m = Int(c(0)), r64 = c(1), s = c(2)
            guard r64 >= 0, r64 <= Int64(maxId), s >= 0, s < svcIndex.count, svcIndex[Int(s)] >= 0 else { return }
            let r = Int(r64), si = svcIndex[Int(s)]
            let total = Part(q: c(3), on: c(4), late: c(5))
            let first = c(6), last = c(7)
            for (k, q) in plan.quarters.enumerated() where q.months.contains(m) {
                quarterCount[k] += 1
                quarterHash[k] &+=
                    DailyScan.mix(UInt64(r) &* 1_000_003 &+ UInt64(s))
                    ^ DailyScan.mix(UInt64(bitPattern: total.q) &+ UInt64(bitPattern: last) &* 31)
                quarterActive[k][r] = true
            }
            if plan.pairs.contains(m) { pBits[r * words + si >> 6] |= 1 << UInt64(si & 63) }
            for k in plan.used.indices where plan.used[k].contains(m) {
                usedBits[k][si * readerWords + r >> 6] |= 1 << UInt64(r & 63)
            }
            if m == plan.trendLast {
                trendRecent[si] += Int(total.q)
            } else if m >= plan.trendBase && m < plan.trendLast {
                trendBase[si] += Int(total.q)
            }
            if last >= ts && first < te {
                if first >= ts && last < te {
                    addTier(r, si, total.q, last)
                } else if first < ts {
                    straddles[Edge.tiersStart.rawValue].append(Straddle(reader: r, si: si, total: total, last: last))
                } else {
                    endStraddles.append((r, si, m))
                }
            }
            guard let w = plan.windows, last >= w.start, first < w.end else { return }
            let edge: Edge? =
                first < w.start ? .windowStart : (first < w.mid && last >= w.mid) ? .windowMid : last >= w.end ? .windowEnd : nil
            if let edge {
                straddles[edge.rawValue].append(Straddle(reader: r, si: si, total: total, last: last))
            } else {
                addWindow(r, total, recent: first >= w.mid)
            }
        }
    }

    /// The current tiers are ranked and the quarters fingerprinted: their columns (most of the
    /// scan's memory at a million readers) can go before the rules run.
    mutating func releaseTierColumns() { tQty = []; tValue = []; tLast = []; tBits = []; quarterActive = []; usedBits = [] }

    /// Every service's readers in `plan.used[k]`, erased readers left out: what
    /// `ServiceAudience.usedCounts` counts for those months, from this pass instead of another.
    func usedCounts(_ k: Int, forgotten: [Bool]) -> [Int64: Int] {
        var erased = [UInt64](repeating: 0, count: readerWords)
        for (r, f) in forgotten.enumerated() where f && r <= maxId { erased[r >> 6] |= 1 << UInt64(r & 63) }
        var out: [Int64: Int] = [:]
        for (si, id) in serviceIds.enumerated() {
            var n = 0
            for w in 0..<readerWords { n += (usedBits[k][si * readerWords + w] & ~erased[w]).nonzeroBitCount }
            out[id] = n
        }
        return out
    }

    /// Steps a statement through the C API: a million rows of integers without a Row per row.
    static func each(_ db: Database, _ sql: String, _ args: [Int64], _ body: ((Int32) -> Int64) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let h = statement.sqliteStatement
        defer { sqlite3_reset(h) }
        for (i, a) in args.enumerated() { sqlite3_bind_int64(h, Int32(i + 1), a) }
        let column = { (i: Int32) in sqlite3_column_int64(h, i) }
        while true {
            let rc = sqlite3_step(h)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try body(column)
        }
    }

    @inline(__always) private mutating func addTier(_ r: Int, _ si: Int, _ q: Int64, _ last: Int64) {
        guard q > 0 else { return }
        tQty[r] += q; tValue[r] += q * points[si]
        if last > tLast[r] { tLast[r] = last }
        tBits[r * words + si >> 6] |= 1 << UInt64(si & 63)
    }

    @inline(__always) private mutating func addWindow(_ r: Int, _ p: Part, recent: Bool) {
        if recent {
            windows[r].recent += Int(p.q); windows[r].onsiteRecent += Int(p.on); windows[r].lateRecent += Int(p.late)
        } else {
            windows[r].before += Int(p.q); windows[r].onsiteBefore += Int(p.on); windows[r].lateBefore += Int(p.late)
        }
    }

    /// The straddling rows: the shorter side of each edge's month from the detail.
    private mutating func resolve(_ db: Database, _ cal: LibraryCalendar) throws {
        let n = Int64(serviceIds.count)
        for edge in Edge.allCases where !straddles[edge.rawValue].isEmpty {
            let x: Int64 =
                switch edge {
                case .tiersStart: plan.tiers.start
                case .windowStart: plan.windows!.start
                case .windowMid: plan.windows!.mid
                case .windowEnd: plan.windows!.end
                }
            let list = straddles[edge.rawValue]
            var index: [Int64: Int] = [:]
            index.reserveCapacity(list.count)
            for (i, s) in list.enumerated() { index[Int64(s.reader) * n + Int64(s.si)] = i }
            let m = cal.monthKey(x), ms = cal.startOfMonth(m), me = cal.startOfMonth(cal.nextMonth(m))
            let scanAfter = me - x <= x - ms
            var parts = Array(repeating: Part(), count: list.count)
            try DailyScan.each(
                db, "SELECT reader_id, service_id, quantity, location, at FROM usage INDEXED BY usage_at WHERE at >= ? AND at < ?",
                scanAfter ? [x, me] : [ms, x]
            ) { c in
                let s = c(1)
                guard s >= 0, s < svcIndex.count, svcIndex[Int(s)] >= 0, let i = index[c(0) * n + Int64(svcIndex[Int(s)])] else { return }
                let q = c(2)
                parts[i].q += q
                if c(3) == 0 { parts[i].on += q }
                if cal.isLateNight(c(4)) { parts[i].late += q }
            }
            for (i, s) in list.enumerated() {
                let t = s.total, p = parts[i]
                let after = scanAfter ? p : Part(q: t.q - p.q, on: t.on - p.on, late: t.late - p.late)
                let before = Part(q: t.q - after.q, on: t.on - after.on, late: t.late - after.late)
                switch edge {
                case .tiersStart: addTier(s.reader, s.si, after.q, s.last)
                case .windowStart: addWindow(s.reader, after, recent: false)
                case .windowMid: addWindow(s.reader, before, recent: false); addWindow(s.reader, after, recent: true)
                case .windowEnd: addWindow(s.reader, before, recent: true)
                }
            }
        }
        // Rows with events after "now" (rare): their use before it, and its last time, from the detail.
        let (ts, te) = plan.tiers
        let one = try db.makeStatement(
            sql: """
                SELECT coalesce(sum(quantity), 0), max(at) FROM usage INDEXED BY usage_reader
                WHERE reader_id = ? AND at >= ? AND at < ? AND service_id = ?
                """)
        for s in endStraddles {
            let row = try Row.fetchOne(one, arguments: [s.reader, max(ts, cal.startOfMonth(s.month)), te, serviceIds[s.si]])!
            if let last: Int64 = row[1] { addTier(s.reader, s.si, row[0], last) }
        }
    }

    /// Distinct services (dense indexes) in a reader's bit set.
    func services(_ bits: [UInt64], _ r: Int) -> [Int] {
        var out: [Int] = []
        for w in 0..<words {
            var b = bits[r * words + w]
            while b != 0 { out.append(w * 64 + b.trailingZeroBitCount); b &= b - 1 }
        }
        return out
    }

    /// A stable 64-bit mix (splitmix64): fingerprints must agree between processes.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
