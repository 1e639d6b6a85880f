import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// Every rule with the case that triggers and the case that just misses. "Now" is 2026-10-15 10:00 in Shanghai.
final class MatrixRuleTests: XCTestCase {
    func open(_ f: AnalyticsFixture, rule: String) throws -> [ActionListing] {
        try f.db.refreshActions(now: f.now)
        return try f.db.read { try AppDatabase.actions($0, ActionFilter()) }.filter { $0.rule == rule }
    }

    func testFirstUseWithinFourteenDaysAndNoContactSince() throws {
        let f = try AnalyticsFixture()
        try f.service("S")
        for c in ["R1", "R2", "R3", "R4"] { try f.reader(c) }
        try f.use("R1", "S", "2026-10-01T00:00:00")  // the first instant of the 14-day window
        try f.use("R2", "S", "2026-09-30T23:59:00")  // just before it
        try f.use("R3", "S", "2026-08-03T09:00:00"); try f.use("R3", "S", "2026-10-10T09:00:00")  // not a first use
        try f.use("R4", "S", "2026-10-05T09:00:00"); try f.contact("R4", when: "2026-10-06T09:00:00")
        let a = try open(f, rule: "first-use")
        XCTAssertEqual(a.map(\.card), ["R1"])
        XCTAssertEqual(a.first?.due, "2026-10-15")
        XCTAssertEqual(a.first?.cell, 1)
    }

    func testUpkeepForServiceNamedInOpenFaultTicket() throws {
        let f = try AnalyticsFixture()
        try f.service("CNKI"); try f.service("LOANS")
        try f.db.newTicket(f.actor, kind: .fault, subject: "CNKI will not open off campus")
        try f.db.newTicket(f.actor, kind: .complaint, subject: "LOANS desk was rude")
        XCTAssertEqual(try open(f, rule: "upkeep").map(\.service), ["CNKI"])
    }

    func testTierCareAfterThirtyDaysForVip() throws {
        for (contact, expected) in [("2026-09-15T09:00:00", 1), ("2026-09-16T09:00:00", 0)] {
            let f = try AnalyticsFixture()
            try f.service("S"); try f.reader("V1", .faculty)
            try f.use("V1", "S", "2026-08-01T09:00:00")
            try f.contact("V1", when: contact)
            XCTAssertEqual(try open(f, rule: "tier-care").count, expected, "last contact \(contact)")
        }
    }

    func testBirthdayWithinSevenDaysOnlyWithConsent() throws {
        let f = try AnalyticsFixture()
        try f.reader("B1", birthday: "1990-10-22", consent: [.birthday])
        try f.reader("B2", birthday: "1990-10-23", consent: [.birthday])
        try f.reader("B3", birthday: "1990-10-20")
        let a = try open(f, rule: "birthday")
        XCTAssertEqual(a.map(\.card), ["B1"]); XCTAssertEqual(a.first?.due, "2026-10-22")
    }

    func testComplaintPastItsDueTime() throws {
        let f = try AnalyticsFixture()
        try f.reader("C1"); try f.reader("C2")
        let early = Actor(staff: f.admin.staff, now: try f.at("2026-10-12T09:59:00"))  // due 72 h later: 15 Oct 09:59
        let late = Actor(staff: f.admin.staff, now: try f.at("2026-10-12T10:01:00"))  // due 15 Oct 10:01
        try f.db.newTicket(early, kind: .complaint, subject: "noise", card: "C1")
        try f.db.newTicket(late, kind: .complaint, subject: "noise", card: "C2")
        XCTAssertEqual(try open(f, rule: "complaint").map(\.card), ["C1"])
        // Waiting on the reader since before it was due, its clock stands still: not past due.
        try f.db.setTicketStatus(Actor(staff: f.admin.staff, now: try f.at("2026-10-13T09:00:00")), id: 1, to: .waiting)
        XCTAssertEqual(try open(f, rule: "complaint").map(\.card), [])
    }

