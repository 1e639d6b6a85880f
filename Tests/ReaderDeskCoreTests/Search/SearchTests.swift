import Foundation
import XCTest

@testable import ReaderDeskCore

final class SearchTests: XCTestCase {
    var f: Fixture!

    override func setUpWithError() throws {
        f = try Fixture()
        try f.reader("2026001", "张三丰") {
            $0.email = "zsf@wudang.edu.cn"; $0.phone = "138-0013-8000"
        }
        try f.reader("2026002", "欧阳修") { $0.email = "Ouyang.Xiu@song.org" }
        try f.reader("2026003", "张三") { $0.phone = "+86 10 6275 1234" }
        try f.reader("2025100", "Mary Smith") { $0.email = "mary.smith@example.edu" }
        try f.reader("2025101", "Zoë Ångström")
        try f.reader("2025102", "李四")
    }

    func cards(_ text: String) throws -> [String] { try f.db.searchReaders(f.frontDesk, text).map(\.card) }

    func testPinyinInFullAndByInitials() throws {
        XCTAssertEqual(try cards("zsf"), ["2026001"])
        XCTAssertEqual(try cards("zhang san"), ["2026003", "2026001"], "the exact-length name first")
        XCTAssertEqual(try cards("zhangsanfeng"), ["2026001"])
        XCTAssertEqual(try cards("Zhang San Feng"), ["2026001"])
        XCTAssertEqual(try cards("sanfeng"), ["2026001"], "the given name alone")
        XCTAssertEqual(try cards("sf"), ["2026001"])
        XCTAssertEqual(try cards("zs"), ["2026003", "2026001"])
        XCTAssertEqual(try cards("ls"), ["2025102"])
        XCTAssertEqual(try cards("lisi"), ["2025102"])
    }

    func testTwoCharacterSurname() throws {
        XCTAssertEqual(try cards("ouyang"), ["2026002"])
        XCTAssertEqual(try cards("ouyangxiu"), ["2026002"])
        XCTAssertEqual(try cards("oyx"), ["2026002"])
        XCTAssertEqual(try cards("xiu"), ["2026002"])
        XCTAssertEqual(try cards("欧阳"), ["2026002"])
        XCTAssertEqual(try cards("欧阳修"), ["2026002"])
        XCTAssertEqual(try cards("修"), ["2026002"])
    }

    func testHanNameAndExactNameFirst() throws {
        XCTAssertEqual(try cards("张三"), ["2026003", "2026001"])
        XCTAssertEqual(try cards("三丰"), ["2026001"])
    }

    func testLatinNamesByEitherWordWithoutDiacritics() throws {
        XCTAssertEqual(try cards("mary"), ["2025100"])
        XCTAssertEqual(try cards("Smith"), ["2025100"])
        XCTAssertEqual(try cards("mary smith"), ["2025100"])
        XCTAssertEqual(try cards("zoe"), ["2025101"])
        XCTAssertEqual(try cards("angstrom"), ["2025101"])
        XCTAssertEqual(try cards("Ångström"), ["2025101"])
    }

    func testCardPrefixEmailAndPhone() throws {
        XCTAssertEqual(try cards("2026001"), ["2026001"], "an exact card")
        XCTAssertEqual(Set(try cards("2026")), ["2026001", "2026002", "2026003"])
        XCTAssertEqual(Set(try cards("20251")), ["2025100", "2025101", "2025102"])
        XCTAssertEqual(try cards("zsf@"), ["2026001"])
        XCTAssertEqual(try cards("ouyang.x"), ["2026002"], "email, whatever the case it was written in")
        XCTAssertEqual(try cards("MARY.SMITH@EXAMPLE"), ["2025100"])
        XCTAssertEqual(try cards("138"), ["2026001"])
        XCTAssertEqual(try cards("138-0013"), ["2026001"], "phone as written, with separators")
        XCTAssertEqual(try cards("13800138000"), ["2026001"])
        XCTAssertEqual(try cards("861062"), ["2026003"])
    }

    func testNothingAndEmpty() throws {
        XCTAssertEqual(try cards(""), [])
        XCTAssertEqual(try cards("   "), [])
        XCTAssertEqual(try cards("qqq"), [])
        XCTAssertEqual(try cards("999"), [])
    }

    func testSearchFollowsUpdates() throws {
        var u = ReaderFields()
        u.name = "王五"; u.email = ""
        try f.db.updateReader(f.admin, card: "2026001", fields: u)
        XCTAssertEqual(try cards("zsf"), [])
        XCTAssertEqual(try cards("zsf@"), [])
        XCTAssertEqual(try cards("ww"), ["2026001"])
        XCTAssertEqual(try cards("wangwu"), ["2026001"])
        XCTAssertEqual(try cards("138"), ["2026001"], "the phone was kept")
    }

    func testTerms() {
        let t = SearchTerms.forReader(name: "张三丰", email: "A@B.cn", phone: "12")
        XCTAssertTrue(t.isSuperset(of: ["张三丰", "三丰", "丰", "zhangsanfeng", "zsf", "sanfeng", "sf", "feng", "a@b.cn"]), "\(t)")
        XCTAssertFalse(t.contains("12"), "too few digits for a phone term")
        XCTAssertEqual(Pinyin.syllables("欧阳修 Jr."), ["ou", "yang", "xiu", "jr"])
        XCTAssertEqual(SearchTerms.normaliseQuery(" Zhang San "), "zhangsan")
    }
}
