import Foundation
import GRDB

/// Cells ① service care and ② reader care.
extension MatrixRules {
    static let firstUseRule = MatrixRule(
        name: "first-use", cell: 1, group: .live(reads: ["usage", "contact", "reader", "service"]), run: firstUse)

    /// ① A reader's first use of a service in the last N days, with no contact with them since.
    static func firstUse(_ c: RuleContext) throws -> [ActionCandidate] {
        let days = try c.int("matrix.first_use.days")
        let since = c.cal.shiftDays(c.cal.startOfLocalDay(c.now), days: -days)
        let rows = try Row.fetchCursor(
            c.db,
            sql: """
                SELECT um.reader_id, um.service_id, um.first_at, service.name, reader.librarian_id, reader.dept, reader.subject
                FROM usage_month um JOIN service ON service.id = um.service_id JOIN reader ON reader.id = um.reader_id
                WHERE um.month >= ? AND um.first_at >= ? AND um.first_at <= ? AND reader.forgotten = 0
                  AND NOT EXISTS (SELECT 1 FROM usage_month e INDEXED BY usage_month_reader
                                  WHERE e.reader_id = um.reader_id AND e.month < um.month AND e.service_id = um.service_id)
                  AND NOT EXISTS (SELECT 1 FROM contact WHERE contact.reader_id = um.reader_id AND contact.at >= um.first_at)
                """, arguments: [c.cal.monthKey(since), since, c.now])
        var dueByDay: [String: String] = [:]  // the due day follows from the first use's day alone
        var out: [ActionCandidate] = []
        while let r = try rows.next() {  // a cursor: the rows are not held beside their actions
            let first: Int64 = r[2], name: String = r[3]
            let day = c.cal.dayString(first)
            let due = dueByDay[day] ?? c.cal.day(first, plus: days)
            dueByDay[day] = due
            out.append(
                ActionCandidate(
                    cell: 1, rule: "first-use", readerId: r[0], serviceId: r[1],
                    key: "first-use:\(r[0] as Int64):\(r[1] as Int64):\(first)",
                    reason: Phrase("action.first-use", [name, day]),
                    step: Phrase("action.first-use.step", [name]),
                    due: due,
                    ownerId: c.owners.forReader(librarianId: r[4], dept: r[5], subject: r[6])))
        }
        return out
    }

    static let upkeepRule = MatrixRule(name: "upkeep", cell: 1, group: .live(reads: ["ticket", "service", "usage"]), run: upkeep)

