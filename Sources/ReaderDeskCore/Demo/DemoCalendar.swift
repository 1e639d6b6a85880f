import Foundation

/// One month of the demo's window: its days with their weights (weekends, holidays and exam
/// weeks), and how much of it lies before "now".
struct DemoMonth: Sendable {
    let key: Int  // year*100+month, as usage_month counts it
    let monthOfYear: Int
    let start: Int64
    let dayStarts: [Int64]
    let exam: [Bool]
    let days: Weighted  // days after "now" weigh nothing
    /// Share of the month's weight up to "now" (1 for every month but the current one).
    let fraction: Double
    /// Students are away: more remote use, less on site.
    let vacation: Bool
}

/// The months that end at "now", oldest first.
struct DemoCalendar: Sendable {
    let months: [DemoMonth]
    let now: Int64

    /// Semester peaks (Mar–Jun, Sep–Dec), vacations (Jul–Aug, Jan–Feb): activity by month of year.
    static let season: [Double] = [0.75, 0.35, 1.1, 1.2, 1.2, 1.15, 0.45, 0.4, 1.05, 1.1, 1.25, 1.25]

    init(calendar: LibraryCalendar, now: Int64, count: Int) {
        self.now = now
        var key = calendar.monthKey(now)
        var keys = [key]
        while keys.count < count { key = calendar.previousMonth(key); keys.insert(key, at: 0) }
        months = keys.map { DemoCalendar.month($0, calendar: calendar, now: now) }
    }

    static func month(_ key: Int, calendar: LibraryCalendar, now: Int64) -> DemoMonth {
        let year = key / 100, moy = key % 100
        var starts: [Int64] = []
        var day = 1
        while let s = calendar.startOfDay(year: year, month: moy, day: day) { starts.append(s); day += 1 }
        var exam: [Bool] = []
        var full: [Double] = []
        for (i, s) in starts.enumerated() {
            let d = i + 1
            let weekday = calendar.calendar.component(.weekday, from: Date(timeIntervalSince1970: TimeInterval(s)))
            var w = weekday == 1 ? 0.55 : weekday == 7 ? 0.65 : 1.0
            let isExam = (moy == 6 && d >= 16) || (moy == 1 && d >= 2 && d <= 15)
            if isExam { w *= 1.5 }
            if (moy == 10 && d <= 7) || (moy == 5 && d <= 5) { w *= 0.35 }  // National Day, Labour Day
            exam.append(isExam)
            full.append(w)
        }
        let open = full.enumerated().map { starts[$0.offset] <= now ? $0.element : 0 }
        let total = full.reduce(0, +)
        return DemoMonth(
            key: key, monthOfYear: moy, start: starts[0], dayStarts: starts, exam: exam,
            days: Weighted(open), fraction: total > 0 ? open.reduce(0, +) / total : 0,
            vacation: moy == 2 || moy == 7 || moy == 8 || moy == 1)
    }

    /// The index of the month holding `t`; -1 before the window.
    func index(of t: Int64) -> Int {
        var i = months.count - 1
        while i >= 0 && months[i].start > t { i -= 1 }
        return i
    }

    /// Activity of a month for a reader type, before the reader's own level.
    func factor(_ m: Int, seasonality: Double) -> Double {
        let base = DemoCalendar.season[months[m].monthOfYear - 1]
        return (1 + (base - 1) * seasonality) * months[m].fraction
    }
}
