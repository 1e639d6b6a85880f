import XCTest
final class SmokeTests: XCTestCase { func testBuilds() { XCTAssertEqual(1, 1) } }