    /// ① A service named (by code or name) in an open fault ticket needs upkeep.
    static func upkeep(_ c: RuleContext) throws -> [ActionCandidate] {
        let tickets = try Row.fetchAll(
            c.db,
            sql: """
                SELECT id, subject, body, due_at, assignee_id FROM ticket WHERE kind = 'fault' AND status IN ('new','open','waiting')
                """)
        guard !tickets.isEmpty else { return [] }
        let services = try Service.fetchAll(c.db)
        let thisMonth = c.cal.monthKey(c.now)
        let since = c.cal.previousMonth(c.cal.previousMonth(thisMonth))
        var out: [ActionCandidate] = []
        for t in tickets {
            let text = ((t["subject"] as String) + " " + (t["body"] as String)).lowercased()
            let words = Set(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "_" }).map(String.init))
            for s in services where words.contains(s.code.lowercased()) || text.contains(s.name.lowercased()) {
                let id: Int64 = t["id"]
                // The readers affected: those who used it in the last three months.
                let audience = ServiceAudience(kind: .used, service: s.id, from: since, to: thisMonth)
                out.append(
                    ActionCandidate(
                        cell: 1, rule: "upkeep", readerId: nil, serviceId: s.id, key: "upkeep:\(s.id!):\(id)",
                        reason: Phrase("action.upkeep", ["\(id)", s.name]),
                        step: Phrase("action.upkeep.step", [s.name]),
                        due: c.cal.dayString(t["due_at"]), ownerId: (t["assignee_id"] as Int64?) ?? c.owners.forSubjects(s.subjectList),
                        audience: audience, readers: try audience.count(c)))
            }
        }
        return out
    }

    static let tierCareRule = MatrixRule(name: "tier-care", cell: 2, group: .live(reads: ["contact", "reader"]), run: tierCare)

    /// ② Readers whose current tier is vip or key with no contact for too long.
    static func tierCare(_ c: RuleContext) throws -> [ActionCandidate] {
        let limits: [String: Int] = ["vip": try c.int("matrix.care.vip.days"), "key": try c.int("matrix.care.key.days")]
        let info = try c.db.makeStatement(
            sql: """
                SELECT r.librarian_id, r.dept, r.subject, (SELECT max(at) FROM contact WHERE contact.reader_id = r.id) AS last
                FROM reader r WHERE r.id = ? AND r.forgotten = 0
                """)
        let readers = try c.currentTiers([.vip, .key])
        // Many readers with the day's reader facts: their last contacts in one pass of the
        // contact index, owners and erasures from the facts, not two look-ups each.
        if let facts = c.daily?.readers, readers.count > c.lookupsUpTo {
            var lastContact: [Int64: Int64] = [:]
            let rows = try Row.fetchCursor(c.db, sql: "SELECT reader_id, max(at) FROM contact GROUP BY reader_id")
            while let r = try rows.next() { lastContact[r[0]] = r[1] }
            return try readers.compactMap { id, t in
                guard id >= 0, id < Int64(facts.forgotten.count), !facts.forgotten[Int(id)] else { return nil }
                return try careAction(c, id, t, limits, last: lastContact[id], owner: facts.owner[Int(id)])
            }
        }
        return try readers.compactMap { id, t in
            guard let r = try Row.fetchOne(info, arguments: [id]) else { return nil }
            return try careAction(
                c, id, t, limits, last: r["last"],
                owner: c.owners.forReader(librarianId: r["librarian_id"], dept: r["dept"], subject: r["subject"]))
        }
    }

    /// One vip or key reader's care action, if their last contact is too long ago.
    private static func careAction(
        _ c: RuleContext, _ id: Int64, _ t: ValueTier, _ limits: [String: Int], last: Int64?, owner: Int64?
    ) throws -> ActionCandidate? {
        let tier = t.rawValue, days = limits[tier]!
        let dueAt = last.map { c.cal.shiftDays(c.cal.startOfLocalDay($0), days: days) }
        if let dueAt, dueAt > c.now { return nil }
        let reason =
            last.map { Phrase("action.tier-care.since", ["tier:\(tier)", c.cal.dayString($0), "\(days)"]) }
            ?? Phrase("action.tier-care.never", ["tier:\(tier)", "\(days)"])
        return ActionCandidate(
            cell: 2, rule: "tier-care", readerId: id, serviceId: nil, key: "tier-care:\(id):\(tier):\(last ?? 0)",
            reason: reason, step: Phrase("action.tier-care.step"),
            due: dueAt.map(c.cal.dayString) ?? c.today, ownerId: owner)
    }

    static let birthdayRule = MatrixRule(name: "birthday", cell: 2, group: .live(reads: ["reader"]), run: birthdays)

    /// ② Birthdays in the next N days of readers who consented to greetings.
    static func birthdays(_ c: RuleContext) throws -> [ActionCandidate] {
        let days = try c.int("matrix.birthday.days")
        var dates: [String: String] = [:]  // 'MM-DD' → this year's date
        for d in 0...days {
            let date = c.cal.day(c.now, plus: d)
            dates[String(date.dropFirst(5))] = date
            // 29 February is greeted on the 28th in other years.
            if date.hasSuffix("-02-28"), c.cal.startOfDay(year: Int(date.prefix(4))!, month: 2, day: 29) == nil { dates["02-29"] = date }
        }
        let rows = try Row.fetchAll(
            c.db,
            sql: """
                SELECT id, substr(birthday, 6) AS md, librarian_id, dept, subject FROM reader
                WHERE consent_birthday = 1 AND forgotten = 0 AND substr(birthday, 6) IN (\(dates.keys.map { "'\($0)'" }.joined(separator: ",")))
                """)
        return rows.map { r in
            let id: Int64 = r["id"], date = dates[r["md"]]!
            return ActionCandidate(
                cell: 2, rule: "birthday", readerId: id, serviceId: nil, key: "birthday:\(id):\(date)",
                reason: Phrase("action.birthday", [date]), step: Phrase("action.birthday.step"),
                due: date, ownerId: c.owners.forReader(librarianId: r["librarian_id"], dept: r["dept"], subject: r["subject"]))
        }
    }

    static let complaintRule = MatrixRule(name: "complaint", cell: 2, group: .live(reads: ["ticket", "reader"]), run: complaints)

    /// ② Complaints still open past their due time.
    static func complaints(_ c: RuleContext) throws -> [ActionCandidate] {
        let rows = try Row.fetchAll(
            c.db,
            sql: """
                SELECT t.id, t.reader_id, t.subject, t.due_at, t.assignee_id, r.librarian_id, r.dept, r.subject AS area
                FROM ticket t LEFT JOIN reader r ON r.id = t.reader_id
                WHERE t.kind = 'complaint' AND t.has_sla = 1
                  AND ((t.status IN ('new','open') AND t.due_at < ?1) OR (t.status = 'waiting' AND t.due_at < t.waiting_since))
                """, arguments: [c.now])
        return rows.map { r in
            let id: Int64 = r["id"], dueAt: Int64 = r["due_at"]
            let owner =
                c.owners.forReader(librarianId: r["librarian_id"], dept: r["dept"], subject: r["area"]) ?? (r["assignee_id"] as Int64?)
            return ActionCandidate(
                cell: 2, rule: "complaint", readerId: r["reader_id"], serviceId: nil, key: "complaint:\(id):\(dueAt)",
                reason: Phrase("action.complaint", ["\(id)", Phrase.minute(dueAt, c.cal)]),
                step: Phrase("action.complaint.step"), due: c.cal.dayString(dueAt), ownerId: owner)
        }
    }
}
