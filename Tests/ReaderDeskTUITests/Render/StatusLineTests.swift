import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// At 80 columns the status line keeps its counts and drops words first.
final class StatusLineTests: XCTestCase {
    func busyDesk() throws -> (AppDatabase, Staff) {
        let (db, _) = try AppFixture.library()
        let admin = try XCTUnwrap(try db.allStaff().first { $0.login == "desk-admin" })
        let long = try db.addStaff(
            Actor(staff: admin, now: AppFixture.now), login: "zhang-reference-desk-2",
            name: "张", role: .librarian)
        for card in ["2026002", "2026003"] {
            try db.logContact(
                Actor(staff: long, now: AppFixture.now - 86_400 * 3),
                ContactInput(card: card, channel: .phone, summary: "call back", followUp: "2026-11-01"))
        }
        return (db, long)
    }

    func testEightyColumnsKeepPendingOverdueAndFollowUps() throws {
        for language in [Language.en, .zhHans] {
            let (_, t) = try AppFixture.run(width: 80, height: 24, language: language, database: try busyDesk())
            let line = try XCTUnwrap(t.screen.lines().last)
            XCTAssertLessThanOrEqual(DisplayWidth.width(of: line), 80)
            let expected =
                language == .en ? [#"\d+ pending"#, "1 overdue", "follow-ups 2", "09:00"] : [#"待办 \d+"#, "逾期 1", "待跟进 2", "09:00"]
            for part in expected { XCTAssertNotNil(line.range(of: part, options: .regularExpression), "\(part) lost: \(line)") }
            XCTAssertTrue(line.contains("zhang-reference-desk-2"), line)
            if language == .en { XCTAssertFalse(line.contains("librarian"), "the role goes first: \(line)") }
        }
    }

    func testNarrowerStillKeepsTheCountsInShortWords() throws {
        let (_, t) = try AppFixture.run(width: 60, height: 16, database: try busyDesk())
        let line = try XCTUnwrap(t.screen.lines().last)
        for part in [#"\d+ pend\."#, "1 late", "2 f-up", "09:00"] {
            XCTAssertNotNil(line.range(of: part, options: .regularExpression), "\(part) lost: \(line)")
        }
    }
}
