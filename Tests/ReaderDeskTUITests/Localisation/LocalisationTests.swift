import XCTest
@testable import ReaderDeskTUI

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
        let pairs: [(LocalisedKey, String, String)] = [
            (.paneReaders, "Readers", "读者"), (.paneMatrix, "Matrix", "矩阵"), (.paneTickets, "Tickets", "工单"),
            (.matrixCare, "Care", "关怀"), (.matrixRemind, "Remind", "提醒"), (.matrixTrend, "Trend", "趋势"),
            (.matrixService, "Service", "服务"), (.matrixReader, "Reader", "读者"),
        ]
        for (key, e, z) in pairs {
            XCTAssertEqual(en[key], e)
            XCTAssertEqual(zh[key], z)
        }
    }

    func testEveryKeyHasBothLanguages() {
        for key in LocalisedKey.allCases {
            XCTAssertFalse(key.text.en.isEmpty, "\(key)")
            XCTAssertFalse(key.text.zh.isEmpty, "\(key)")
        }
    }

    func testTooSmallMessage() {
        XCTAssertEqual(Localisation(.en).terminalTooSmall(need: (80, 24), have: (40, 10)),
                       "Terminal too small: need 80×24, have 40×10")
        XCTAssertEqual(Localisation(.zhHans).terminalTooSmall(need: (80, 24), have: (40, 10)),
                       "终端窗口太小：需要 80×24，当前 40×10")
        XCTAssertEqual(Localisation(.en).format(.themeError, "bad"), "Theme problem: bad")
    }
}
