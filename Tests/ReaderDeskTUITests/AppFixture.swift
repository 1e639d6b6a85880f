import Foundation
import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// A small library with a fixed clock and fixed data, so screens are the same on every run:
/// readers with Chinese and Latin names, services with use, contacts, tickets in each SLA state.
enum AppFixture {
    static let calendar = LibraryCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    static let now = try! calendar.parseInstant("2026-11-02T09:00:00+08:00")

    static func library() throws -> (AppDatabase, Staff) {
        let db = try AppDatabase.inMemory(calendar: calendar)
        let admin = try db.initialise(adminLogin: "desk-admin", name: "Admin", now: now - 86_400 * 400)
        var actor = Actor(staff: admin, now: now - 86_400 * 400)
        let wang = try db.addStaff(actor, login: "wangli", name: "王丽", role: .librarian, areas: ["物理学院", "Physics"])
        try db.addService(actor, code: "CNKI", name: "中国知网 CNKI", serviceClass: .standard, points: 2)
        try db.addService(actor, code: "NOVELTY", name: "科技查新", serviceClass: .premium, points: 10)
        try db.addService(actor, code: "LOAN", name: "Loans", serviceClass: .basic, points: 1)
        let readers: [(String, String, ReaderType, CardType, String)] = [
            ("2026001", "张三丰", .faculty, .vip, "物理学院"),
            ("2026002", "Li Wei", .postgraduate, .student, "Physics"),
            ("2026003", "欧阳娜娜", .undergraduate, .student, "化学学院"),
            ("2026004", "Anna-Lena Müller-Schmidt", .researcher, .regular, "Chemistry"),
            ("2026005", "王小明", .staff, .senior, "图书馆"),
            ("2026006", "O'Brien, Siobhán", .external, .regular, "Law School"),
        ]
        for (card, name, type, tier, dept) in readers {
            var f = ReaderFields()
            f.name = name; f.type = type; f.cardType = tier; f.dept = dept
            f.email = "r\(card.suffix(3))@example.edu"; f.phone = "1380000\(card.suffix(4))"
            if card == "2026001" {
                f.subject = "凝聚态物理"; f.degree = "PhD"; f.birthday = "1968-04-09"; f.consent = [.email, .birthday]
                f.attitude = "Values novelty search; impatient with slow VPN"; f.needs = "Large-print reports"
            }
            try db.addReader(actor, card: card, fields: f)
        }
        let clerk = Actor(staff: admin, now: now)  // use is recorded after it happened, never before
        for (i, month) in ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"].enumerated() {
            let at = try calendar.parseInstant(month + "-01T10:00:00+08:00")
            try db.addUsage(clerk, card: "2026001", service: "CNKI", at: at, quantity: i + 1)
            if i % 2 == 0 { try db.addUsage(clerk, card: "2026001", service: "NOVELTY", at: at, quantity: 1, location: .remote) }
            try db.addUsage(clerk, card: "2026002", service: "LOAN", at: at, quantity: 6 - i)
        }
        actor = Actor(staff: wang, now: now - 86_400 * 3)
        try db.logContact(
            actor,
            ContactInput(
                card: "2026001", channel: .phone, cell: 2, readLevel: 3, minutes: 10,
                summary: "Birthday call; asked about the thesis room"))
        try db.logContact(
            Actor(staff: wang, now: now - 86_400),
            ContactInput(
                card: "2026001", channel: .email, cell: 3,
                summary: "Sent the new CNKI guide"))
        try db.addLifeEvent(actor, card: "2026001", kind: .titleEvaluation, date: "2026-12-01", note: "专业技术职务评审")
        // Tickets: one overdue, one due today, one fine, one resolved.
        let t1 = try db.newTicket(
            Actor(staff: admin, now: now - 86_400 * 2), kind: .complaint, subject: "数据库无法打开 CNKI",
            body: "Off campus the VPN drops every few minutes.", card: "2026001", priority: .high)
        try db.commentTicket(Actor(staff: wang, now: now - 86_400), id: t1.id!, text: "We have told the vendor.", internal: false)
        try db.commentTicket(Actor(staff: wang, now: now - 86_400 + 60), id: t1.id!, text: "Vendor ticket 4471", internal: true)
        try db.assignTicket(Actor(staff: admin, now: now - 3600), id: t1.id!, to: "wangli")
        try db.newTicket(Actor(staff: admin, now: now - 3600), kind: .fault, subject: "Kiosk 3 printer jammed", priority: .normal)
        try db.newTicket(
            Actor(staff: admin, now: now), kind: .suggestion, subject: "Longer opening hours in exam weeks",
            card: "2026003", priority: .low)
        let t4 = try db.newTicket(
            Actor(staff: admin, now: now - 86_400 * 5), kind: .praise, subject: "Thanks for the training",
            card: "2026004")
        try db.resolveTicket(Actor(staff: admin, now: now - 86_400 * 4), id: t4.id!, satisfaction: 5)
        return (db, wang)
    }

    /// A runner on a MemoryTerminal, started, with `keys` already processed.
    static func run(
        width: Int, height: Int, language: Language = .en, keys: [Key] = [],
        database: (AppDatabase, Staff)? = nil
    ) throws -> (AppRunner, MemoryTerminal) {
        let (db, staff) = try database ?? library()
        let terminal = MemoryTerminal(width: width, height: height)
        let runner = AppRunner(terminal: terminal, data: AppData(database: db, staff: staff, clock: { now }), language: language)
        runner.start()
        for key in keys {
            terminal.press(key)
            runner.step(timeout: 0)
        }
        return (runner, terminal)
    }

    static func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Presses keys one at a time, a frame after each, as a person would.
    static func press(_ runner: AppRunner, _ t: MemoryTerminal, _ keys: [Key]) {
        for key in keys {
            t.press(key)
            runner.step(timeout: 0)
        }
    }
}

/// Compares a screen's text with Snapshots/NAME.txt. A missing file is written (and the test
/// fails, so a new snapshot is looked at); RECORD_SNAPSHOTS=1 rewrites them all.
func assertSnapshot(_ screen: Screen, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    // Beside this file, not the caller's: the tests live in subfolders, the snapshots in one place.
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent(name + ".txt")
    let actual = screen.text() + "\n"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        if !record { XCTFail("new snapshot \(name).txt written; check it and run again", file: file, line: line) }
        return
    }
    if expected != actual {
        XCTFail("screen differs from \(name).txt:\n\(actual)", file: file, line: line)
    }
}
