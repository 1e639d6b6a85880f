import XCTest

@testable import ReaderDeskCore

/// The import's term maker gives exactly `SearchTerms.forReader`'s terms, each once.
final class SearchTermMakerTests: XCTestCase {
    func assertSame(_ name: String, email: String? = nil, phone: String? = nil, _ maker: inout SearchTermMaker) {
        let listed = maker.terms(name: name, email: email, phone: phone)
        XCTAssertEqual(Set(listed), SearchTerms.forReader(name: name, email: email, phone: phone), name)
        XCTAssertEqual(Set(listed).count, listed.count, "\(name): a term twice")
    }

    func testTheNameTableAndOddNames() {
        var maker = SearchTermMaker()
        let odd = [
            "", " ", "张", "王 小明", " 张三丰 ", "张-三", "Zoë Müller", "José García", "O'Brien", "李Lisa", "豈豈",
            "𠀀明", "〇〇七", "吕", "闾丘明", "欧阳", "欧阳娜", "単", "张lv", "ⅫK", "李１２３", "Anna-Maria Li",
        ]
        for name in PinyinNameTableTests.table.map(\.name) + odd {
            assertSame(name, email: "Someone@Example.org", phone: "+86 138-0013-8000", &maker)
            assertSame(name, &maker)
        }
    }

    func testThousandsOfDemoNames() {
        var maker = SearchTermMaker()
        var rng = SeededRandom(seed: 17)
        for _ in 0..<20_000 {
            let (name, latin) = DemoNames.name(&rng)
            assertSame(name, email: DemoNames.mailbox(name, latin: latin) + "@example.edu.cn", phone: "13800138000", &maker)
        }
    }

    func testEveryGivenCharacterAndSurname() {
        var maker = SearchTermMaker()
        let characters =
            DemoNames.givenCharacters + PinyinNames.surnames.keys.map(String.init)
            + PinyinNames.givenNames.keys.map(String.init)
        for c in characters {
            for name in [c, "张" + c, c + "明", c + "晓" + c, "欧阳" + c] { assertSame(name, &maker) }
        }
    }
}
