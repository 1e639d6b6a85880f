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
                try f.useEpoch(
                    card, "S\(Int.random(in: 0..<6, using: &rng))", instants.randomElement(using: &rng)!,
                    quantity: Int.random(in: 1...3, using: &rng))
            }
            for period in [
                try f.cal.period("2026-Q3"), try f.cal.period("2026"), try f.cal.period("2026-08"),
                try f.cal.period(from: "2026-06-17", to: "2026-09-03"), try f.cal.period(from: "2026-07-01", to: "2026-07-01"),
            ] {
                let mine = try f.db.pyramid(period).readers.map { "\($0.card):\($0.tier.rawValue):\($0.score)" }
                let reference = try Self.reference(f.db, period).map { "\($0.0):\($0.1):\($0.2)" }
                XCTAssertEqual(mine, reference, "seed \(seed), period \(period.label)")
            }
        }
    }

    /// docs/CONTRACTS.md §1–2 written directly in SQL over the usage detail (`ReferencePyramid`).
    static func reference(_ db: AppDatabase, _ p: Period) throws -> [(String, String, Double)] {
        try db.read { d in
            try Row.fetchAll(d, sql: ReferencePyramid.readersSQL(start: p.start, end: p.end))
                .map { ($0["card"], $0["tier"], $0["score"]) }
        }
    }
}
