import GRDB
import XCTest

@testable import ReaderDeskCore

/// `settings set` checks a value against the library: codes that exist, shares in order, weights ≥ 0.
final class SettingChecksTests: XCTestCase {
    func testServiceCodesMustExist() throws {
        let f = try Fixture()  // services NOV and LOAN
        try f.db.setSetting(f.admin, key: "matrix.remind.services", value: "thesis=nov,LOAN;other=NOV")
        try XCTAssertRefusedUnchanged(
            f, .invalidInput, try f.db.setSetting(f.admin, key: "matrix.remind.services", value: "thesis=NOV,DOCDEL"))
        try XCTAssertRefusedUnchanged(
            f, .invalidInput, try f.db.setSetting(f.admin, key: "import.counter.services", value: "Web of Science=WOS"))
        try f.db.setSetting(f.admin, key: "import.counter.services", value: "Novelty=NOV")
        do {
            try f.db.setSetting(f.admin, key: "matrix.remind.services", value: "thesis=DOCDEL")
            XCTFail("an unknown code was stored")
        } catch let e as ReaderDeskError {
            XCTAssertEqual(e.message, "matrix.remind.services names no service 'DOCDEL': 'readerdesk service list' shows the codes")
        }
    }

    func testPyramidSharesStayInOrderAndWithin100() throws {
        let f = try Fixture()  // defaults 1, 5, 20
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "pyramid.vip.percent", value: "6"))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "pyramid.mid.percent", value: "4"))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "pyramid.mid.percent", value: "101"))
        try f.db.setSetting(f.admin, key: "pyramid.vip.percent", value: "5")
        try f.db.setSetting(f.admin, key: "pyramid.mid.percent", value: "30")
        try f.db.setSetting(f.admin, key: "pyramid.key.percent", value: "30")
        XCTAssertEqual(try ["vip", "key", "mid"].map { try f.db.setting("pyramid.\($0).percent") }, ["5", "30", "30"])
    }

    func testWeightsAreFiniteAndNotNegative() throws {
        let f = try Fixture()
        for bad in ["-1", "inf", "nan", "lots"] {
            try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "score.weight.value", value: bad), bad)
        }
        try f.db.setSetting(f.admin, key: "score.weight.value", value: "0")
    }

    func testTheDefaultLifeStageSuggestionsNameOnlyServicesThatExist() throws {
        let f = try Fixture()  // NOV and LOAN: none of the default codes
        XCTAssertEqual(try f.db.setting("matrix.remind.services"), "")
        try f.db.addService(f.admin, code: "REFERENCE", name: "Reference", serviceClass: .standard, points: 2)
        try f.db.addService(f.admin, code: "citation", name: "Citation", serviceClass: .standard, points: 2)
        XCTAssertEqual(
            try f.db.setting("matrix.remind.services"),
            "title-evaluation=CITATION;project-application=REFERENCE;achievement-appraisal=CITATION;thesis=REFERENCE;other=REFERENCE")
    }
}
