import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// The matrix as a day's work: priority order, capacity and backlog, owners, the per-reader cap,
/// one action per service decision, follow-ups as work items (README "Today's plan").
final class WorklistTests: XCTestCase {
    /// 40 active readers: V (faculty, heavy premium use) is vip, K second is key, B (one use) basic.
    /// B has an overdue complaint, V was last contacted 60 days ago, K first used N two days ago,
    /// and NEWSVC is a new resource for Physics. Now: Thursday 2026-10-15 10:00 (+08:00).
    func library() throws -> AnalyticsFixture {
        let f = try AnalyticsFixture()
        try f.service("P", .premium, points: 5); try f.service("S", .basic, points: 1); try f.service("N", .standard, points: 2)
        try f.reader("V", .faculty); try f.reader("K", .researcher); try f.reader("B", subject: "Physics")
        for i in 1...37 { try f.reader(String(format: "R%02d", i)) }
        for d in 0..<20 { try f.use("V", "P", "2026-08-\(String(format: "%02d", d + 1))T09:00:00", quantity: 3) }
        for d in 0..<10 { try f.use("K", "P", "2026-08-\(String(format: "%02d", d + 1))T10:00:00", quantity: 2) }
        try f.use("K", "N", "2026-10-13T10:00:00")
        try f.use("B", "S", "2026-07-01T09:00:00")
        for i in 1...37 { try f.use(String(format: "R%02d", i), "S", "2026-08-05T09:00:00", quantity: 2) }
        try f.contact("V", when: "2026-08-16T09:00:00")
        let fiveDaysAgo = Actor(staff: f.admin.staff, now: try f.at("2026-10-10T10:00:00"))  // due 72 h later: overdue since the 13th
        try f.db.newTicket(fiveDaysAgo, kind: .complaint, subject: "noise in the reading room", card: "B")
        try f.service("NEWSVC", subjects: ["Physics"], created: "2026-10-12T00:00:00")
        return f
    }

    func testPriorityOrderOfTheBuiltScenario() throws {
        let f = try library()
        let open = try f.db.actions(f.actor, ActionFilter()).value
        func first(_ rule: String, _ who: String?) throws -> ActionListing {
            try XCTUnwrap(open.first { $0.rule == rule && ($0.card ?? $0.service) == who }, "\(rule) \(who ?? "")")
        }
        let complaint = try first("complaint", "B"), care = try first("tier-care", "V")
        let firstUse = try first("first-use", "K"), recommendation = try first("new-service", "NEWSVC")
        XCTAssertEqual([complaint.valueTier, care.valueTier, firstUse.valueTier], [.basic, .vip, .key])
        // The README's worked example: 100+6+1+8, 50+24+12+4.3, 40+18+0+8, 20+12.
        XCTAssertEqual([complaint.priority, care.priority, firstUse.priority, recommendation.priority], [115, 90.3, 66, 32])
        let order = open.map(\.id)
        XCTAssertEqual(
            [complaint, care, firstUse, recommendation].map { order.firstIndex(of: $0.id)! },
            [complaint, care, firstUse, recommendation].map { order.firstIndex(of: $0.id)! }.sorted())
        XCTAssertEqual(order.first, complaint.id)
    }

    func testEveryOpenActionHasAnOwner() throws {
        let f = try library()
        _ = try f.staff("wang", areas: ["Physics"])
        let all = try f.db.actions(f.actor, ActionFilter(limit: 10_000, includeHeld: true)).value
        XCTAssertFalse(all.isEmpty)
        XCTAssertEqual(all.filter { $0.owner == nil }.map(\.rule), [])
        // The Physics reader's complaint goes to the Physics librarian, the others to the default owner.
        XCTAssertEqual(all.first { $0.rule == "complaint" }?.owner, "wang")
        XCTAssertEqual(all.first { $0.rule == "tier-care" }?.owner, "admin")
        let care = all.first { $0.rule == "tier-care" && $0.card == "V" }!
        try f.db.reassignAction(f.actor, id: care.id, to: "wang")
        XCTAssertEqual(
            try f.db.actionsCached(ActionFilter(ownerId: try f.db.allStaff().first { $0.login == "wang" }!.id, rule: "tier-care")).map(
                \.id), [care.id])
        let desk = try f.staff("desk", role: .frontDesk)
        XCTAssertThrowsError(try f.db.reassignAction(Actor(staff: desk, now: f.now), id: care.id, to: "admin"))
        XCTAssertThrowsError(try f.db.reassignAction(f.actor, id: care.id, to: "nobody"))
    }

