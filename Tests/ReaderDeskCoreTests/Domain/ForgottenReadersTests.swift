import XCTest

@testable import ReaderDeskCore

/// A forgotten reader leaves the lists, search and the reader count; the anonymous use stays.
final class ForgottenReadersTests: XCTestCase {
    func testAForgottenReaderLeavesListsSearchAndTheCount() throws {
        let f = try Fixture()
        _ = try f.reader("2026001", "张三丰")
        _ = try f.reader("2026002", "李四")
        try f.db.addUsage(f.admin, card: "2026001", service: "LOAN", at: Fixture.now - 3600, quantity: 3)
        try f.db.forget(f.admin, card: "2026001")

        XCTAssertEqual(try f.db.readerCount(f.admin, scope: .all), 1)
        XCTAssertEqual(try f.db.stats().readers, 1)
        XCTAssertEqual(try f.db.readerWindow(f.admin, scope: .all, offset: 0, limit: 10).map(\.card), ["2026002"])
        XCTAssertEqual(try f.db.readers(f.admin).map(\.card), ["2026002"])
        for query in ["zsf", "张三丰", "forgotten", "forg", "2026001"] {
            XCTAssertEqual(try f.db.searchReaders(f.admin, query).map(\.card), [], query)
        }
        let kept = try f.db.read { try Int.fetchOne($0, sql: "SELECT sum(quantity) FROM usage_month") }
        XCTAssertEqual(kept, 3, "the anonymous statistics stay")
    }
}
