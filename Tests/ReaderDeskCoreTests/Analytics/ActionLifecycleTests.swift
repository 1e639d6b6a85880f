import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

/// Snooze, dismiss, completion by a contact, and when the matrix refreshes.
final class ActionLifecycleTests: XCTestCase {
    /// Open actions, leaving out tier care (a lone active reader is always vip), as of the day: these
    /// tests move from day to day, so they wait for each day's refresh.
    func openActions(_ f: AnalyticsFixture) throws -> [ActionListing] {
        try f.db.actions(f.actor, ActionFilter(), refresh: .fresh).value.filter { $0.rule != "tier-care" }
    }

    func testSnoozedBirthdayReturnsOnItsDay() throws {
        let f = try AnalyticsFixture()
        try f.reader("B1", birthday: "1990-10-20", consent: [.birthday])
        let id = try XCTUnwrap(try openActions(f).first?.id)
        XCTAssertThrowsError(try f.db.snoozeAction(f.actor, id: id, until: "2026-10-15"))  // not after today
        try f.db.snoozeAction(f.actor, id: id, until: "2026-10-18")
        try f.setNow("2026-10-17T09:00:00")
        XCTAssertEqual(try openActions(f).count, 0)
        try f.setNow("2026-10-18T09:00:00")
        XCTAssertEqual(try openActions(f).map(\.id), [id])
    }

    func testDismissedStaysAwayUntilTheReasonChanges() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.service("T"); try f.reader("R1")
        try f.use("R1", "S", "2026-10-10T09:00:00")
        let first = try XCTUnwrap(try openActions(f).first)
        try f.db.dismissAction(f.actor, id: first.id, reason: "spoke at the desk")
        try f.db.refreshActions(now: f.now)
        XCTAssertEqual(try openActions(f).count, 0)
        try f.use("R1", "T", "2026-10-12T09:00:00")  // a new first use: a new reason
        XCTAssertEqual(try openActions(f).map(\.service), ["T"])
        XCTAssertThrowsError(try f.db.completeAction(f.actor, id: first.id))  // already dismissed
    }

    func testContactWithCellCompletesThatCellOnly() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1", birthday: "1990-10-20", consent: [.birthday])
        try f.use("R1", "S", "2026-10-10T09:00:00")
        XCTAssertEqual(Set(try openActions(f).map(\.cell)), [1, 2])
        try f.contact("R1", cell: 2, when: "2026-10-09T09:00:00")  // before the first use: cell 1 stays open
        XCTAssertEqual(try openActions(f).map(\.cell), [1])
        let done = try f.db.actions(f.actor, ActionFilter(statuses: [.done])).value
        XCTAssertEqual(done.map(\.rule).sorted(), ["birthday", "tier-care"])
    }

    func testContactWithoutCellClearsFirstUseAtNextLook() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("R1")
        try f.use("R1", "S", "2026-10-10T09:00:00")
        XCTAssertEqual(try openActions(f).count, 1)
        try f.contact("R1")
        XCTAssertEqual(try openActions(f).count, 0)  // the write changed the fingerprint: live rules re-ran
    }

    func testTierCareComesBackAfterTheNextGap() throws {
        let f = try AnalyticsFixture()
        try f.service("S"); try f.reader("V1", .faculty)
        try f.use("V1", "S", "2026-08-01T09:00:00")
        func care() throws -> ActionListing? {
            try f.db.actions(f.actor, ActionFilter(), refresh: .fresh).value.first { $0.rule == "tier-care" }
        }
        let first = try XCTUnwrap(try care())
        try f.db.dismissAction(f.actor, id: first.id, reason: "on leave")
        try f.contact("V1", when: "2026-10-15T09:00:00")
        try f.setNow("2026-11-13T10:00:00")
        XCTAssertNil(try care())
        try f.setNow("2026-11-14T10:00:00")
        XCTAssertNotEqual(try care()?.id, first.id)
        XCTAssertNotNil(try care())
    }

    func testMatrixCountsByCellAndOwner() throws {
        let f = try AnalyticsFixture()
        let lib = try f.staff("wang", areas: ["Physics"])
        try f.service("S")
        try f.reader("R1", subject: "Physics"); try f.reader("R2", subject: "History")
        try f.use("R1", "S", "2026-10-10T09:00:00"); try f.use("R2", "S", "2026-10-10T09:00:00")
        let all = try f.db.matrix(f.actor).value
        XCTAssertEqual(all.map(\.open), [2, 1, 0, 0, 0, 0])  // one of two active readers is vip: care due
        // Nobody covers History: the action goes to the default owner, the administrator who made the library.
        XCTAssertEqual(all[0].actions.map(\.owner), ["wang", f.actor.staff.login])
        let mine = try f.db.matrix(Actor(staff: lib, now: f.now), mine: true).value
        XCTAssertEqual(mine[0].actions.map(\.card), ["R1"])
    }
}
