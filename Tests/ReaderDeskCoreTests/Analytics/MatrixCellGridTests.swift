import XCTest

@testable import ReaderDeskCore

/// The grid places come from the cell table: ①③⑤ services and ②④⑥ readers (CONTRACTS §3).
final class MatrixCellGridTests: XCTestCase {
    func testTheGridIsTheContractsTable() {
        XCTAssertEqual(MatrixCellInfo.objects, ["service", "reader"])
        XCTAssertEqual(MatrixCellInfo.rows, 2)
        XCTAssertEqual(MatrixCellInfo.columns, 3)
        let numbers = (0..<2).map { row in (0..<3).map { MatrixCellInfo.at(row: row, column: $0).cell } }
        XCTAssertEqual(numbers, [[1, 3, 5], [2, 4, 6]])
    }

    func testAPlaceAndItsCellGoBothWays() {
        for info in MatrixCellInfo.all {
            XCTAssertEqual(MatrixCellInfo.at(row: info.row, column: info.column), info)
            XCTAssertEqual(MatrixCellInfo.numbered(info.cell), info)
        }
        XCTAssertNil(MatrixCellInfo.numbered(7))
    }
}
