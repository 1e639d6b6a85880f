import GRDB
import XCTest

@testable import ReaderDeskCore

/// A window far down a big list is read backwards from its end (an OFFSET steps over every row it
/// skips): the same readers in the same order as reading forwards.
final class ReaderWindowTests: XCTestCase {
    func testAWindowInTheSecondHalfOfABigListIsTheSameReadBackwards() throws {
        let f = try Fixture()
        let count = 2 * AppDatabase.farOffset + 501
        try f.db.write { db in
            try db.execute(
                sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO reader(card, name, dept, created_at, updated_at)
                    SELECT printf('C%06d', i), 'reader ' || i, CASE WHEN i % 3 = 0 THEN 'Physics' END, 0, 0 FROM n
                    """, arguments: [count])
        }
        try f.db.forget(f.admin, card: "C000007")
        let cards = (1...count).filter { $0 != 7 }.map { String(format: "C%06d", $0) }
        XCTAssertEqual(try f.db.readerCount(f.admin, scope: .all), cards.count)
        for offset in [
            0, AppDatabase.farOffset + 1, cards.count / 2, cards.count / 2 + 1, cards.count - 20, cards.count - 3, cards.count,
            cards.count + 5,
        ] {
            let window = try f.db.readerWindow(f.admin, scope: .all, offset: offset, limit: 10).map(\.card)
            XCTAssertEqual(window, Array(cards.dropFirst(offset).prefix(10)), "offset \(offset)")
        }
    }
}
