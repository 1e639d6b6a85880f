import GRDB

extension MatrixRules {
    static let holidayRule = MatrixRule(name: "holiday", cell: 2, group: .live(reads: ["reader"]), run: holidays)

    /// ② A holiday (`matrix.holidays`: Spring Festival, Mid-Autumn, Teachers' Day for teaching staff…)
    /// within `matrix.birthday.days`: one action for the default owner naming the readers who
    /// consented to greetings (of the holiday's reader types, if it names any); an outreach from
    /// the action greets them all. Not one action per reader: it is one decision.
    static func holidays(_ c: RuleContext) throws -> [ActionCandidate] {
        let days = try c.int("matrix.birthday.days")
        let horizon = c.cal.day(c.now, plus: days)
        var out: [ActionCandidate] = []
        for h in Holiday.parse(try AppDatabase.setting(c.db, "matrix.holidays")) {
            guard let date = h.next(onOrAfter: c.today, cal: c.cal), date <= horizon else { continue }
            let audience = ServiceAudience(kind: .greeting, subjects: h.types.isEmpty ? nil : h.types)
            let n = try audience.count(c.db)
            guard n > 0 else { continue }
            out.append(
                ActionCandidate(
                    cell: 2, rule: "holiday", readerId: nil, serviceId: nil, key: "holiday:\(h.name):\(date)",
                    reason: Phrase("action.holiday", ["holiday:\(h.name)", date, "\(n)"]), step: Phrase("action.holiday.step"),
                    due: c.today,
                    ownerId: nil, audience: audience, readers: n))
        }
        return out
    }
}

/// A greeting day of the library's calendar: `name=DATE[,DATE…][@type,type]`, a DATE being
/// YYYY-MM-DD (the lunar holidays move) or MM-DD (every year).
struct Holiday: Equatable {
    var name: String
    var dates: [String]
    var types: [String]

    static func parse(_ text: String) -> [Holiday] {
        text.split(separator: ";").compactMap { part in
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, !kv[0].isEmpty else { return nil }
            let dt = kv[1].split(separator: "@", maxSplits: 1).map(String.init)
            return Holiday(name: kv[0], dates: Staff.splitList(dt[0]), types: dt.count > 1 ? Staff.splitList(dt[1]) : [])
        }
    }

    /// Why a value of `matrix.holidays` is refused, or nil.
    static func problem(_ text: String) -> ReaderDeskError? {
        for part in text.split(separator: ";") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let h = parse(String(part)).first, !h.dates.isEmpty,
                h.dates.allSatisfy(LibraryCalendar.isClosedDayPattern),
                h.types.allSatisfy({ ReaderType(rawValue: $0) != nil })
            else {
                return .invalid(
                    "matrix.holidays takes name=YYYY-MM-DD or MM-DD dates (comma-separated), @reader types optional, ';' between holidays: '\(part)' is not",
                    Phrase("error.setting.holidays", [String(part)]))
            }
        }
        return nil
    }

    /// The first of its dates on or after `day` (an MM-DD date in this year or the next).
    func next(onOrAfter day: String, cal: LibraryCalendar) -> String? {
        let year = Int(day.prefix(4)) ?? 0
        return dates.flatMap { d in d.count == 5 ? ["\(year)-\(d)", "\(year + 1)-\(d)"] : [d] }.filter { $0 >= day }.min()
    }
}
