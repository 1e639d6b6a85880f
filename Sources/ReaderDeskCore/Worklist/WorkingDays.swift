import Foundation

/// The library's working days: weekends and closed days come from settings (`calendar.weekend`,
/// `calendar.closed`); a backlog is spread over working days only.
public struct WorkingDays: Sendable {
    let cal: LibraryCalendar
    let weekend: Set<Int>  // Calendar weekday numbers, Sunday = 1
    let closedDays: Set<String>  // YYYY-MM-DD
    let closedEveryYear: Set<String>  // MM-DD

    init(cal: LibraryCalendar, weekend: String, closed: String) {
        self.cal = cal
        self.weekend = Set(Staff.splitList(weekend).compactMap(LibraryCalendar.weekdayNumber))
        let days = Staff.splitList(closed)
        closedDays = Set(days.filter { $0.count == 10 })
        closedEveryYear = Set(days.filter { $0.count == 5 })
    }

    public func isOpen(_ epoch: Int64) -> Bool {
        let day = cal.dayString(epoch)
        if closedDays.contains(day) || closedEveryYear.contains(String(day.dropFirst(5))) { return false }
        return !weekend.contains(cal.calendar.component(.weekday, from: Date(timeIntervalSince1970: TimeInterval(epoch))))
    }

    /// The next `count` working days after the day of `now`, as YYYY-MM-DD.
    public func next(_ count: Int, after now: Int64) -> [String] {
        var out: [String] = []
        var t = cal.startOfLocalDay(now)
        var guardDays = 0
        while out.count < count && guardDays < 3660 {
            t = cal.shiftDays(t, days: 1)
            guardDays += 1
            if isOpen(t) { out.append(cal.dayString(t)) }
        }
        return out
    }
}

extension LibraryCalendar {
    /// "mon" … "sun" (or the full English name) → Calendar's weekday number (Sunday = 1).
    static func weekdayNumber(_ text: String) -> Int? {
        let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        return names.firstIndex(of: String(text.lowercased().prefix(3))).map { $0 + 1 }
    }

    static func isClosedDayPattern(_ text: String) -> Bool {
        let digits = text.split(separator: "-").map { $0.allSatisfy(\.isNumber) }
        return (text.count == 10 && digits == [true, true, true]) || (text.count == 5 && digits == [true, true])
    }

    /// Whole local days from the day of `then` to the day of `now` (a day with a clock change counts once).
    func daysSince(_ then: Int64, now: Int64) -> Int { days(from: dayString(then), to: dayString(now)) }

    /// Whole days from day `a` to day `b` (both YYYY-MM-DD; negative when b is earlier).
    func days(from a: String, to b: String) -> Int {
        guard let (ya, ma, da) = try? parseDay(a), let (yb, mb, db) = try? parseDay(b),
            let ta = startOfDay(year: ya, month: ma, day: da), let tb = startOfDay(year: yb, month: mb, day: db)
        else { return 0 }
        return Int(((Double(tb - ta)) / 86_400).rounded())
    }
}
