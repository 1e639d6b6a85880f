import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class OutreachReportTests: XCTestCase {
    func testOutreachRecordsContactsAndCountsResponsesWithinThirtyDays() throws {
        let f = try AnalyticsFixture()
        let lib = try f.staff("wang", areas: ["Physics"])
        let desk = try f.staff("desk", role: .frontDesk)
        try f.service("NEWDB", subjects: ["Physics"])
        try f.reader("P1", subject: "Physics", consent: [.email]); try f.reader("P2", subject: "physics", consent: [.email])
        try f.reader("H1", subject: "History", consent: [.email])
        let input = OutreachInput(title: "New physics database", service: "NEWDB", segment: .subject("Physics"), channel: .email)
        XCTAssertThrowsError(try f.db.sendOutreach(Actor(staff: desk, now: f.now), input))  // personal data: librarians only
        let sent = try f.db.sendOutreach(Actor(staff: lib, now: f.now), input)
        XCTAssertEqual(sent.recipients.map(\.card), ["P1", "P2"]); XCTAssertEqual(sent.cell, 3)
        XCTAssertTrue(sent.csv.hasPrefix("card,name,email,dept,subject\r\nP1,Reader P1,"))
        XCTAssertEqual(try f.db.contacts(card: "P1").first?.cell, 3)
        // P1 uses it 30 days later (counts), P2 31 days later (does not).
        try f.useEpoch("P1", "NEWDB", f.now + 30 * 86_400); try f.useEpoch("P2", "NEWDB", f.now + 31 * 86_400)
        let summary = try XCTUnwrap(try f.db.outreachSummaries().first)
        XCTAssertEqual([summary.recipients, summary.responses], [2, 1])
    }

    func testOutreachTiedToLifeStageIsCellFour() throws {
        let f = try AnalyticsFixture()
        try f.reader("L1", dept: "Math", consent: [.email]); try f.reader("L2", dept: "Math", consent: [.email])
        try f.db.addLifeEvent(f.actor, card: "L1", kind: .titleEvaluation, date: "2026-11-01")
        let sent = try f.db.sendOutreach(
            f.actor,
            OutreachInput(
                title: "Help with title evaluation", segment: .dept("Math"),
                channel: .email, lifeStage: .titleEvaluation))
        XCTAssertEqual(sent.recipients.map(\.card), ["L1"]); XCTAssertEqual(sent.cell, 4)
    }

    func testOutreachReachesOnlyReadersWhoConsentedToTheChannel() throws {
        let f = try AnalyticsFixture()
        try f.reader("C1", dept: "Law", email: "c1@example.edu", consent: [.email])
        try f.reader("C2", dept: "Law", phone: "13800000002", consent: [.phone])
        try f.reader("C3", dept: "Law")
        func send(_ channel: Channel) throws -> OutreachResult {
            try f.db.sendOutreach(f.actor, OutreachInput(title: "Law databases", segment: .dept("Law"), channel: channel))
        }
        let email = try send(.email)
        XCTAssertEqual(email.recipients.map(\.card), ["C1"]); XCTAssertEqual(email.withoutConsent, 2)
        let phone = try send(.phone)
        XCTAssertEqual(phone.recipients.map(\.card), ["C2"])
        XCTAssertEqual(phone.csv, "card,name,phone,dept,subject\r\nC2,Reader C2,13800000002,Law,\r\n", "a call list has the numbers")
        XCTAssertEqual(email.csv, "card,name,email,dept,subject\r\nC1,Reader C1,c1@example.edu,Law,\r\n", "a mail merge has the emails")
        XCTAssertEqual(try send(.inPerson).recipients.map(\.card), ["C1", "C2", "C3"])
        XCTAssertTrue(try f.db.contacts(card: "C3").allSatisfy { $0.channel == .inPerson }, "no email or call logged without consent")
    }

    func testReportCrossUseChurnAndSatisfaction() throws {
        let f = try AnalyticsFixture()
        try f.service("A"); try f.service("B")
        for c in ["R1", "R2", "R3"] { try f.reader(c) }
        try f.use("R1", "A", "2026-07-05T09:00:00"); try f.use("R2", "A", "2026-07-05T09:00:00")  // Q3: R1, R2
        try f.use("R1", "A", "2026-10-05T09:00:00"); try f.use("R1", "B", "2026-10-06T09:00:00")  // Q4: R1 (two services), R3
        try f.use("R3", "A", "2026-10-05T09:00:00")
        let opened = Actor(staff: f.admin.staff, now: try f.at("2026-10-02T09:00:00"))
        let t = try f.db.newTicket(opened, kind: .complaint, subject: "slow", card: "R1")
        try f.db.commentTicket(
            Actor(staff: f.admin.staff, now: try f.at("2026-10-02T11:00:00")), id: t.id!, text: "looking", internal: false)
        try f.db.resolveTicket(Actor(staff: f.admin.staff, now: try f.at("2026-10-03T09:00:00")), id: t.id!, satisfaction: 4)
        let r = try f.db.programmeReport(try f.cal.period("2026-Q4"))
        XCTAssertEqual(r.activeReaders, 2); XCTAssertEqual(r.crossUseReaders, 1); XCTAssertEqual(r.crossUse, 0.5)
        XCTAssertEqual([r.previousActive, r.churned], [2, 1])
        XCTAssertEqual(r.satisfaction, [0, 0, 0, 1, 0]); XCTAssertEqual(r.satisfactionMean, 4)
        XCTAssertEqual(r.firstResponse["complaint"]?.medianHours, 2); XCTAssertEqual(r.resolution["complaint"]?.medianHours, 24)
    }

    func testSevenPShowsPersistencyValueAndProducts() throws {
        let f = try AnalyticsFixture()
        try f.service("A"); try f.service("B")
        try f.reader("R1", .faculty)
        try f.use("R1", "A", "2026-05-05T09:00:00"); try f.use("R1", "A", "2026-08-05T09:00:00");
        try f.use("R1", "B", "2026-10-05T09:00:00")
        let s = try f.db.sevenP(f.actor, card: "R1")
        XCTAssertEqual(
            s.persistency.map { "\($0.quarter) \($0.tier.rawValue)" },
            ["2025-Q4 inactive", "2026-Q1 inactive", "2026-Q2 vip", "2026-Q3 vip"])
        XCTAssertEqual(s.value.tier, .vip)
        XCTAssertEqual(s.products.used, ["A", "B"])
        XCTAssertEqual(s.performance.services, ["A": 2, "B": 1])
        XCTAssertEqual(s.prospecting.trend, "rising")  // last 90 days 2 (Aug, Oct), the 90 before 1 (May)
        let profile = try f.db.profile(f.actor, card: "R1")
        XCTAssertEqual(profile.sevenP, s)
    }
}
