import Foundation
import ReaderDeskCore
import XCTest

@testable import ReaderDeskTUI

/// Thousands of random keys, pastes and resizes: the app stays up and the screen always fits.
final class KeyFuzzTests: XCTestCase {
    static let pool: [Key] = {
        var keys: [Key] = [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
            .backspace, .delete, .function(1), .function(5), .unknown(9999),
        ]
        keys += "jkhlgG/123?cnaArieRENsxmfKptq张三丰é\u{1B}\u{202E}\u{7}0123456789 -:".map { Key.char($0) }
        keys += "slbfuqcd".map { Key.ctrl($0) }
        return keys
    }()

    func testRandomKeysAndResizesNeverBringTheAppDown() throws {
        for seed: UInt64 in [1, 2, 3] {
            var rng = SeededRandom(seed: seed)
            let (runner, t) = try AppFixture.run(width: 80, height: 24)
            for i in 0..<1500 {
                if Int.random(in: 0..<40, using: &rng) == 0 {
                    let w = Int.random(in: 1...200, using: &rng), h = Int.random(in: 1...60, using: &rng)
                    t.resize(width: w, height: h)
                } else {
                    let key = Self.pool.randomElement(using: &rng)!
                    // Quitting ends the run; everything else must keep it going.
                    if key == .char("q") || key == .ctrl("q") { continue }
                    t.press(key)
                }
                _ = runner.step(timeout: 0)
                XCTAssertEqual(t.screen.width, t.size.width, "seed \(seed), step \(i)")
                XCTAssertEqual(t.screen.height, t.size.height, "seed \(seed), step \(i)")
                // No raw control character ever reaches the screen.
                XCTAssertFalse(
                    t.screen.text().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 },
                    "seed \(seed), step \(i)")
            }
        }
    }
}
