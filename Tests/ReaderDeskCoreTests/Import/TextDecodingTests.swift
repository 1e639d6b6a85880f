import XCTest

@testable import ReaderDeskCore

final class TextDecodingTests: XCTestCase {
    let zhangSanfengGB: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD, 0xB7, 0xE1]

    func testGB18030DecodesOnLinuxFoundation() throws {
        XCTAssertEqual(try TextDecoding.string(zhangSanfengGB, encoding: .gb18030), "张三丰")
        XCTAssertEqual("张三丰".data(using: TextDecoding.gb18030Encoding).map(Array.init), zhangSanfengGB)
    }

    func testAutoPicksUTF8WhenValidElseGB18030() throws {
        XCTAssertEqual(try TextDecoding.string(Array("card,name\n1,张三丰\n")), "card,name\n1,张三丰\n")
        XCTAssertEqual(try TextDecoding.string(Array("1,") + zhangSanfengGB), "1,张三丰")
    }

    func testUTF8BOMIsStripped() throws {
        XCTAssertEqual(try TextDecoding.utf8Bytes([0xEF, 0xBB, 0xBF] + Array("card")), Array("card"))
    }

    func testInvalidUTF8NamesOffsetAndLine() {
        XCTAssertThrowsError(try TextDecoding.utf8Bytes(Array("a\nb\n") + [0xC3, 0x28], encoding: .utf8, file: "r.csv")) {
            XCTAssertEqual("\($0)", "r.csv:3: not valid UTF-8: byte 0xC3 at offset 4")
        }
    }

    func testInvalidGB18030NamesOffsetAndLine() {
        XCTAssertThrowsError(try TextDecoding.utf8Bytes(Array("x\r\n") + [0xD5, 0xFF], encoding: .gb18030, file: "f")) {
            XCTAssertEqual(($0 as? ImportError)?.line, 2)
            XCTAssertTrue("\($0)".contains("offset 3"), "\($0)")
        }
    }

    func testUTF8ValidatorRejectsOverlongsAndSurrogates() {
        XCTAssertEqual(TextDecoding.firstInvalidUTF8Offset([0x41, 0xC0, 0x80]), 1)
        XCTAssertEqual(TextDecoding.firstInvalidUTF8Offset([0xED, 0xA0, 0x80]), 0)
        XCTAssertEqual(TextDecoding.firstInvalidUTF8Offset([0xF4, 0x90, 0x80, 0x80]), 0)
        XCTAssertNil(TextDecoding.firstInvalidUTF8Offset(Array("0123456789abcdef张三丰😀")))
    }

    func testEncodingNames() {
        XCTAssertEqual(TextEncoding(name: "GBK"), .gb18030)
        XCTAssertEqual(TextEncoding(name: "utf8"), .utf8)
        XCTAssertNil(TextEncoding(name: "latin1"))
    }
}
