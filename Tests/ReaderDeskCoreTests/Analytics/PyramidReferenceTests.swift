import Foundation
import GRDB
import XCTest
@testable import ReaderDeskCore

/// The pyramid must give exactly the tiers of plain SQL with percent_rank() over the detail.
final class PyramidReferenceTests: XCTestCase {
    func testMatchesPercentRankReferenceOnRandomData() throws {
        for seed in [1, 2, 3, 7, 42] as [UInt64] {
            let f = try AnalyticsFixture()
            var rng = SeededRandom(seed: seed)
            let classes: [ServiceClass] = [.premium, .standard, .basic]
            for i in 0..<6 { try f.service("S\(i)", classes[i % 3], points: Int.random(in: 0...4, using: &rng)) }
            let readers = Int.random(in: 30...120, using: &rng)
            for i in 0..<readers {
                try f.reader(String(format: "%d", 1000 + i * 7 % 997), ReaderType.allCases.randomElement(using: &rng)!)
            }
            let cards = try f.db.read { try String.fetchAll($0, sql: "SELECT card FROM reader") }
            let start = try f.at("2026-06-01T00:00:00"), span: Int64 = 150 * 86_400
            // Few distinct instants and quantities, so every component has ties.
            let instants = (0..<12).map { _ in start + Int64.random(in: 0..<span, using: &rng) }
            for _ in 0..<(readers * 4) {
                let card = cards.randomElement(using: &rng)!
                try f.useEpoch(card, "S\(Int.random(in: 0..<6, using: &rng))", instants.randomElement(using: &rng)!,
                               quantity: Int.random(in: 1...3, using: &rng))
            }
            for period in [try f.cal.period("2026-Q3"), try f.cal.period("2026"), try f.cal.period("2026-08"),
                           try f.cal.period(from: "2026-06-17", to: "2026-09-03"), try f.cal.period(from: "2026-07-01", to: "2026-07-01")] {
                let mine = try f.db.pyramid(period).readers.map { "\($0.card):\($0.tier.rawValue):\($0.score)" }
                let reference = try Self.reference(f.db, period).map { "\($0.0):\($0.1):\($0.2)" }
                XCTAssertEqual(mine, reference, "seed \(seed), period \(period.label)")
            }
        }
    }

    /// docs/CONTRACTS.md §1–2 written directly in SQL over the usage detail.
    static func reference(_ db: AppDatabase, _ p: Period) throws -> [(String, String, Double)] {
        try db.read { d in
            try Row.fetchAll(d, sql: """
                WITH c AS (
                    SELECT u.reader_id, r.card, max(u.at) AS R, sum(u.quantity) AS F, sum(u.quantity * s.points) AS M,
                        (SELECT sum(CASE s2.class WHEN 'premium' THEN 3 WHEN 'standard' THEN 2 ELSE 1 END) FROM service s2
                         WHERE s2.id IN (SELECT service_id FROM usage u2 WHERE u2.reader_id = u.reader_id AND u2.at >= ?1 AND u2.at < ?2)) AS S,
                        CASE r.type WHEN 'faculty' THEN 5 WHEN 'researcher' THEN 5 WHEN 'postgraduate' THEN 4 WHEN 'staff' THEN 3
                                    WHEN 'undergraduate' THEN 2 ELSE 1 END AS T
                    FROM usage u JOIN service s ON s.id = u.service_id JOIN reader r ON r.id = u.reader_id
                    WHERE u.at >= ?1 AND u.at < ?2 GROUP BY u.reader_id),
                n AS (SELECT count(*) AS n FROM c),
                p AS (SELECT card,
                        CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY R) END AS pr_r,
                        CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY F) END AS pr_f,
                        CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY M) END AS pr_m,
                        CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY S) END AS pr_s,
                        CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY T) END AS pr_t FROM c, n),
                sc AS (SELECT card, (10 * pr_r + 10 * pr_f + 35 * pr_m + 25 * pr_s + 20 * pr_t) / 100 AS score FROM p),
                k AS (SELECT card, score, row_number() OVER (ORDER BY score DESC, card ASC) AS k FROM sc)
                SELECT card, score, CASE WHEN k <= (1 * n + 99) / 100 THEN 'vip' WHEN k <= (5 * n + 99) / 100 THEN 'key'
                                         WHEN k <= (20 * n + 99) / 100 THEN 'mid' ELSE 'basic' END AS tier
                FROM k, n ORDER BY k
                """, arguments: [p.start, p.end]).map { ($0["card"], $0["tier"], $0["score"]) }
        }
    }
}
