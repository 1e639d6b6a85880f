import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class TicketTests: XCTestCase {
    func history(_ f: Fixture, _ id: Int64) throws -> [TicketChange] { try f.db.ticketDetail(id: id).history }

    func testDueTimesFollowTheSLAOfEachPriority() throws {
        let f = try Fixture()
        let hours: [Priority: Int64] = [.urgent: 4, .high: 24, .normal: 72, .low: 168]
        for (p, h) in hours {
            let t = try f.db.newTicket(f.frontDesk, kind: .complaint, subject: "x", priority: p)
            XCTAssertEqual(t.dueAt - t.createdAt, h * 3600, p.rawValue)
            XCTAssertEqual(t.createdAt, Fixture.now)
            XCTAssertEqual(t.status, .new)
            XCTAssertEqual(t.version, 1)
        }
        XCTAssertEqual(try f.db.newTicket(f.frontDesk, kind: .question, subject: "default").dueAt, Fixture.now + 72 * 3600)

        try f.db.setSetting(f.admin, key: "sla.high.hours", value: "8")
        try f.db.setSetting(f.admin, key: "sla.urgent.hours", value: "1.5")
        XCTAssertEqual(try f.db.newTicket(f.frontDesk, kind: .fault, subject: "x", priority: .high).dueAt, Fixture.now + 8 * 3600)
        XCTAssertEqual(try f.db.newTicket(f.frontDesk, kind: .fault, subject: "x", priority: .urgent).dueAt, Fixture.now + 5400)
        XCTAssertEqual(try f.db.newTicket(f.frontDesk, kind: .fault, subject: "x", priority: .low).dueAt, Fixture.now + 168 * 3600)

        // Changing the priority later measures from when the ticket was opened.
        let t = try f.db.newTicket(f.frontDesk, kind: .complaint, subject: "slow", priority: .low)
        let later = Actor(staff: f.admin.staff, now: Fixture.now + 600)
        let raised = try f.db.setTicketPriority(later, id: t.id!, to: .high)
        XCTAssertEqual(raised.dueAt, Fixture.now + 8 * 3600)
    }

    func testTicketWithUnknownCardOrBadSubjectIsRefused() throws {
        let f = try Fixture()
        try XCTAssertRefusedUnchanged(f, .notFound, try f.db.newTicket(f.admin, kind: .complaint, subject: "x", card: "nope"))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.newTicket(f.admin, kind: .complaint, subject: " "))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.newTicket(f.admin, kind: .complaint, subject: "two\nlines"))
    }

    /// A ticket brought to `status` by allowed steps.
    func ticket(_ f: Fixture, in status: TicketStatus) throws -> Ticket {
        let t = try f.db.newTicket(f.admin, kind: .question, subject: "where is it?")
        switch status {
        case .new: return t
        case .open, .waiting, .resolved, .closed: return try f.db.setTicketStatus(f.admin, id: t.id!, to: status)
        }
    }

    func testTransitions() throws {
        let allowed: [TicketStatus: Set<TicketStatus>] = [
            .new: [.open, .waiting, .resolved, .closed],
            .open: [.waiting, .resolved, .closed],
            .waiting: [.open, .resolved, .closed],
            .resolved: [.open, .closed],
            .closed: [.open],
        ]
        let f = try Fixture()
        for from in TicketStatus.allCases {
            for to in TicketStatus.allCases where to != from {
                let t = try ticket(f, in: from)
                XCTAssertEqual(t.status, from)
                if allowed[from]!.contains(to) {
                    let moved = try f.db.setTicketStatus(f.admin, id: t.id!, to: to)
                    XCTAssertEqual(moved.status, to, "\(from) → \(to)")
                    XCTAssertEqual(moved.version, t.version + 1)
                } else {
                    try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.setTicketStatus(f.admin, id: t.id!, to: to), "\(from) → \(to)")
                }
            }
        }
        XCTAssertRefused(.notFound, try f.db.setTicketStatus(f.admin, id: 999, to: .open))
    }

    func testResolveCloseAndReopenSetTheirTimes() throws {
        let f = try Fixture()
        let t = try f.db.newTicket(f.admin, kind: .complaint, subject: "noise", priority: .high)
        let at1 = Actor(staff: f.librarian.staff, now: Fixture.now + 3600)
        let resolved = try f.db.resolveTicket(at1, id: t.id!, satisfaction: 4)
        XCTAssertEqual(resolved.status, .resolved)
        XCTAssertEqual(resolved.resolvedAt, Fixture.now + 3600)
        XCTAssertEqual(resolved.satisfaction, 4)
        let at2 = Actor(staff: f.librarian.staff, now: Fixture.now + 7200)
        let closed = try f.db.setTicketStatus(at2, id: t.id!, to: .closed)
        XCTAssertEqual(closed.closedAt, Fixture.now + 7200)
        XCTAssertEqual(closed.resolvedAt, Fixture.now + 3600)
        let at3 = Actor(staff: f.librarian.staff, now: Fixture.now + 86400)
        let reopened = try f.db.setTicketStatus(at3, id: t.id!, to: .open)
        XCTAssertEqual(reopened.status, .open)
        XCTAssertNil(reopened.resolvedAt); XCTAssertNil(reopened.closedAt)
        XCTAssertEqual(reopened.dueAt, Fixture.now + 86400 + 24 * 3600, "a reopened ticket gets a fresh SLA")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.resolveTicket(f.admin, id: t.id!, satisfaction: 0))
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.resolveTicket(f.admin, id: t.id!, satisfaction: 6))
        // Closing straight from new also counts as resolved.
        let quick = try f.db.setTicketStatus(f.admin, id: f.db.newTicket(f.admin, kind: .praise, subject: "thanks").id!, to: .closed)
        XCTAssertEqual(quick.resolvedAt, Fixture.now)
    }

    func testStaleVersionIsAConflictAndChangesNothing() throws {
        let f = try Fixture()
        let t = try f.db.newTicket(f.admin, kind: .fault, subject: "kiosk")
        let v2 = try f.db.assignTicket(f.admin, id: t.id!, to: "lin", expectedVersion: 1)
        XCTAssertEqual(v2.version, 2)
        try XCTAssertRefusedUnchanged(f, .conflict, try f.db.assignTicket(f.admin, id: t.id!, to: "fred", expectedVersion: 1))
        try XCTAssertRefusedUnchanged(
            f, .conflict, try f.db.commentTicket(f.admin, id: t.id!, text: "hi", internal: false, expectedVersion: 1))
        try XCTAssertRefusedUnchanged(f, .conflict, try f.db.resolveTicket(f.admin, id: t.id!, satisfaction: 5, expectedVersion: 3))
        try XCTAssertRefusedUnchanged(f, .conflict, try f.db.setTicketStatus(f.admin, id: t.id!, to: .closed, expectedVersion: 1))
        try XCTAssertRefusedUnchanged(f, .conflict, try f.db.setTicketPriority(f.admin, id: t.id!, to: .urgent, expectedVersion: 1))
        XCTAssertEqual(try f.db.setTicketStatus(f.admin, id: t.id!, to: .waiting, expectedVersion: 2).version, 3)
    }

    func testEveryChangeLeavesAHistoryRow() throws {
        let f = try Fixture()
        try f.reader("2026001", "张三丰")
        let t = try f.db.newTicket(f.frontDesk, kind: .complaint, subject: "rude", card: "2026001")
        XCTAssertEqual(try history(f, t.id!).map(\.field), ["created"])
        try f.db.assignTicket(f.admin, id: t.id!, to: "lin")
        try f.db.setTicketPriority(f.admin, id: t.id!, to: .urgent)
        try f.db.commentTicket(f.librarian, id: t.id!, text: "internal thought", internal: true)
        try f.db.commentTicket(f.librarian, id: t.id!, text: "sorry", internal: false)
        try f.db.resolveTicket(f.librarian, id: t.id!, satisfaction: 3)
        try f.db.setTicketStatus(f.librarian, id: t.id!, to: .closed)
        let h = try history(f, t.id!)
        let rows = h.map { "\($0.staff) \($0.field) \($0.oldValue ?? "-") \($0.newValue ?? "-")" }
        XCTAssertEqual(
            Set(rows),
            Set([
                "fred created - complaint",
                "admin status new open", "admin assignee - lin",
                "admin priority normal urgent",
                "lin note - -", "lin reply - -",
                "lin status open resolved", "lin satisfaction - 3",
                "lin status resolved closed",
            ]))
        XCTAssertEqual(h.count, 9)
        let d = try f.db.ticketDetail(id: t.id!)
        XCTAssertEqual(d.entries.map(\.isInternal), [true, false])
        XCTAssertEqual(d.listing.card, "2026001")
        XCTAssertEqual(d.listing.assignee, "lin")
        XCTAssertEqual(d.ticket.version, 7)
        XCTAssertEqual(try f.db.tickets(forReader: "2026001").map(\.id), [t.id!])
    }

    func testFirstResponseIsTheFirstPublicReply() throws {
        let f = try Fixture()
        let t = try f.db.newTicket(f.admin, kind: .question, subject: "hours?")
        let note = try f.db.commentTicket(Actor(staff: f.admin.staff, now: Fixture.now + 60), id: t.id!, text: "checking", internal: true)
        XCTAssertNil(note.firstResponseAt, "an internal note is no response")
        XCTAssertEqual(note.status, .new)
        let reply = try f.db.commentTicket(Actor(staff: f.admin.staff, now: Fixture.now + 120), id: t.id!, text: "9 to 5", internal: false)
        XCTAssertEqual(reply.firstResponseAt, Fixture.now + 120)
        XCTAssertEqual(reply.status, .open)
        let again = try f.db.commentTicket(Actor(staff: f.admin.staff, now: Fixture.now + 999), id: t.id!, text: "and Sat", internal: false)
        XCTAssertEqual(again.firstResponseAt, Fixture.now + 120)
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.commentTicket(f.admin, id: t.id!, text: "  ", internal: false))
        try XCTAssertRefusedUnchanged(f, .notFound, try f.db.assignTicket(f.admin, id: t.id!, to: "nobody"))
    }

    func testQueueOrderAndFilters() throws {
        let f = try Fixture()
        let low = try f.db.newTicket(f.admin, kind: .suggestion, subject: "a", priority: .low)
        let urgent = try f.db.newTicket(f.admin, kind: .fault, subject: "b", priority: .urgent)
        let normal = try f.db.newTicket(f.admin, kind: .question, subject: "c")
        try f.db.assignTicket(f.admin, id: normal.id!, to: "lin")
        XCTAssertEqual(try f.db.tickets(TicketFilter()).map(\.id), [urgent.id!, normal.id!, low.id!])
        XCTAssertEqual(try f.db.tickets(TicketFilter(assigneeId: f.librarian.staff.id)).map(\.id), [normal.id!])
        XCTAssertEqual(try f.db.tickets(TicketFilter(statuses: [.new])).map(\.id), [urgent.id!, low.id!])
        XCTAssertEqual(try f.db.tickets(TicketFilter(kinds: [.suggestion])).map(\.id), [low.id!])
        XCTAssertEqual(try f.db.overdueTicketCount(now: Fixture.now + 5 * 3600), 1)
    }
}