    /// 25 active readers: `both` use A and B, 15 − `both` … A only, 10 use B, the rest C.
    func pairFixture(both: Int, tiers: String = "vip,key,mid,basic") throws -> AnalyticsFixture {
        let f = try AnalyticsFixture()
        try f.set("matrix.recommend.tiers", tiers)
        for s in ["A", "B", "C"] { try f.service(s) }
        for i in 1...25 {
            let card = String(format: "P%02d", i)
            try f.reader(card)
            let uses = i <= both ? ["A", "B"] : i <= 15 ? ["A"] : i <= 15 + (10 - both) ? ["B"] : ["C"]
            for s in uses { try f.use(card, s, "2026-06-01T09:00:00") }
        }
        return f
    }

    func testRecommendPairNeedsTenReadersUsingBoth() throws {
        // both 10: confidence 10/15 = .67, lift .67 / (10/25) = 1.67 → readers P11–P15 get "recommend B".
        let hit = try open(try pairFixture(both: 10), rule: "pair")
        XCTAssertEqual(hit.map(\.card), ["P11", "P12", "P13", "P14", "P15"])
        XCTAssertEqual(Set(hit.map(\.service)), ["B"])
        XCTAssertEqual(hit[0].reason, Phrase("action.pair", ["b service", "a service", "67", "1.7"]))
        XCTAssertEqual(try open(try pairFixture(both: 9), rule: "pair").count, 0)
        // By default basic readers get outreach, not personal recommendations.
        let vipKeyMid = try open(try pairFixture(both: 10, tiers: "vip,key,mid"), rule: "pair")
        XCTAssertLessThan(vipKeyMid.count, hit.count)
        XCTAssertTrue(vipKeyMid.allSatisfy { [.vip, .key, .mid].contains($0.valueTier) })
    }

    func testNewServiceForReadersOfItsSubject() throws {
        let f = try AnalyticsFixture()
        try f.service("NEW", subjects: ["Physics"], created: "2026-09-15T00:00:00")
        try f.service("OLD", subjects: ["Physics"], created: "2026-09-14T23:59:00")
        try f.reader("P1", subject: "physics"); try f.reader("P2", subject: "Chemistry")
        // One action for the service, naming its readers; an outreach from it reaches exactly them.
        let actions = try open(f, rule: "new-service")
        XCTAssertEqual(actions.map { "\($0.card ?? "-") \($0.service!) \($0.readers ?? 0)" }, ["- NEW 1"])
        XCTAssertEqual(actions.first?.owner, "admin")
        let sent = try f.db.sendOutreach(f.actor, OutreachInput(title: "New: NEW", segment: .action(actions[0].id), channel: .web))
        XCTAssertEqual(sent.recipients.map(\.card), ["P1"])
        XCTAssertEqual(sent.cell, 3)
        XCTAssertEqual(try f.db.actionsCached(ActionFilter(statuses: [.done])).map(\.id), [actions[0].id])
    }

    func testLifeStageWithinThirtyDaysSuggestsServices() throws {
        let f = try AnalyticsFixture()
        try f.service("NOVELTY"); try f.service("CITATION")
        try f.reader("L1"); try f.reader("L2")
        try f.db.addLifeEvent(f.actor, card: "L1", kind: .titleEvaluation, date: "2026-11-14")
        try f.db.addLifeEvent(f.actor, card: "L2", kind: .titleEvaluation, date: "2026-11-15")
        let a = try open(f, rule: "life-stage")
        XCTAssertEqual(a.map(\.card), ["L1"])
        XCTAssertEqual(a.first?.reason, Phrase("action.life-stage", ["event:title-evaluation", "2026-11-14"]))
        XCTAssertEqual(a.first?.step, Phrase("action.life-stage.suggest", ["novelty service, citation service"]))
        XCTAssertEqual(a.first?.due, "2026-11-07")
    }

    func testServiceTrendThirtyPercentWithTwentyInBaseline() throws {
        let f = try AnalyticsFixture()
        try f.reader("U")
        // June–August baseline, September the last full month.
        for (code, base, last) in [("UP", 10, 13), ("FLAT", 10, 12), ("SMALL", 6, 30), ("DOWN", 10, 7)] {
            try f.service(code)
            for m in ["06", "07", "08"] { try f.use("U", code, "2026-\(m)-10T09:00:00", quantity: base) }
            try f.use("U", code, "2026-09-10T09:00:00", quantity: last)
        }
        let a = try open(f, rule: "service-trend")
        XCTAssertEqual(a.compactMap(\.service).sorted(), ["DOWN", "UP"])
        XCTAssertEqual(a.first { $0.service == "UP" }!.reason.code, "action.service-trend.rising")
    }

