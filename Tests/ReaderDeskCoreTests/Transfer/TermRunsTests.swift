import XCTest

@testable import ReaderDeskCore

/// The import's own external sort: runs sorted and merged come out in SQLite's BINARY order of the
/// bytes (the shorter first), then by stretch and row, every entry once.
final class TermRunsTests: XCTestCase {
    func testRunsMergeIntoByteOrderThenStretchAndRow() throws {
        var rng = SeededRandom(seed: 7)
        let words = [
            "zhang", "zhangsan", "zhangsanfeng", "zhangsanfengx", "zs", "z", "张", "张三", "张三丰", "三丰", "wanyan001@stu.example.edu.cn",
            "wanyan002@stu.example.edu.cn", "wanyan00", "wanyan0", "13800138000", "zoë", "zoe", "Ω", "a", "ab", "abcdefgh", "abcdefghi",
        ]
        let runs = try TermRuns()
        var expected: [(term: String, stretch: Int, row: Int)] = []
        for stretch in 0..<5 {
            var terms: [[String]] = []
            for row in 0..<Int.random(in: 0...40, using: &rng) {
                var list: [String] = []
                for w in words where Bool.random(using: &rng) && !list.contains(w) { list.append(w) }
                terms.append(list)
                for w in list { expected.append((w, stretch, row)) }
            }
            try runs.add(stretch: stretch, terms)
        }
        expected.sort { a, b in
            a.term.utf8.elementsEqual(b.term.utf8)
                ? (a.stretch, a.row) < (b.stretch, b.row) : a.term.utf8.lexicographicallyPrecedes(b.term.utf8)
        }
        let merge = try runs.merged()
        var got: [(term: String, stretch: Int, row: Int)] = []
        while true {
            let part = try merge.next(7)
            got += part.map { ($0.term, $0.stretch, $0.row) }
            if part.count < 7 { break }
        }
        XCTAssertEqual(got.count, expected.count)
        XCTAssertGreaterThan(got.count, 500)
        for (g, e) in zip(got, expected) {
            XCTAssertTrue(g.term.utf8.elementsEqual(e.term.utf8) && g.stretch == e.stretch && g.row == e.row, "\(g) \(e)")
        }
    }
}

final class TermBatchTests: XCTestCase {
    /// Full statements and the rest one by one, the terms read in place from one buffer.
    func testABatchWritesEveryTermAndItsReader() throws {
        let db = try AppDatabase.inMemory()
        var batch = TermBatch()
        var expected: [String] = []
        for i in 0..<(2 * TermBatch.rowsPerStatement + 57) {
            let term = i % 3 == 0 ? "张\(i)" : "term\(i)@example.org"
            batch.append(term, reader: Int64(i % 7 + 1))
            expected.append("\(term)|\(i % 7 + 1)")
        }
        try db.writer.write { db in
            for id in 1...7 {
                try db.execute(
                    sql: "INSERT INTO reader(id, card, name, created_at, updated_at) VALUES (?, ?, 'R', 1, 1)", arguments: [id, "C\(id)"])
            }
            try batch.insert(db)
        }
        let stored = try db.read { try String.fetchAll($0, sql: "SELECT term || '|' || reader_id FROM reader_term") }
        XCTAssertEqual(stored.sorted(), expected.sorted())
    }
}
