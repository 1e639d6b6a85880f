import Foundation
import GRDB

/// One staff member's share of the desk's work in a period.
public struct DeskStaffFigures: Sendable, Codable, Equatable {
    public var login: String
    public var contacts = 0
    public var minutes = 0
    public var replies = 0
    public var resolved = 0
}

/// The desk's own statistics (the figures reference services publish): contacts and tickets by
/// channel, READ levels, minutes, who did what, when in the week, how fast, which answers.
public struct DeskReport: Sendable, Codable {
    public var from = "", to = ""
    public var staff: String?
    public var contactsByChannel: [String: Int] = [:]
    /// Tickets opened: by mail (intake) or at the desk.
    public var ticketsByChannel: [String: Int] = [:]
    /// READ levels 1–6 of the contacts ("none" when not recorded).
    public var readLevels: [String: Int] = [:]
    public var minutes = 0
    public var byStaff: [DeskStaffFigures] = []
    /// Contacts and staff replies by weekday (Monday first) and hour, in the library's time zone.
    public var heat: [[Int]] = Array(repeating: Array(repeating: 0, count: 24), count: 7)
    public var firstResponse: [String: Durations] = [:]
    public var resolution: [String: Durations] = [:]
    /// Scores 1…5 of tickets resolved in the period, by who gave them: staff or the reader by mail.
    public var satisfaction: [String: [Int]] = ["staff": [0, 0, 0, 0, 0], "reader": [0, 0, 0, 0, 0]]
    public var answersUsed: [AnswerUse] = []
    public var mailSent = 0
    public var mailReceived: [String: Int] = [:]

    public struct AnswerUse: Sendable, Codable, Equatable {
        public var id: Int64
        public var title: String
        public var uses: Int
    }

    enum CodingKeys: String, CodingKey {
        case from, to, staff, minutes, heat, resolution, satisfaction
        case contactsByChannel = "contacts_by_channel", ticketsByChannel = "tickets_by_channel", readLevels = "read_levels"
        case byStaff = "by_staff", firstResponse = "first_response", answersUsed = "answers_used"
        case mailSent = "mail_sent", mailReceived = "mail_received"
    }
}

