import Foundation
import XCTest

@testable import ReaderDeskCore

final class ContactTests: XCTestCase {
    func testLogAndListContacts() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        let c = try f.db.logContact(
            f.librarian,
            ContactInput(
                card: "2026001", channel: .phone, cell: 2, readLevel: 3, minutes: 15,
                summary: "thesis help", followUp: " 2026-10-20 "))
        XCTAssertEqual(c.followUp, "2026-10-20")
        XCTAssertEqual(c.at, Fixture.now)
        XCTAssertEqual(c.staffId, f.librarian.staff.id)
        let listed = try f.db.contacts(card: "2026001")
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed[0].staff, "lin")
        XCTAssertEqual(listed[0].cell, 2)
        XCTAssertEqual(listed[0].readLevel, 3)
        XCTAssertEqual(try f.db.contacts().count, 1)
        XCTAssertRefused(.notFound, try f.db.contacts(card: "nope"))
        // Boundaries are allowed.
        try f.db.logContact(f.frontDesk, ContactInput(card: "2026001", channel: .email, cell: 1, readLevel: 6, minutes: 0, summary: "x"))
        try f.db.logContact(f.frontDesk, ContactInput(card: "2026001", channel: .email, cell: 6, readLevel: 1, minutes: 1440, summary: "x"))
    }

    func testOutOfRangeValuesAreRefusedAndChangeNothing() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        func log(
            cell: Int? = nil, read: Int? = nil, minutes: Int? = nil, summary: String = "ok", followUp: String? = nil,
            card: String = "2026001"
        ) throws {
            try f.db.logContact(
                f.librarian,
                ContactInput(
                    card: card, channel: .inPerson, cell: cell, readLevel: read, minutes: minutes,
                    summary: summary, followUp: followUp))
        }
        for cell in [0, 7, -1] { try XCTAssertRefusedUnchanged(f, .invalidInput, try log(cell: cell), "cell \(cell)") }
        for read in [0, 7] { try XCTAssertRefusedUnchanged(f, .invalidInput, try log(read: read), "READ \(read)") }
        for minutes in [-1, 1441] { try XCTAssertRefusedUnchanged(f, .invalidInput, try log(minutes: minutes), "minutes \(minutes)") }
        try XCTAssertRefusedUnchanged(f, .invalidInput, try log(summary: ""), "empty summary")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try log(summary: "bell\u{07}"), "control character")
        for day in ["2026-02-30", "2026-13-01", "2026/10/01", "20261001", "tomorrow", "2026-10-1", ""] {
            try XCTAssertRefusedUnchanged(f, .invalidInput, try log(followUp: day), "follow-up \(day)")
        }
        try XCTAssertRefusedUnchanged(f, .notFound, try log(card: "9999"), "unknown card")
        XCTAssertNoThrow(try log(followUp: "2028-02-29"))
    }

    func testLifeEvents() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        try f.db.addLifeEvent(f.frontDesk, card: "2026001", kind: .thesis, date: "2027-06-01", note: "defence")
        try f.db.addLifeEvent(f.frontDesk, card: "2026001", kind: .titleEvaluation, date: "2026-11-01")
        XCTAssertEqual(try f.db.lifeEvents(card: "2026001").map(\.date), ["2026-11-01", "2027-06-01"])
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addLifeEvent(f.admin, card: "2026001", kind: .other, date: "2026-11-31"))
        try XCTAssertRefusedUnchanged(f, .notFound, try f.db.addLifeEvent(f.admin, card: "x", kind: .other, date: "2026-11-30"))
    }
}
