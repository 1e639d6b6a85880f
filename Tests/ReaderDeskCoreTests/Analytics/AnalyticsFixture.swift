import Foundation
import GRDB

@testable import ReaderDeskCore

/// A small library in a fixed time zone for hand-computed analytics tests.
final class AnalyticsFixture {
    let db: AppDatabase
    let cal: LibraryCalendar
    var admin: Actor
    var now: Int64

    init(zone: String = "Asia/Shanghai", now: String = "2026-10-15T10:00:00+08:00") throws {
        cal = LibraryCalendar(timeZone: TimeZone(identifier: zone)!)
        db = try AppDatabase.inMemory(calendar: cal)
        self.now = try cal.parseInstant(now)
        let staff = try db.initialise(adminLogin: "admin", now: self.now)
        admin = Actor(staff: staff, now: self.now)
    }

    var actor: Actor { Actor(staff: admin.staff, now: now) }
    func at(_ text: String) throws -> Int64 { try cal.parseInstant(text) }
    func setNow(_ text: String) throws { now = try at(text) }

    @discardableResult
    func service(
        _ code: String, _ cls: ServiceClass = .standard, points: Int = 1, subjects: [String] = [], created: String? = nil
    ) throws -> Service {
        var s = try db.addService(
            actor, code: code, name: code.lowercased() + " service", serviceClass: cls, points: points, subjects: subjects)
        if let created {
            s.createdAt = try at(created)
            try db.write { d in try d.execute(sql: "UPDATE service SET created_at = ? WHERE id = ?", arguments: [s.createdAt, s.id]) }
        }
        return s
    }

    @discardableResult
    func reader(
        _ card: String, _ type: ReaderType = .undergraduate, dept: String? = nil, subject: String? = nil,
        birthday: String? = nil, email: String? = nil, phone: String? = nil, consent: Set<Consent> = []
    ) throws -> Reader {
        var f = ReaderFields()
        f.email = email; f.phone = phone
        f.name = "Reader \(card)"; f.type = type; f.dept = dept; f.subject = subject; f.birthday = birthday; f.consent = consent
        return try db.addReader(actor, card: card, fields: f)
    }

    func use(_ card: String, _ service: String, _ when: String, quantity: Int = 1, location: Location = .onsite) throws {
        try useEpoch(card, service, try at(when), quantity: quantity, location: location)
    }

    /// Recorded as it happens (use after `now` would be refused as a date in the future).
    func useEpoch(_ card: String, _ service: String, _ when: Int64, quantity: Int = 1, location: Location = .onsite) throws {
        try db.addUsage(
            Actor(staff: admin.staff, now: max(now, when)), card: card, service: service, at: when, quantity: quantity, location: location)
    }

    func staff(_ login: String, role: Role = .librarian, areas: [String] = []) throws -> Staff {
        try db.addStaff(actor, login: login, name: login, role: role, areas: areas)
    }

    func set(_ key: String, _ value: String) throws { try db.setSetting(actor, key: key, value: value) }

    func contact(_ card: String, cell: Int? = nil, when: String? = nil, as who: Staff? = nil) throws {
        let a = who.map { Actor(staff: $0, now: now) } ?? actor
        try db.logContact(a, ContactInput(card: card, channel: .phone, cell: cell, summary: "call", at: try when.map(at)))
    }
}