extension DeskReport {
    /// `section,key,value` rows as RFC 4180 CSV, quoted as the exports quote.
    public static func csv(_ rows: [(String, String, String)]) -> String {
        var out = Array("section,key,value\r\n".utf8)
        for (a, b, c) in rows {
            ExportWriter.csv(a, into: &out); out.append(0x2C)
            ExportWriter.csv(b, into: &out); out.append(0x2C)
            ExportWriter.csv(c, into: &out); out += [0x0D, 0x0A]
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension AppDatabase {
    public func deskReport(_ period: Period, staff login: String? = nil) throws -> DeskReport {
        try read { db in
            var r = DeskReport(from: period.from, to: period.to, staff: login)
            let staffId = try login.map { try Self.staff(db, login: $0).id! }
            let args: StatementArguments = [period.start, period.end, staffId]
            let contacts = try Row.fetchAll(
                db,
                sql: """
                    SELECT contact.at, contact.channel, contact.read_level, coalesce(contact.minutes, 0), staff.login
                    FROM contact JOIN staff ON staff.id = contact.staff_id
                    WHERE contact.at >= ?1 AND contact.at < ?2 AND (?3 IS NULL OR contact.staff_id = ?3)
                    """, arguments: args)
            var people: [String: DeskStaffFigures] = [:]
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = calendar.timeZone
            func mark(_ at: Int64) {
                let c = cal.dateComponents([.weekday, .hour], from: Date(timeIntervalSince1970: TimeInterval(at)))
                r.heat[(c.weekday! + 5) % 7][c.hour!] += 1  // Calendar's Sunday is 1: Monday first
            }
            for c in contacts {
                let at: Int64 = c[0], channel: String = c[1], level: Int? = c[2], minutes: Int = c[3], who: String = c[4]
                r.contactsByChannel[channel, default: 0] += 1
                r.readLevels[level.map(String.init) ?? "none", default: 0] += 1
                r.minutes += minutes
                people[who, default: DeskStaffFigures(login: who)].contacts += 1
                people[who, default: DeskStaffFigures(login: who)].minutes += minutes
                mark(at)
            }
            // Staff replies (not readers' mail taken in, which the intake account writes).
            for e in try Row.fetchAll(
                db,
                sql: """
                    SELECT e.at, staff.login FROM ticket_entry e JOIN staff ON staff.id = e.staff_id
                    WHERE e.internal = 0 AND e.at >= ?1 AND e.at < ?2 AND (?3 IS NULL OR e.staff_id = ?3)
                      AND NOT EXISTS (SELECT 1 FROM ticket_entry_mail m WHERE m.entry_id = e.id)
                    """, arguments: args)
            {
                people[e[1] as String, default: DeskStaffFigures(login: e[1])].replies += 1
                mark(e[0])
            }
            for h in try Row.fetchAll(
                db,
                sql: """
                    SELECT staff.login, count(*) FROM ticket_history h JOIN staff ON staff.id = h.staff_id
                    WHERE h.field = 'status' AND h.new_value = 'resolved' AND h.at >= ?1 AND h.at < ?2 AND (?3 IS NULL OR h.staff_id = ?3)
                    GROUP BY 1
                    """, arguments: args)
            {
                people[h[0] as String, default: DeskStaffFigures(login: h[0])].resolved += h[1] as Int
            }
            r.byStaff = people.values.sorted { $0.login < $1.login }
            var first: [String: [Int64]] = [:], resolved: [String: [Int64]] = [:]
            for t in try Row.fetchAll(
                db,
                sql: """
                    SELECT t.kind, t.created_at, t.first_response_at, t.resolved_at, EXISTS (SELECT 1 FROM ticket_mail m WHERE m.ticket_id = t.id)
                    FROM ticket t WHERE t.created_at >= ?1 AND t.created_at < ?2 AND (?3 IS NULL OR t.assignee_id = ?3)
                    """, arguments: args)
            {
                let kind: String = t[0], created: Int64 = t[1]
                r.ticketsByChannel[(t[4] as Bool) ? "mail" : "desk", default: 0] += 1
                if let f: Int64 = t[2] { first[kind, default: []].append(f - created) }
                if let z: Int64 = t[3] { resolved[kind, default: []].append(z - created) }
            }
            r.firstResponse = first.mapValues(Durations.init)
            r.resolution = resolved.mapValues(Durations.init)
            for s in try Row.fetchAll(
                db,
                sql: """
                    SELECT coalesce(satisfaction_source, 'staff'), satisfaction, count(*) FROM ticket
                    WHERE satisfaction IS NOT NULL AND resolved_at >= ?1 AND resolved_at < ?2 AND (?3 IS NULL OR assignee_id = ?3) GROUP BY 1, 2
                    """, arguments: args)
            {
                r.satisfaction[s[0] as String, default: [0, 0, 0, 0, 0]][(s[1] as Int) - 1] = s[2]
            }
            r.answersUsed = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.title, count(*) FROM answer_use u JOIN answer a ON a.id = u.answer_id
                    WHERE u.at >= ?1 AND u.at < ?2 AND (?3 IS NULL OR u.staff_id = ?3) GROUP BY a.id ORDER BY 3 DESC, a.id
                    """, arguments: args
            ).map { DeskReport.AnswerUse(id: $0[0], title: $0[1], uses: $0[2]) }
            r.mailSent =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM mail_sent WHERE status = 'sent' AND at >= ?1 AND at < ?2",
                    arguments: [period.start, period.end]) ?? 0
            for m in try Row.fetchAll(
                db, sql: "SELECT outcome, count(*) FROM mail_received WHERE at >= ? AND at < ? GROUP BY 1",
                arguments: [period.start, period.end])
            {
                r.mailReceived[m[0] as String] = m[1]
            }
            return r
        }
    }
}