    func testCapacityIsHonouredAndTheBacklogIsCompleteAndSpreadOverWorkingDays() throws {
        let f = try library()
        try f.db.setCapacity(f.actor, login: "admin", capacity: 2)
        try f.set("calendar.closed", "2026-10-16")
        let plan = try f.db.todayPlan(f.actor).value
        let due = try f.db.actionsCached(ActionFilter(ownerId: f.actor.staff.id, limit: 1000, dueBy: "2026-10-15"))
        XCTAssertEqual(plan.capacity, 2)
        XCTAssertEqual(plan.items.map(\.rule), ["complaint", "tier-care"])
        XCTAssertEqual(plan.items.map(\.card), ["B", "V"])
        // Nothing dropped: today's items and the backlog are exactly the due actions, best first.
        XCTAssertEqual(Set((plan.items + plan.backlog).compactMap(\.action)), Set(due.map(\.id)))
        XCTAssertEqual((plan.items + plan.backlog).map(\.priority), (plan.items + plan.backlog).map(\.priority).sorted(by: >))
        // Friday the 16th is closed, the weekend too: the backlog starts on Monday, two a day.
        XCTAssertEqual(plan.backlog.first?.planned, "2026-10-19")
        XCTAssertEqual(
            plan.backlog.map(\.planned), plan.backlog.indices.map { ["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22"][$0 / 2] })
        XCTAssertThrowsError(try f.db.setCapacity(f.actor, login: "admin", capacity: 0))
    }

    func testAWindowOfTheBacklogIsTheWholePlansFirstDaysAndCountsTheRest() throws {
        let f = try library()
        try f.db.setCapacity(f.actor, login: "admin", capacity: 1)
        _ = try f.db.assignTicket(f.actor, id: 1, to: "admin")  // its complaint action is then one item, not two
        let whole = try f.db.todayPlan(f.actor).value
        XCTAssertGreaterThanOrEqual(whole.backlog.count, 2)
        XCTAssertTrue((whole.items + whole.backlog).contains { $0.kind == .ticket })
        XCTAssertEqual(whole.backlogCount, whole.backlog.count)
        XCTAssertEqual(whole.backlogThrough, whole.backlog.last?.planned)
        for days in 0...whole.backlog.count + 1 {
            let window = try f.db.todayPlanCached(f.actor, backlogDays: days)
            XCTAssertEqual(window.items, whole.items)
            XCTAssertEqual(window.backlog, Array(whole.backlog.prefix(days)), "\(days) days")
            XCTAssertEqual(window.backlogCount, whole.backlogCount)
            XCTAssertEqual(window.backlogThrough, whole.backlogThrough)
        }
    }

    func testATicketDueSoonJoinsThePlanOfItsAssignee() throws {
        let f = try library()
        let wang = try f.staff("wang")
        let t = try f.db.newTicket(f.actor, kind: .question, subject: "how to reach CNKI from home", priority: .urgent)
        _ = try f.db.assignTicket(f.actor, id: t.id!, to: "wang")
        // Praise carries no SLA (issue 13): never due, so never in the plan.
        let praise = try f.db.newTicket(f.actor, kind: .praise, subject: "thanks", priority: .urgent)
        _ = try f.db.assignTicket(f.actor, id: praise.id!, to: "wang")
        let plan = try f.db.todayPlan(Actor(staff: wang, now: f.now)).value
        XCTAssertEqual(plan.items.map(\.kind), [.ticket])
        XCTAssertEqual(plan.items.first?.ticket, t.id)
        // Another person's plan is for librarians and administrators.
        let desk = try f.staff("desk", role: .frontDesk)
        XCTAssertThrowsError(try f.db.todayPlan(Actor(staff: desk, now: f.now), login: "wang").value)
        XCTAssertEqual(try f.db.todayPlan(f.actor, login: "wang").value.items.count, 1)
    }

    func testAComplaintAnsweredAsItsTicketIsOneItem() throws {
        let f = try library()
        XCTAssertEqual(try f.db.todayPlan(f.actor).value.items.filter { $0.card == "B" }.map(\.kind), [.action])
        _ = try f.db.assignTicket(f.actor, id: 1, to: "admin")
        XCTAssertEqual(try f.db.todayPlan(f.actor).value.items.filter { $0.card == "B" }.map(\.kind), [.ticket])
    }

    func testAReaderHasAtMostTheCapOfOpenActionsAndTheNextShowsWhenOneCloses() throws {
        let f = try library()
        try f.set("matrix.open_per_reader", "1")
        let shown = try f.db.actions(f.actor, ActionFilter(card: "K")).value
        XCTAssertEqual(shown.map(\.rule), ["tier-care"])
        let waiting = try f.db.actionsCached(ActionFilter(card: "K", includeHeld: true)).filter(\.held)
        XCTAssertEqual(waiting.map(\.rule), ["first-use"])
        try f.db.completeAction(f.actor, id: shown[0].id)
        XCTAssertEqual(try f.db.actionsCached(ActionFilter(card: "K")).map(\.rule), ["first-use"])
    }

    func testAServiceRuleIsOneActionNamingItsReaders() throws {
        let f = try library()
        try f.reader("B2", subject: "physics")
        let actions = try f.db.actions(f.actor, ActionFilter(rule: "new-service")).value
        XCTAssertEqual(actions.count, 1)
        XCTAssertNil(actions[0].card)
        XCTAssertEqual(actions[0].readers, 2)
        XCTAssertEqual(actions[0].reason, Phrase("action.new-service", ["newsvc service", "2026-10-12", "2", "Physics"]))
        let outreach = try f.db.sendOutreach(f.actor, OutreachInput(title: "New: NEWSVC", segment: .action(actions[0].id), channel: .web))
        XCTAssertEqual(outreach.recipients.map(\.card), ["B", "B2"])
        XCTAssertThrowsError(try f.db.sendOutreach(f.actor, OutreachInput(title: "again", segment: .action(actions[0].id), channel: .web)))
        let personal = try XCTUnwrap(try f.db.actionsCached(ActionFilter(rule: "tier-care")).first)
        XCTAssertThrowsError(try f.db.sendOutreach(f.actor, OutreachInput(title: "x", segment: .action(personal.id), channel: .web)))
    }

