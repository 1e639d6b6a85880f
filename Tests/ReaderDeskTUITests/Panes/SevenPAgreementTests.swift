import Foundation
import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// The app's 7P lines and the JSON of `reader show --json` (the core's `SevenP`) agree, figure by
/// figure, for readers of the demo library.
final class SevenPAgreementTests: XCTestCase {
    func testTheAppsLinesAndTheJSONAgree() throws {
        let (db, _) = DemoFixture.library
        let actor = DemoFixture.actor()
        try db.refreshActionsIfStale(now: actor.now)  // as `reader list` does first
        let readers = try db.readers(actor, limit: 300)
        let values = try db.readerValues(ids: readers.compactMap(\.id))
        XCTAssertTrue(values.values.contains { $0.tier == .vip }, "the sample has a VIP reader")
        var checked = 0
        for reader in readers.filter({ values[$0.id!] != nil }).prefix(25) + readers.filter({ values[$0.id!] == nil }).prefix(5) {
            let profile = try DemoFixture.data().profile(card: reader.card, audit: false)
            let seven = try db.sevenP(actor, card: reader.card)
            XCTAssertEqual(profile.sevenP, seven, reader.card)
            let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(seven)) as! [String: Any]
            let lines = SevenPLines.build(try XCTUnwrap(profile.sevenP), .en).map(\.text)
            func line(_ label: String) -> String { lines.first { $0.hasPrefix("  " + label) } ?? "" }

            let value = json["value"] as! [String: Any]
            let tier = value["tier"] as! String
            let score = (value["score"] as? Double).map { String(format: "%.4f", $0) } ?? ""
            XCTAssertTrue(
                line("Value").hasSuffix((tier + " " + score).trimmingCharacters(in: .whitespaces)), "\(reader.card): \(line("Value"))")
            XCTAssertEqual(values[reader.id!]?.tier ?? .inactive, ValueTier(rawValue: tier), "the list's tier is the 7P's")

            let performance = json["performance"] as! [String: Any]
            let services = performance["services"] as! [String: Int]
            let total = performance["total"] as! Int
            XCTAssertEqual(total, services.values.reduce(0, +))
            XCTAssertEqual(total, profile.use.reduce(0) { $0 + $1.monthly.reduce(0, +) }, "totals are the sum of the months shown")
            XCTAssertFalse(profile.use.contains { $0.total == 0 }, "services unused in the months shown are left out")
            XCTAssertTrue(line("Performance").contains("\(total) uses of \(services.count) services"), line("Performance"))
            for (code, n) in services {
                XCTAssertTrue(line("Performance").contains("\(code) \(n)"), "\(code) \(n) in \(line("Performance"))")
            }

            let p = json["prospecting"] as! [String: Any]
            XCTAssertTrue(
                line("Prospecting").contains("\(p["recent"]!) uses in the last \(p["days"]!) days, \(p["before"]!) before"),
                line("Prospecting"))
            let quarters = (json["persistency"] as! [[String: Any]]).map { "\($0["quarter"]!) \($0["tier"]!)" }
            XCTAssertEqual(line("Persistency"), "  Persistency   " + quarters.joined(separator: " → "))
            checked += 1
        }
        XCTAssertEqual(checked, 30)
    }

    /// Today's use counts in "the last 90 days" (it did not in the app before).
    func testProspectingCountsToday() throws {
        let (db, staff) = try AppFixture.library()
        let actor = Actor(staff: staff, now: AppFixture.now)
        let before = try db.sevenP(actor, card: "2026003").prospecting.recent
        try db.addUsage(Actor(staff: staff, now: AppFixture.now), card: "2026003", service: "LOAN", at: AppFixture.now - 60, quantity: 2)
        XCTAssertEqual(try db.sevenP(actor, card: "2026003").prospecting.recent, before + 2)
    }
}
