import Foundation
import XCTest

@testable import ReaderDeskCore

/// A stored phrase is exactly the text JSONEncoder makes of it, written by hand or not, and the
/// hand-written day string is exactly the formatted one.
final class PhraseStoredTests: XCTestCase {
    func reference(_ p: Phrase) -> String { String(data: try! JSONEncoder().encode([p.code] + p.arguments), encoding: .utf8)! }

    func testStoredPhrasesAreJSONEncodersText() {
        let samples: [String] = [
            "", "action.pair", "中国知网 CNKI", "2026-05-20", "tier:vip", "+33", "a/b", "say \"hi\"", "back\\slash", "tab\there",
            "line\nbreak", "\u{7F}del", "\u{1}", "…", "\u{2028}", "\u{2029}", "é", "😀 emoji", "Scopus (trial)", "0.84",
        ]
        var rng = SystemRandomNumberGenerator()
        var parts = samples
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...6, using: &rng)
            let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x80...0x7FF, 0x2000...0x206F, 0x4E00...0x4E40, 0x1F600...0x1F610]
            var text = ""
            for _ in 0..<length {
                let range = ranges[Int.random(in: 0..<ranges.count, using: &rng)]
                text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: range, using: &rng))!)
            }
            parts.append(text)
        }
        for (i, code) in parts.enumerated() {
            let from: Int = (i + 1) % parts.count
            let arguments: [String] = Array(parts[from...].prefix(i % 4))
            let p = Phrase(code, arguments)
            XCTAssertEqual(p.stored, reference(p), "\(Array(code.unicodeScalars))")
            XCTAssertEqual(Phrase.stored(p.stored), p)
        }
    }

    func testDayStringsAreTheFormattedOnes() {
        for zone in ["Asia/Shanghai", "America/New_York", "Pacific/Apia", "UTC"] {
            let cal = LibraryCalendar(timeZone: TimeZone(identifier: zone)!)
            for epoch in stride(from: Int64(-2_000_000_000), to: 4_000_000_000, by: 7_777_777) {
                let d = cal.calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
                XCTAssertEqual(cal.dayString(epoch), String(format: "%04d-%02d-%02d", d.year!, d.month!, d.day!))
            }
        }
    }
}