    func testFollowUpsAreTheAuthorsWorkAndExpire() throws {
        let f = try library()
        let wang = try f.staff("wang")
        try f.db.logContact(
            Actor(staff: wang, now: f.now), ContactInput(card: "R01", channel: .phone, summary: "send the guide", followUp: "2026-10-15"))
        var due = try f.db.dueFollowUps(Actor(staff: wang, now: f.now))
        XCTAssertEqual(due.map(\.card), ["R01"])
        XCTAssertEqual(due.first?.owner, "wang")
        XCTAssertEqual(try f.db.dueFollowUps(f.actor).count, 0)  // the administrator's list has none
        XCTAssertEqual(try f.db.todayPlan(Actor(staff: wang, now: f.now)).value.items.map(\.kind), [.followUp])
        // An outreach to the reader settles nothing personal; a contact with them does.
        _ = try f.db.sendOutreach(f.actor, OutreachInput(title: "news", segment: .cards(["R01"]), channel: .web))
        due = try f.db.dueFollowUps(Actor(staff: wang, now: f.now))
        XCTAssertEqual(due.count, 1)
        // Not done in time: 90 days past due it expires, with a line in the audit log.
        try f.setNow("2027-01-14T10:00:00")
        try f.db.refreshActions(now: f.now, force: false)
        let expired = try f.db.actionsCached(ActionFilter(statuses: [.dismissed], rule: "follow-up"))
        XCTAssertEqual(expired.map(\.dismissReason), ["expired: 90 days past due"])
        let audit = try f.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE action = 'action.expire'") }
        XCTAssertEqual(audit, 1)
    }

    func testAPersonalContactSettlesTheFollowUp() throws {
        let f = try library()
        try f.db.logContact(f.actor, ContactInput(card: "R02", channel: .phone, summary: "call back", followUp: "2026-10-15"))
        XCTAssertEqual(try f.db.dueFollowUpCount(f.actor), 1)
        try f.db.logContact(Actor(staff: f.admin.staff, now: f.now + 60), ContactInput(card: "R02", channel: .email, summary: "done"))
        XCTAssertEqual(try f.db.dueFollowUpCount(f.actor), 0)
        let done = try f.db.actionsCached(ActionFilter(statuses: [.done], rule: "follow-up"))
        XCTAssertEqual(done.count, 1)
    }

    func testTierGoalsAreSettings() throws {
        let f = try library()
        XCTAssertTrue(try f.db.tierGoals()[.vip]!.contains("matrix.care.vip.days"))
        XCTAssertEqual(try f.db.tierGoalPhrases()[.vip], Phrase("goal.vip", ["30"]), "the default names the days the rules use")
        try f.set("matrix.care.vip.days", "45")
        XCTAssertEqual(try f.db.tierGoalPhrases()[.vip], Phrase("goal.vip", ["45"]))
        try f.set("pyramid.goal.basic", "outreach twice a term")
        XCTAssertEqual(try f.db.tierGoals()[.basic], "outreach twice a term")
        XCTAssertEqual(try f.db.tierGoalPhrases()[.basic], Phrase("literal", ["outreach twice a term"]))
        XCTAssertThrowsError(try f.set("matrix.recommend.tiers", "vip,gold"))
        XCTAssertThrowsError(try f.set("calendar.weekend", "funday"))
        XCTAssertThrowsError(try f.set("matrix.open_per_reader", "0"))
    }
}

extension WorklistTests {
    func testAHolidayIsOneGreetingActionForTheReadersWhoConsented() throws {
        let f = try AnalyticsFixture()  // now: 2026-10-15
        try f.reader("T1", .faculty, consent: [.birthday]); try f.reader("T2", .undergraduate, consent: [.birthday])
        try f.reader("T3", .faculty)
        try f.set("matrix.holidays", "teachers-day=10-20@faculty;spring-festival=2027-02-06")
        let actions = try f.db.actions(f.actor, ActionFilter(rule: "holiday")).value
        XCTAssertEqual(actions.map(\.reason), [Phrase("action.holiday", ["holiday:teachers-day", "2026-10-20", "1"])])
        XCTAssertEqual(actions.first?.owner, "admin")
        let sent = try f.db.sendOutreach(
            f.actor, OutreachInput(title: "Happy Teachers' Day", segment: .action(actions[0].id), channel: .web))
        XCTAssertEqual(sent.recipients.map(\.card), ["T1"])
        XCTAssertThrowsError(try f.set("matrix.holidays", "teachers-day=10/20"))
        XCTAssertThrowsError(try f.set("matrix.holidays", "teachers-day=10-20@wizard"))
    }
}
