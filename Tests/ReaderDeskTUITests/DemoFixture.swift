import Foundation
import ReaderDeskCore

@testable import ReaderDeskTUI

/// The demo library (Core's Demo/ generator) at a fixed clock, small enough for tests: readers of
/// every kind with use over 14 months, contacts, tickets, life events and matrix actions.
enum DemoFixture {
    static let calendar = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    /// 2026-12-01 10:00 in Shanghai: the first day of a month, where partial periods show.
    static let now = try! calendar.parseInstant("2026-12-01T10:00:00+08:00")

    static let library: (AppDatabase, Staff) = {
        let db = try! AppDatabase.inMemory(calendar: calendar)
        let admin = try! db.initialise(adminLogin: "desk-admin", name: "Admin", now: now)
        _ = try! db.fillDemo(Actor(staff: admin, now: now), DemoOptions(readers: 300, months: 14, seed: 7))
        return (db, admin)
    }()

    static func actor() -> Actor { Actor(staff: library.1, now: now) }

    static func data() -> AppData { AppData(database: library.0, staff: library.1, clock: { now }) }
}

extension StyledLine {
    var text: String { spans.map(\.text).joined() }
}
