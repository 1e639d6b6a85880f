import ReaderDeskCore
import XCTest

@testable import ReaderDeskWords

final class LocalisationTests: XCTestCase {
    func testLanguageDetection() {
        XCTAssertEqual(Language.detect(environment: ["LANG": "zh_CN.UTF-8"]), .zhHans)
        XCTAssertEqual(Language.detect(environment: ["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.detect(environment: [:]), .en)
        XCTAssertEqual(Language.detect(environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"]), .zhHans)
        XCTAssertEqual(Language.detect(environment: ["LC_ALL": "", "LC_MESSAGES": "C", "LANG": "zh_CN"]), .en)
        XCTAssertEqual(Language.detect(environment: ["READERDESK_LANG": "en", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.detect(environment: ["READERDESK_LANG": "zh-Hans"]), .zhHans)
    }

    func testRequiredStrings() {
        let zh = Localisation(environment: ["LANG": "zh_CN.UTF-8"])
        let en = Localisation(.en)
        let pairs: [(Bilingual, String, String)] = [
            (Words.paneReaders, "Readers", "读者"), (Words.paneMatrix, "Matrix", "矩阵"), (Words.paneTickets, "Tickets", "工单"),
            (Words.matrixCare, "Care", "关怀"), (Words.matrixRemind, "Remind", "提醒"), (Words.matrixTrend, "Trend", "趋势"),
            (Words.matrixService, "Service", "服务"), (Words.matrixReader, "Reader", "读者"),
        ]
        for (key, e, z) in pairs {
            XCTAssertEqual(en[key], e)
            XCTAssertEqual(zh[key], z)
        }
    }

    func testTooSmallMessage() {
        XCTAssertEqual(
            Localisation(.en).terminalTooSmall(need: (80, 24), have: (40, 10)),
            "Terminal too small: need 80×24, have 40×10")
        XCTAssertEqual(
            Localisation(.zhHans).terminalTooSmall(need: (80, 24), have: (40, 10)),
            "终端窗口太小：需要 80×24，当前 40×10")
        XCTAssertEqual(Localisation(.en).format(Words.themeError, "bad"), "Theme problem: bad")
    }

    /// The catalogue has every vocabulary word in Chinese (every key's help: `KeyBindingsTests`).
    func testTheCatalogueIsComplete() {
        func check<V: Vocabulary>(_ type: V.Type) {
            for v in V.allCases { XCTAssertNotEqual(Words.vocabulary(v, .zhHans), v.rawValue, "\(V.noun) \(v.rawValue)") }
        }
        check(ReaderType.self); check(CardType.self); check(ValueTier.self); check(Role.self); check(Channel.self)
        check(TicketKind.self); check(Priority.self); check(TicketStatus.self); check(LifeEventKind.self)
        check(Lifecycle.self); check(Consent.self); check(Location.self); check(ServiceClass.self)
        XCTAssertNotEqual(
            Words.vocabulary(CardType.vip, .zhHans), Words.vocabulary(ValueTier.vip, .zhHans),
            "a card type is not a value tier")
    }

    func testPositionalArgumentsAndPhrases() {
        XCTAssertEqual(Words.format(Bilingual("%@ then %@", "%2$@，然后 %1$@"), .zhHans, "a", "b"), "b，然后 a")
        XCTAssertEqual(Words.render(Phrase("ticket.history.status", ["new", "open"]), .zhHans), "状态：新建 → 处理中")
        XCTAssertEqual(Words.render(Phrase("ticket.history.created", ["fault"]), .en), "created: fault")
        XCTAssertEqual(Words.render(Phrase("no.such.code", ["x"]), .zhHans), "no.such.code x")
    }
}
