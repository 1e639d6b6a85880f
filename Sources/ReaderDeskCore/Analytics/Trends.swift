import GRDB

/// Monthly use of one service, oldest month first, ready for a sparkline.
public struct ServiceSeries: Sendable, Equatable, Codable {
    public var service: String
    public var name: String
    /// Sum of quantities per month.
    public var uses: [Int]
    /// Distinct readers per month.
    public var readers: [Int]
    /// COUNTER figures per month (nil when no report names this service).
    public var counter: [Int]?
    /// Which COUNTER metric `counter` holds (Total_Item_Requests when the reports have it).
    public var counterMetric: String?
}

/// Monthly series of all services, and of one reader, over the months ending with the current one.
public struct TrendSeries: Sendable, Equatable {
    public var months: [Int]
    public var services: [ServiceSeries]
}

extension AppDatabase {
    /// The `count` months up to and including the month of `now`, oldest first.
    public func monthKeys(endingAt now: Int64, count: Int) -> [Int] {
        var keys = [calendar.monthKey(now)]
        while keys.count < max(1, count) { keys.insert(calendar.previousMonth(keys[0]), at: 0) }
        return keys
    }

    /// Use per service per month from the roll-up.
    public func serviceTrends(now: Int64, months count: Int = 12) throws -> TrendSeries {
        let months = monthKeys(endingAt: now, count: count)
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        return try read { db in
            var series: [Int64: ServiceSeries] = [:]
            for s in try Service.order(Column("code")).fetchAll(db) {
                series[s.id!] = ServiceSeries(
                    service: s.code, name: s.name, uses: Array(repeating: 0, count: months.count),
                    readers: Array(repeating: 0, count: months.count), counter: nil)
            }
            for r in try Row.fetchAll(
                db,
                sql: """
                    SELECT service_id, month, sum(quantity), count(*) FROM usage_month WHERE month BETWEEN ? AND ? GROUP BY service_id, month
                    """, arguments: [months.first!, months.last!])
            {
                guard let i = index[r[1]], var s = series[r[0]] else { continue }
                s.uses[i] = r[2]; s.readers[i] = r[3]
                series[r[0]] = s
            }
            for (id, metric, counts) in try Self.counterFigures(db, months: months) {
                series[id]?.counter = counts
                series[id]?.counterMetric = metric
            }
            return TrendSeries(months: months, services: series.values.sorted { $0.service < $1.service })
        }
    }

    /// The metrics a trend prefers, most telling first: requests are what a reader got.
    static let counterMetrics = ["Total_Item_Requests", "Unique_Item_Requests", "Total_Item_Investigations", "Searches_Regular"]

    /// Per service, the preferred COUNTER metric's monthly counts over `months`. Where two reports
    /// count the same month (a DR and a TR of one platform), the larger figure stands, not the sum.
    static func counterFigures(_ db: Database, months: [Int]) throws -> [(Int64, String, [Int])] {
        guard let first = months.first, let last = months.last else { return [] }
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        var byService: [Int64: [String: [Int]]] = [:]
        for r in try Row.fetchAll(
            db,
            sql: """
                SELECT service_id, metric, month, max(total) FROM (
                    SELECT service_id, report, metric, month, sum(count) AS total FROM counter_figure
                    WHERE service_id IS NOT NULL AND month BETWEEN ? AND ? GROUP BY service_id, report, metric, month)
                GROUP BY service_id, metric, month
                """, arguments: [first, last])
        {
            guard let i = index[r[2]] else { continue }
            let id: Int64 = r[0], metric: String = r[1]
            byService[id, default: [:]][metric, default: Array(repeating: 0, count: months.count)][i] = r[3]
        }
        return byService.compactMap { id, metrics in
            let metric = counterMetrics.first { metrics[$0] != nil } ?? metrics.keys.sorted().first!
            return (id, metric, metrics[metric]!)
        }
    }

    /// One reader's total use per month.
    public func readerTrend(card: String, now: Int64, months count: Int = 12) throws -> (months: [Int], uses: [Int]) {
        let months = monthKeys(endingAt: now, count: count)
        return try read { db in
            let id = try Self.reader(db, card: card).id!
            let byMonth = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT month, sum(quantity) FROM usage_month WHERE reader_id = ? AND month BETWEEN ? AND ? GROUP BY month
                        """, arguments: [id, months.first!, months.last!]
                ).map { ($0[0] as Int, $0[1] as Int) })
            return (months, months.map { byMonth[$0] ?? 0 })
        }
    }
}
