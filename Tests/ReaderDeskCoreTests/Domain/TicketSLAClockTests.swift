import GRDB
import XCTest

@testable import ReaderDeskCore

/// The SLA clock: none for praise and suggestions (a setting), stopped while a ticket waits on
/// the reader, running again when it reopens; the queue puts open work first.
final class TicketSLAClockTests: XCTestCase {
    func at(_ hours: Int64, _ f: Fixture) -> Actor { Actor(staff: f.admin.staff, now: Fixture.now + hours * 3600) }

    func testPraiseAndSuggestionsCarryNoSLAByASettingPerKind() throws {
        let f = try Fixture()
        let praise = try f.db.newTicket(f.frontDesk, kind: .praise, subject: "thanks")
        let idea = try f.db.newTicket(f.frontDesk, kind: .suggestion, subject: "longer hours")
        let fault = try f.db.newTicket(f.frontDesk, kind: .fault, subject: "printer", priority: .urgent)
        XCTAssertEqual([praise.hasSLA, idea.hasSLA, fault.hasSLA], [false, false, true])
        let late = Fixture.now + 86_400 * 30
        XCTAssertNil(praise.due(now: late))
        XCTAssertFalse(praise.isOverdue(now: late))
        XCTAssertEqual(try f.db.overdueTicketCount(now: late), 1, "only the fault is overdue")
        try f.db.setSetting(f.admin, key: "sla.none.kinds", value: "praise")
        XCTAssertTrue(try f.db.newTicket(f.frontDesk, kind: .suggestion, subject: "x").hasSLA)
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setSetting(f.admin, key: "sla.none.kinds", value: "praise,rant"))
    }

    func testTheClockStopsWhileWaitingOnTheReaderAndRunsAgainWhenReopened() throws {
        let f = try Fixture()
        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "ILL form?")  // normal: 72 h
        XCTAssertEqual(t.due(now: Fixture.now), Fixture.now + 72 * 3600)
        let waiting = try f.db.setTicketStatus(at(10, f), id: t.id!, to: .waiting)
        XCTAssertTrue(waiting.isPaused)
        // 100 hours later it is still not overdue: the clock stood still with 62 hours left.
        XCTAssertEqual(waiting.due(now: Fixture.now + 110 * 3600), Fixture.now + 172 * 3600)
        XCTAssertFalse(waiting.isOverdue(now: Fixture.now + 110 * 3600))
        XCTAssertEqual(try f.db.overdueTicketCount(now: Fixture.now + 110 * 3600), 0)
        let listed = try XCTUnwrap(try f.db.tickets(TicketFilter()).first)
        XCTAssertEqual(listed.due(now: Fixture.now + 110 * 3600), Fixture.now + 172 * 3600)
        // The reader answers after 100 hours: the due time moves by the pause, and the clock runs again.
        let reopened = try f.db.setTicketStatus(at(110, f), id: t.id!, to: .open)
        XCTAssertFalse(reopened.isPaused)
        XCTAssertEqual(reopened.dueAt, Fixture.now + 172 * 3600)
        XCTAssertEqual(reopened.pausedSeconds, 100 * 3600)
        XCTAssertTrue(reopened.isOverdue(now: Fixture.now + 173 * 3600))
        XCTAssertEqual(try f.db.overdueTicketCount(now: Fixture.now + 173 * 3600), 1)
        // A later change of priority keeps the pause: 24 h from creation plus 100 h waited.
        let raised = try f.db.setTicketPriority(at(111, f), id: t.id!, to: .high)
        XCTAssertEqual(raised.dueAt, Fixture.now + 124 * 3600)
    }

    func testATicketAlreadyLateStaysLateWhilePaused() throws {
        let f = try Fixture()
        let t = try f.db.newTicket(f.frontDesk, kind: .fault, subject: "x", priority: .urgent)  // 4 h
        let waiting = try f.db.setTicketStatus(at(6, f), id: t.id!, to: .waiting)
        XCTAssertTrue(waiting.isOverdue(now: Fixture.now + 50 * 3600))
        XCTAssertEqual(waiting.due(now: Fixture.now + 50 * 3600)! - (Fixture.now + 50 * 3600), -2 * 3600, "2 h late, as when it paused")
        XCTAssertEqual(try f.db.overdueTicketCount(now: Fixture.now + 50 * 3600), 1)
    }

    func testTheReportLeavesTheWaitOutOfTheTimeToResolve() throws {
        let f = try Fixture()
        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "x")
        try f.db.setTicketStatus(at(2, f), id: t.id!, to: .waiting)
        try f.db.setTicketStatus(at(50, f), id: t.id!, to: .open)
        try f.db.resolveTicket(at(51, f), id: t.id!)
        let report = try f.db.programmeReport(try f.db.calendar.period("2026-10"))
        XCTAssertEqual(report.resolution["question"]?.meanHours, 3)
    }

    func testTheQueueListsOpenWorkFirstThenWaitingResolvedAndClosed() throws {
        let f = try Fixture()
        func new(_ subject: String, _ p: Priority = .normal, _ kind: TicketKind = .question) throws -> Int64 {
            try f.db.newTicket(f.frontDesk, kind: kind, subject: subject, priority: p).id!
        }
        let closed = try new("closed", .urgent); try f.db.setTicketStatus(f.admin, id: closed, to: .closed)
        let resolved = try new("resolved", .urgent); try f.db.resolveTicket(f.admin, id: resolved)
        let waiting = try new("waiting", .urgent); try f.db.setTicketStatus(f.admin, id: waiting, to: .waiting)
        let praise = try new("praise", .urgent, .praise)
        let low = try new("low", .low)
        let urgent = try new("urgent", .urgent)
        XCTAssertEqual(try f.db.tickets(TicketFilter()).map(\.id), [urgent, low, praise, waiting, resolved, closed])
        XCTAssertEqual(try f.db.tickets(TicketFilter(statuses: TicketQueue.open.statuses)).map(\.id), [urgent, low, praise, waiting])
        XCTAssertEqual(TicketQueue.allCases.map { $0.next }, [.waiting, .resolved, .closed, .all, .open])
    }
}
