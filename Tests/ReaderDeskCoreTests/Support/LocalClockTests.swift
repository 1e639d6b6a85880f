import Foundation
import XCTest

@testable import ReaderDeskCore

final class LocalClockTests: XCTestCase {
    static let zones = [
        "Asia/Shanghai", "America/New_York", "Europe/London", "Europe/Berlin", "Australia/Sydney",
        "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "UTC",
    ]

    func check(_ zone: String, _ instants: [Int64], file: StaticString = #filePath, line: UInt = #line) {
        let tz = TimeZone(identifier: zone)!
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = tz
        let clock = LocalClock(timeZone: tz)
        var failures = 0
        for t in instants {
            let c = cal.dateComponents([.year, .month, .hour], from: Date(timeIntervalSince1970: TimeInterval(t)))
            let got = clock.monthAndHour(t)
            if got.month != c.year! * 100 + c.month! || got.hour != c.hour! {
                failures += 1
                if failures <= 5 {
                    XCTFail("\(zone) at \(t): got \(got), Calendar says \(c.year!)-\(c.month!) \(c.hour!)h", file: file, line: line)
                }
            }
        }
        XCTAssertEqual(failures, 0, "\(zone): \(failures) of \(instants.count) instants differ", file: file, line: line)
    }

    func testMatchesFoundationCalendarOnRandomInstants() {
        var rng = SeededRandom(seed: 7)
        for zone in Self.zones {
            // 1972 … 2060, and a few before 1970.
            let instants =
                (0..<20_000).map { _ in Int64.random(in: 63_072_000...2_840_140_800, using: &rng) }
                + (0..<200).map { _ in Int64.random(in: -300_000_000...0, using: &rng) }
            check(zone, instants)
        }
    }

    func testMatchesFoundationCalendarAroundEveryTransition() {
        for zone in Self.zones {
            let tz = TimeZone(identifier: zone)!
            var instants: [Int64] = []
            var date = Date(timeIntervalSince1970: 0)
            let end = Date(timeIntervalSince1970: 2_000_000_000)
            while let next = tz.nextDaylightSavingTimeTransition(after: date), next < end {
                let t = Int64(next.timeIntervalSince1970)
                for d in [-3601, -3600, -1801, -61, -1, 0, 1, 59, 60, 61, 899, 900, 901, 1799, 1800, 3599, 3600] {
                    instants.append(t + Int64(d))
                }
                date = next
            }
            check(zone, instants)
        }
    }

    /// The timestamps people and JSON see are ISO8601DateFormatter's, character for character,
    /// whatever the zone: random instants and those around every transition.
    func testTimestampsMatchISO8601DateFormatter() {
        var rng = SeededRandom(seed: 11)
        for zone in Self.zones {
            let tz = TimeZone(identifier: zone)!
            let calendar = LibraryCalendar(timeZone: tz)
            let f = ISO8601DateFormatter()
            f.timeZone = tz
            f.formatOptions = [.withInternetDateTime]
            var instants = (0..<2_000).map { _ in Int64.random(in: -300_000_000...2_840_140_800, using: &rng) }
            var date = Date(timeIntervalSince1970: 0)
            while let next = tz.nextDaylightSavingTimeTransition(after: date), next < Date(timeIntervalSince1970: 2_000_000_000) {
                instants += [-1, 0, 1].map { Int64(next.timeIntervalSince1970) + $0 }
                date = next
            }
            var failures = 0
            for t in instants where calendar.timestamp(t) != f.string(from: Date(timeIntervalSince1970: TimeInterval(t))) {
                failures += 1
                if failures <= 3 {
                    XCTFail("\(zone) at \(t): \(calendar.timestamp(t)) ≠ \(f.string(from: Date(timeIntervalSince1970: TimeInterval(t))))")
                }
            }
            XCTAssertEqual(failures, 0, zone)
        }
    }

    func testMonthBoundariesInShanghai() {
        let clock = LocalClock(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        // 2026-09-30T16:00:00Z is midnight on 1 October in Shanghai.
        XCTAssertEqual(clock.monthAndHour(1_790_784_000 - 1).month, 202609)
        XCTAssertEqual(clock.monthAndHour(1_790_784_000 - 1).hour, 23)
        XCTAssertEqual(clock.monthAndHour(1_790_784_000).month, 202610)
        XCTAssertEqual(clock.monthAndHour(1_790_784_000).hour, 0)
        XCTAssertEqual(LocalClock.civil(0).0, 1970)
        XCTAssertEqual(LocalClock.civil(-1).1, 12)
        XCTAssertEqual(LocalClock.civil(11_016).2, 29, "2000-02-29")
    }
}
