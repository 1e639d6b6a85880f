import Foundation
import GRDB
import XCTest

@testable import ReaderDeskCore

final class DemoTests: XCTestCase {
    /// 2026-05-20 15:00 in Shanghai: a Wednesday in the spring semester.
    static let now: Int64 = 1_779_260_400
    static let calendar = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)

    static func fill(readers: Int, months: Int = 24, seed: UInt64 = 1) throws -> (AppDatabase, DemoSummary) {
        let db = try AppDatabase.inMemory(calendar: calendar)
        let admin = try db.initialise(adminLogin: "boss", now: now)
        let summary = try db.fillDemo(Actor(staff: admin, now: now), DemoOptions(readers: readers, months: months, seed: seed))
        return (db, summary)
    }

    /// One library of 2,000 readers, shared by the tests that only look at it.
    static let library: (AppDatabase, DemoSummary) = try! fill(readers: 2000)

    func ints(_ sql: String) throws -> [Int] { try Self.library.0.read { try Int.fetchAll($0, sql: sql) } }
    func int(_ sql: String) throws -> Int { try ints(sql).first ?? -1 }
    func strings(_ sql: String) throws -> [String] { try Self.library.0.read { try String.fetchAll($0, sql: sql) } }

    /// What must come out the same for the same seed: counts, the first readers, sums over usage.
    static func fingerprint(_ db: AppDatabase) throws -> [String] {
        try db.read { db in
            try ["reader", "reader_term", "usage", "usage_month", "contact", "ticket", "ticket_history", "life_event", "staff"].map {
                "\($0)=\(try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)")!)"
            }
                + String.fetchAll(db, sql: "SELECT card || name || ifnull(email, '') || type || tier FROM reader ORDER BY id LIMIT 20")
                + String.fetchAll(db, sql: "SELECT sum(at) || '/' || sum(quantity) || '/' || sum(service_id * (location + 1)) FROM usage")
                + String.fetchAll(db, sql: "SELECT group_concat(summary, '|') FROM (SELECT summary FROM contact ORDER BY id LIMIT 30)")
                + String.fetchAll(db, sql: "SELECT group_concat(status || kind || version, ',') FROM ticket")
        }
    }

    func testSameSeedSameLibraryAndOtherSeedAnother() throws {
        let a = try Self.fingerprint(Self.fill(readers: 300, months: 12, seed: 7).0)
        let b = try Self.fingerprint(Self.fill(readers: 300, months: 12, seed: 7).0)
        let c = try Self.fingerprint(Self.fill(readers: 300, months: 12, seed: 8).0)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertNotEqual(Array(a.dropFirst(9).prefix(20)), Array(c.dropFirst(9).prefix(20)), "other readers")
    }

    func testReaderTypesAndTiersInRealisticShares() throws {
        let shares: [String: Double] = [
            "undergraduate": 55, "postgraduate": 25, "faculty": 8, "researcher": 4, "staff": 3, "external": 3, "alumni": 2,
        ]
        for (type, share) in shares {
            let pct = Double(try int("SELECT count(*) FROM reader WHERE type = '\(type)'")) / 20
            XCTAssertEqual(pct, share, accuracy: share > 20 ? 4 : 2, type)
        }
        XCTAssertEqual(try int("SELECT count(*) FROM reader WHERE tier = 'student' AND type NOT IN ('undergraduate', 'postgraduate')"), 0)
        XCTAssertEqual(try int("SELECT count(*) FROM reader WHERE tier = 'vip' AND type IN ('undergraduate', 'postgraduate')"), 0)
        let latin = Double(try int("SELECT count(*) FROM reader WHERE name GLOB '*[A-Za-z]*'")) / 20
        XCTAssertEqual(latin, 8, accuracy: 3)
        XCTAssertGreaterThan(
            try int(
                "SELECT count(*) FROM reader WHERE length(name) = 4 AND substr(name, 1, 2) IN ('欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '慕容', '令狐', '尉迟', '公孙')"
            ), 0)
        for (column, share) in [("consent_email", 60.0), ("consent_phone", 30), ("consent_birthday", 40)] {
            XCTAssertEqual(Double(try int("SELECT sum(\(column)) FROM reader")) / 20, share, accuracy: 6, column)
        }
        XCTAssertEqual(Set(try strings("SELECT DISTINCT lifecycle FROM reader")), Set(Lifecycle.allCases.map(\.rawValue)))
    }

    func testSearchTermsAreWrittenAsForAnyReader() throws {
        let db = Self.library.0
        let r = try db.read { try Reader.filter(sql: "name NOT GLOB '*[A-Za-z]*'").order(Column("id")).fetchOne($0)! }
        let stored = Set(
            try db.read { try String.fetchAll($0, sql: "SELECT term FROM reader_term WHERE reader_id = ?", arguments: [r.id]) })
        XCTAssertEqual(stored, SearchTerms.forReader(name: r.name, email: r.email, phone: r.phone))
        let initials = Pinyin.syllables(r.name).compactMap(\.first).map(String.init).joined()
        XCTAssertTrue(try db.read { try AppDatabase.searchReaders($0, initials, limit: 500) }.contains { $0.id == r.id })
    }

    func testUsageVolumeRhythmAndRollUp() throws {
        let events = Self.library.1.usageEvents
        XCTAssertEqual(Double(events), 2.1 * 2000 * 24, accuracy: 2.1 * 2000 * 24 * 0.1)
        XCTAssertEqual(events, try int("SELECT count(*) FROM usage"))
        // The roll-up holds exactly what the detail holds, reader by reader and service by service.
        XCTAssertEqual(
            try int(
                """
                SELECT count(*) FROM (SELECT reader_id, service_id, sum(quantity), count(*), sum(quantity * (location = 0)), min(at), max(at)
                                      FROM usage GROUP BY 1, 2
                                      EXCEPT SELECT reader_id, service_id, sum(quantity), sum(events), sum(onsite), min(first_at), max(last_at)
                                      FROM usage_month GROUP BY 1, 2)
                """), 0)
        XCTAssertEqual(try int("SELECT sum(quantity) FROM usage"), try int("SELECT sum(quantity) FROM usage_month"))
        XCTAssertEqual(try int("SELECT count(*) FROM usage WHERE at > \(Self.now)"), 0)
        // Semester peaks over vacations; late nights, remote use, a heavy tail.
        let nov = try int("SELECT sum(events) FROM usage_month WHERE month = 202511")
        let aug = try int("SELECT sum(events) FROM usage_month WHERE month = 202508")
        XCTAssertGreaterThan(nov, aug * 2)
        XCTAssertGreaterThan(try int("SELECT sum(late) FROM usage_month"), 0)
        XCTAssertGreaterThan(try int("SELECT count(*) FROM usage WHERE location = 2"), events / 5)
        let perReader = try ints("SELECT count(*) FROM usage GROUP BY reader_id ORDER BY 1 DESC")
        XCTAssertGreaterThan(perReader.prefix(20).reduce(0, +), events / 10, "the top 1% make over a tenth of the use")
        XCTAssertLessThan(perReader[perReader.count / 2], events / 2000, "the median reader is light")
        let idle = try int("SELECT count(*) FROM reader WHERE id NOT IN (SELECT reader_id FROM usage WHERE at > \(Self.now - 365 * 86400))")
        XCTAssertEqual(Double(idle) / 20, 15, accuracy: 7, "inactive in the last year, percent")
    }

    func testContactsInEveryCellAndLifeEventsOfEveryKind() throws {
        XCTAssertEqual(try ints("SELECT DISTINCT cell FROM contact ORDER BY cell"), Array(1...6))
        XCTAssertEqual(Set(try strings("SELECT DISTINCT channel FROM contact")), Set(Channel.allCases.map(\.rawValue)))
        XCTAssertGreaterThan(try int("SELECT count(*) FROM contact WHERE follow_up IS NOT NULL"), 0)
        XCTAssertEqual(try int("SELECT count(*) FROM contact WHERE read_level NOT BETWEEN 1 AND 6 OR at > \(Self.now)"), 0)
        XCTAssertEqual(Set(try strings("SELECT DISTINCT kind FROM life_event")), Set(LifeEventKind.allCases.map(\.rawValue)))
        let today = Self.calendar.dayString(Self.now), soon = Self.calendar.dayString(Self.now + 30 * 86400)
        XCTAssertGreaterThan(try int("SELECT count(*) FROM life_event WHERE date BETWEEN '\(today)' AND '\(soon)'"), 0)
    }

    func testTicketsOfEveryKindInEveryState() throws {
        XCTAssertEqual(
            try int("SELECT count(*) FROM (SELECT DISTINCT kind, status FROM ticket)"),
            TicketKind.allCases.count * TicketStatus.allCases.count)
        XCTAssertGreaterThan(
            try int("SELECT count(*) FROM ticket WHERE status IN ('new', 'open', 'waiting') AND due_at < \(Self.now)"), 0, "overdue")
        XCTAssertGreaterThan(
            try int("SELECT count(*) FROM ticket WHERE status IN ('new', 'open', 'waiting') AND due_at >= \(Self.now)"), 0, "in time")
        XCTAssertGreaterThan(try int("SELECT count(*) FROM ticket WHERE status IN ('resolved', 'closed') AND satisfaction IS NOT NULL"), 0)
        XCTAssertGreaterThan(
            try int(
                "SELECT count(*) FROM ticket_history WHERE field = 'status' AND old_value IN ('resolved', 'closed') AND new_value = 'open'"),
            0, "reopened")
        XCTAssertGreaterThan(try int("SELECT count(*) FROM ticket_entry WHERE internal"), 0)
        XCTAssertGreaterThan(
            try int(
                "SELECT count(*) FROM ticket WHERE kind = 'fault' AND status IN ('new', 'open', 'waiting') AND subject GLOB '*[A-Za-z]*'"),
            0)
        // Versions count the changes, which the history records.
        XCTAssertEqual(
            try int("SELECT count(*) FROM ticket WHERE version < 1 OR updated_at > \(Self.now) OR first_response_at < created_at"), 0)
    }

    func testStaffServicesAndOwners() throws {
        let db = Self.library.0
        for d in DemoCatalog.departments {
            let owners = try strings(
                "SELECT staff.login FROM staff_area JOIN staff ON staff.id = staff_id WHERE area = '\(d.name)' AND role = 'librarian'")
            XCTAssertEqual(owners, ["lib-\(d.code)"])
        }
        XCTAssertEqual(try int("SELECT count(*) FROM staff WHERE role = 'front-desk'"), 3)
        let r = try db.read { try Reader.filter(sql: "dept = '物理学院'").fetchOne($0)! }
        XCTAssertEqual(try db.owner(of: r)?.login, "lib-phys")
        XCTAssertGreaterThanOrEqual(Self.library.1.services, 14)
        XCTAssertGreaterThan(try int("SELECT count(*) FROM service WHERE created_at > \(Self.now - 30 * 86400)"), 0)
        XCTAssertTrue(try strings("SELECT hosts FROM service").contains("www.sciencedirect.com"))
    }

    func testRefusesALibraryThatHasReaders() throws {
        let db = Self.library.0
        let admin = try db.staff(forOSLogin: "boss")
        XCTAssertThrowsError(try db.fillDemo(Actor(staff: admin, now: Self.now), DemoOptions(readers: 10)))
    }

    func testATinyLibraryStillHasEverything() throws {
        let (db, s) = try Self.fill(readers: 3, months: 1)
        XCTAssertEqual(s.readers, 3)
        XCTAssertEqual(try db.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT cell) FROM contact") }, 6)
    }
}