    func testCounterTrendFromTheLatestReportedMonth() throws {
        let f = try AnalyticsFixture()
        // COUNTER months: June–August baseline; the latest reported month is September for UP and
        // FLAT, August for LATE (its September report has not come yet), SMALL too small a base.
        let figures: [(String, [String: Int])] = [
            ("UP", ["202606": 100, "202607": 100, "202608": 100, "202609": 130]),
            ("FLAT", ["202606": 100, "202607": 100, "202608": 100, "202609": 129]),
            ("LATE", ["202605": 50, "202606": 50, "202607": 50, "202608": 20]),
            ("SMALL", ["202606": 5, "202607": 5, "202608": 5, "202609": 50]),
        ]
        for (code, months) in figures {
            let s = try f.service(code)
            try f.db.write { db in
                for (month, count) in months {
                    try db.execute(
                        sql: """
                            INSERT INTO counter_figure(report, service_id, name, platform, metric, month, count)
                            VALUES ('DR', ?, ?, 'P', 'Total_Item_Requests', ?, ?)
                            """, arguments: [s.id, code, Int(month)!, count])
                }
            }
        }
        let a = try open(f, rule: "counter-trend")
        XCTAssertEqual(a.compactMap(\.service).sorted(), ["LATE", "UP"])
        let late = a.first { $0.service == "LATE" }!.reason
        XCTAssertEqual(late.code, "action.counter-trend.falling")
        XCTAssertEqual(Array(late.arguments[1...3]), ["Total_Item_Requests", "20", "2026-08"])
        XCTAssertEqual(a.first?.cell, 5)
    }

    func testActivityFallingAndHabitsChanged() throws {
        let f = try AnalyticsFixture()
        try f.service("S")
        // Windows: before = [18 Apr, 17 Jul), recent = [17 Jul, 15 Oct).
        for (card, before, recent) in [("F1", 10, 5), ("F2", 10, 6), ("F3", 9, 0)] {
            try f.reader(card)
            try f.use(card, "S", "2026-06-01T09:00:00", quantity: before)
            if recent > 0 { try f.use(card, "S", "2026-09-01T09:00:00", quantity: recent) }
        }
        // On-site share 100% → 60% is 40 points (counts); → 70% is 30 (does not).
        for (card, onsite) in [("H1", 6), ("H2", 7)] {
            try f.reader(card)
            try f.use(card, "S", "2026-06-01T09:00:00", quantity: 10)
            try f.use(card, "S", "2026-09-01T09:00:00", quantity: onsite)
            try f.use(card, "S", "2026-09-02T09:00:00", quantity: 10 - onsite, location: .remote)
        }
        let a = try open(f, rule: "reader-trend")
        XCTAssertEqual(a.filter { $0.reason.code == "action.activity-falling" }.map(\.card), ["F1"])
        XCTAssertEqual(a.filter { $0.reason.code.hasPrefix("action.habits") }.map(\.card), ["H1"])
    }

    func testTierFellBetweenLastTwoQuarters() throws {
        let f = try AnalyticsFixture()
        try f.service("P", .premium, points: 5); try f.service("B", .basic)
        try f.reader("X"); try f.reader("Y", .faculty); try f.reader("Z")
        try f.use("X", "P", "2026-05-10T09:00:00", quantity: 5); try f.use("Z", "B", "2026-05-01T09:00:00")  // Q2: X vip, Z basic
        try f.use("X", "B", "2026-08-10T09:00:00"); try f.use("Y", "P", "2026-08-10T09:00:00")  // Q3: Y vip, X basic
        let a = try open(f, rule: "tier-fell")
        XCTAssertEqual(a.map(\.card), ["X"])  // Z fell from basic to inactive: churn, not an action
        XCTAssertEqual(a.first?.reason, Phrase("action.tier-fell", ["tier:vip", "2026-Q2", "tier:basic", "2026-Q3"]))
    }
}
