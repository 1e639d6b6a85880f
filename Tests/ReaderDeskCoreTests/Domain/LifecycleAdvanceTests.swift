import GRDB
import XCTest

@testable import ReaderDeskCore

/// The lifecycle follows use: acquired → active after the first uses, active → lapsed after a
/// settable time without use, lapsed → active on return; stages set by hand stay.
final class LifecycleAdvanceTests: XCTestCase {
    func stage(_ f: Fixture, _ card: String) throws -> Lifecycle { try f.db.reader(f.admin, card: card).lifecycle }
    func at(_ f: Fixture, days: Int64) -> Actor { Actor(staff: f.frontDesk.staff, now: Fixture.now + days * 86_400) }

    func testAcquiredBecomesActiveAfterTheFirstUses() throws {
        let f = try Fixture()
        try f.reader("R1", "One")
        try f.db.addUsage(f.frontDesk, card: "R1", service: "LOAN")
        try f.db.addUsage(f.frontDesk, card: "R1", service: "NOV")
        XCTAssertEqual(try stage(f, "R1"), .acquired, "two uses of the three needed")
        try f.db.addUsage(f.frontDesk, card: "R1", service: "LOAN")
        XCTAssertEqual(try stage(f, "R1"), .active)
        try f.db.setSetting(f.admin, key: "lifecycle.active.uses", value: "1")
        try f.reader("R2", "Two")
        try f.db.addUsage(f.frontDesk, card: "R2", service: "LOAN")
        XCTAssertEqual(try stage(f, "R2"), .active)
    }

    func testActiveLapsesAfterTheSettableTimeAndReturnsOnUse() throws {
        let f = try Fixture()
        try f.reader("R1", "One") { $0.lifecycle = .active }
        try f.reader("R2", "Two") { $0.lifecycle = .upgraded }
        try f.db.addUsage(f.frontDesk, card: "R1", service: "LOAN")
        try f.db.lapseIdleReadersIfDue(now: Fixture.now + 179 * 86_400)
        XCTAssertEqual(try stage(f, "R1"), .active)
        try f.db.lapseIdleReadersIfDue(now: Fixture.now + 181 * 86_400)
        XCTAssertEqual(try stage(f, "R1"), .lapsed)
        try f.db.updateReader(
            f.admin, card: "R1",
            fields: {
                var r = ReaderFields(); r.lifecycle = .active; return r
            }())
        try f.db.lapseIdleReadersIfDue(now: Fixture.now + 181 * 86_400 + 60)
        XCTAssertEqual(try stage(f, "R1"), .active, "checked once a day: the day was already checked")
        XCTAssertEqual(try stage(f, "R2"), .upgraded, "a stage set by hand stays")
        // An old use imported late is no return; a use today is.
        try f.db.updateReader(
            f.admin, card: "R1",
            fields: {
                var r = ReaderFields(); r.lifecycle = .lapsed; return r
            }())
        try f.db.addUsage(at(f, days: 183), card: "R1", service: "LOAN", at: Fixture.now + 1 * 86_400)
        XCTAssertEqual(try stage(f, "R1"), .lapsed)
        try f.db.addUsage(at(f, days: 183), card: "R1", service: "LOAN")
        XCTAssertEqual(try stage(f, "R1"), .active)
        try f.db.setSetting(f.admin, key: "lifecycle.lapsed.days", value: "30")
        try f.db.lapseIdleReadersIfDue(now: Fixture.now + 220 * 86_400)
        XCTAssertEqual(try stage(f, "R1"), .lapsed)
    }

    func testTheDaysMatrixRefreshLapsesTheIdleToo() throws {
        let f = try Fixture()
        try f.reader("R1", "One") { $0.lifecycle = .active }
        try f.db.addUsage(f.frontDesk, card: "R1", service: "LOAN")
        // A library that only uses the command line: `matrix` or `today` makes the day's refresh.
        try f.db.refreshActions(now: Fixture.now + 181 * 86_400, force: false)
        XCTAssertEqual(try stage(f, "R1"), .lapsed)
    }

    func testAnImportAdvancesItsReadersAndLapsesTheIdle() throws {
        let lib = try TransferLibrary()  // now 2026-09-21
        _ = try lib.readers("card,name\n1,A\n2,B\n3,C\n")
        try lib.db.updateReader(
            lib.admin, card: "3",
            fields: {
                var r = ReaderFields(); r.lifecycle = .active; return r
            }())
        _ = try lib.usage(
            "card,service,at\n1,db-cnki,2026-08-01\n1,db-cnki,2026-08-02\n1,db-sd,2026-08-03\n2,db-cnki,2026-09-01\n"
                + "3,db-cnki,2026-01-05\n")
        let stages = try ["1", "2", "3"].map { try lib.db.reader(lib.admin, card: $0).lifecycle }
        XCTAssertEqual(stages, [.active, .acquired, .lapsed], "3 uses; 1 use; active but no use in 180 days")
        _ = try lib.usage("card,service,at\n2,db-cnki,2026-09-02\n2,db-sd,2026-09-03\n", dryRun: true)
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "2").lifecycle, .acquired, "a dry run changes nothing")
    }
}
