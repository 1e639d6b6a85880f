import XCTest

@testable import ReaderDeskCore

final class DeskReportTests: XCTestCase {
    func testDeskFiguresByChannelLevelStaffHourSourceAndAnswer() throws {
        let f = try Fixture(), mta = try FakeMTA()
        defer { mta.remove() }
        let intake = try f.mailSetUp(mta)
        // 2026-10-05 is a Monday; Fixture.now is 10:00 in Shanghai.
        try f.db.logContact(f.librarian, ContactInput(card: "2026001", channel: .phone, readLevel: 3, minutes: 20, summary: "call"))
        try f.db.logContact(f.frontDesk, ContactInput(card: "2026002", channel: .inPerson, readLevel: 1, minutes: 5, summary: "desk"))
        try f.db.logContact(
            f.frontDesk, ContactInput(card: "2026002", channel: .inPerson, summary: "desk", at: Fixture.now + 86_400 + 3_600))
        let desk = try f.db.newTicket(f.frontDesk, kind: .question, subject: "Hours", card: "2026001")
        try f.db.resolveTicket(f.frontDesk, id: desk.id!, satisfaction: 4)
        guard case .ticket(let mailed, true) = try f.db.intakeMail(intake, readerMail(subject: "校外访问", body: "?", id: "q@x")) else {
            return XCTFail()
        }
        let a = try f.db.addAnswer(f.frontDesk, AnswerInput(title: "VPN", bodyEn: "Use the VPN.", keywords: ["校外访问"]))
        try f.db.commentTicket(f.frontDesk, id: mailed, text: a.replyText, internal: false)
        try f.db.recordAnswerUse(f.frontDesk, answerId: a.id, ticketId: mailed)
        try f.db.resolveTicket(f.frontDesk, id: mailed)
        let survey = try XCTUnwrap(try mta.messages().last?.messageId)
        _ = try f.db.intakeMail(intake, readerMail(subject: "Re", body: "2", id: "s@x", extra: ["In-Reply-To: <\(survey)>"]))

        let r = try f.db.deskReport(try f.db.calendar.period("2026-10"))
        XCTAssertEqual(r.contactsByChannel, ["phone": 1, "in-person": 2, "email": 1])
        XCTAssertEqual(r.readLevels, ["3": 1, "1": 1, "none": 2])
        XCTAssertEqual(r.minutes, 25)
        XCTAssertEqual(r.ticketsByChannel, ["desk": 1, "mail": 1])
        XCTAssertEqual(r.byStaff.map(\.login), ["fred", "lin"])
        XCTAssertEqual(r.byStaff[0].replies, 1); XCTAssertEqual(r.byStaff[0].resolved, 2); XCTAssertEqual(r.byStaff[1].minutes, 20)
        XCTAssertEqual(r.heat[0][10], 4, "Monday 10:00: three contacts (one the mailed reply's) and one reply")
        XCTAssertEqual(r.heat[1][11], 1, "Tuesday 11:00")
        XCTAssertEqual(r.satisfaction["staff"], [0, 0, 0, 1, 0]); XCTAssertEqual(r.satisfaction["reader"], [0, 1, 0, 0, 0])
        XCTAssertEqual(r.answersUsed, [DeskReport.AnswerUse(id: a.id, title: "VPN", uses: 1)])
        XCTAssertEqual(r.mailReceived, ["ticket": 1, "satisfaction": 1])
        XCTAssertEqual(r.mailSent, 2)

        let programme = try f.db.programmeReport(try f.db.calendar.period("2026-10"))
        XCTAssertEqual(programme.satisfaction, [0, 1, 0, 1, 0]); XCTAssertEqual(programme.satisfactionSources, ["staff": 1, "reader": 1])

        let lin = try f.db.deskReport(try f.db.calendar.period("2026-10"), staff: "lin")
        XCTAssertEqual(lin.contactsByChannel, ["phone": 1]); XCTAssertEqual(lin.ticketsByChannel, [:])
        XCTAssertRefused(.notFound, try f.db.deskReport(try f.db.calendar.period("2026-10"), staff: "nobody"))
    }
}
