import GRDB

extension Schema {
    /// Monthly service-level figures from COUNTER reports (cell ⑤ trends). One row per report,
    /// platform, item, metric and month, so a re-imported report replaces, never doubles.
    static func counterFigures(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE counter_figure (
                    id INTEGER PRIMARY KEY,
                    report TEXT NOT NULL,                        -- the report key: Report_ID, e.g. DR_D1
                    service_id INTEGER REFERENCES service(id) ON DELETE SET NULL,
                    name TEXT NOT NULL,                          -- database, title, platform or item
                    platform TEXT NOT NULL,
                    metric TEXT NOT NULL,                        -- Metric_Type, e.g. Total_Item_Requests
                    month INTEGER NOT NULL,                      -- year*100+month
                    count INTEGER NOT NULL CHECK (count >= 0),
                    UNIQUE (report, platform, name, metric, month)
                );
                CREATE INDEX counter_figure_service ON counter_figure(service_id, month);
                """)
    }
}

/// One metric of one service over the months asked for.
public struct CounterSeries: Sendable, Equatable {
    public var metric: String
    /// Aligned with the months asked for; 0 where no report counted.
    public var counts: [Int]
}

extension AppDatabase {
    /// COUNTER figures of a service by metric, for trends. When several reports count the same
    /// month (a DR and a TR of one platform, say) the largest is taken, not their sum.
    public func counterSeries(service code: String, months: [Int]) throws -> [CounterSeries] {
        guard let first = months.min(), let last = months.max() else { return [] }
        return try read { db in
            let id = try Self.service(db, code: code).id!
            var best: [String: [Int: Int]] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT report, metric, month, sum(count) FROM counter_figure
                    WHERE service_id = ? AND month BETWEEN ? AND ? GROUP BY report, metric, month
                    """, arguments: [id, first, last])
            for row in rows {
                let metric: String = row[1], month: Int = row[2], count: Int = row[3]
                best[metric, default: [:]][month] = max(best[metric]?[month] ?? 0, count)
            }
            return best.keys.sorted().map { metric in
                CounterSeries(metric: metric, counts: months.map { best[metric]?[$0] ?? 0 })
            }
        }
    }
}
