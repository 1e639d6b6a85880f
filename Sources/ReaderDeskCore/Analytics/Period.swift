import Foundation

/// A period of the pyramid and the reports: a year, a quarter, a month or a range of days,
/// with boundaries at local midnight in the library's time zone.
public struct Period: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable { case year, quarter, month, range }
    public let kind: Kind
    public let label: String
    /// First instant (inclusive) and the instant after the last (exclusive), Unix seconds.
    public let start: Int64
    public let end: Int64
    /// First and last calendar day, 'YYYY-MM-DD'.
    public let from: String
    public let to: String
    /// The label as a code with arguments, where it has words in it (the 12 months to a day):
    /// the interfaces render it in their language; `label` is the English.
    public var phrase: Phrase?
}

extension LibraryCalendar {
    /// `2026`, `2026-Q3` or `2026-10`.
    public func period(_ text: String) throws -> Period {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let bad = ReaderDeskError.invalid(
            "'\(text)' is not a period: use a year (2026), a quarter (2026-Q3) or a month (2026-10)", Phrase("error.period", [text]))
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first), y >= 1900, y <= 9999 else { throw bad }
        if parts.count == 1 { return months(.year, String(y), y * 100 + 1, 12) }
        guard parts.count == 2 else { throw bad }
        let p = parts[1]
        if p.hasPrefix("Q"), p.count == 2, let q = Int(p.dropFirst()), (1...4).contains(q) {
            return months(.quarter, "\(y)-Q\(q)", y * 100 + (q - 1) * 3 + 1, 3)
        }
        guard p.count == 2, let m = Int(p), (1...12).contains(m) else { throw bad }
        return months(.month, String(format: "%04d-%02d", y, m), y * 100 + m, 1)
    }

    /// `--from D --to D`, both days included.
    public func period(from: String, to: String) throws -> Period {
        let a = try parseDay(from), b = try parseDay(to)
        let start = startOfDay(year: a.year, month: a.month, day: a.day)!
        let end = dayAfter(year: b.year, month: b.month, day: b.day)
        guard end > start else {
            throw ReaderDeskError.invalid(
                "to \(to) is before from \(from)", Phrase("error.field.order", [Phrase.field("to"), to, Phrase.field("from"), from]))
        }
        return Period(
            kind: .range, label: "\(try normaliseDay(from))..\(try normaliseDay(to))", start: start, end: end,
            from: try normaliseDay(from), to: try normaliseDay(to))
    }

    /// The 12 months before `now`: from the same day a year ago, local midnight, up to now.
    public func lastTwelveMonths(before now: Int64) -> Period {
        let start = shiftDays(startOfLocalDay(now), months: -12)
        return Period(
            kind: .range, label: "12 months to \(dayString(now))", start: start, end: now,
            from: dayString(start), to: dayString(max(start, now - 1)), phrase: Phrase("period.trailingYear", [dayString(now)]))
    }

    /// The quarter holding `epoch`.
    public func quarter(containing epoch: Int64) -> Period {
        let key = monthKey(epoch)
        let q = (key % 100 - 1) / 3
        return months(.quarter, "\(key / 100)-Q\(q + 1)", key / 100 * 100 + q * 3 + 1, 3)
    }

    /// The period of the same kind just before (a range: the same number of days before).
    public func previous(_ p: Period) -> Period {
        switch p.kind {
        case .year: return months(.year, String(Int(p.label)! - 1), (Int(p.label)! - 1) * 100 + 1, 12)
        case .quarter: return quarter(containing: p.start - 1)
        case .month:
            let m = previousMonth(monthKey(p.start))
            return months(.month, String(format: "%04d-%02d", m / 100, m % 100), m, 1)
        case .range:
            let days = Int(((p.end - p.start) + 43_200) / 86_400)
            let start = shiftDays(p.start, days: -max(1, days))
            return Period(
                kind: .range, label: "\(dayString(start))..\(dayString(p.start - 1))", start: start, end: p.start,
                from: dayString(start), to: dayString(p.start - 1))
        }
    }

    /// Which months of a period `usage_month` can answer whole, and which edge spans need the detail.
    func spans(_ p: Period) -> (months: ClosedRange<Int>?, partial: [(Int64, Int64)]) {
        var full: [Int] = [], partial: [(Int64, Int64)] = []
        var m = monthKey(p.start)
        while startOfMonth(m) < p.end {
            let ms = startOfMonth(m), me = startOfMonth(nextMonth(m))
            if p.start <= ms && me <= p.end { full.append(m) } else { partial.append((max(p.start, ms), min(p.end, me))) }
            m = nextMonth(m)
        }
        return (full.isEmpty ? nil : full.first!...full.last!, partial)
    }

    func months(_ kind: Period.Kind, _ label: String, _ first: Int, _ count: Int) -> Period {
        var last = first
        for _ in 1..<max(1, count) { last = nextMonth(last) }
        let start = startOfMonth(first), end = startOfMonth(nextMonth(last))
        return Period(kind: kind, label: label, start: start, end: end, from: dayString(start), to: dayString(end - 1))
    }

    func startOfLocalDay(_ epoch: Int64) -> Int64 {
        Int64(calendar.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(epoch))).timeIntervalSince1970)
    }

    func dayAfter(year: Int, month: Int, day: Int) -> Int64 {
        shiftDays(startOfDay(year: year, month: month, day: day)!, days: 1)
    }

    /// Calendar arithmetic on local midnights (a day is not always 86,400 seconds).
    func shiftDays(_ epoch: Int64, days: Int = 0, months: Int = 0) -> Int64 {
        let d = calendar.date(byAdding: DateComponents(month: months, day: days), to: Date(timeIntervalSince1970: TimeInterval(epoch)))!
        return Int64(calendar.startOfDay(for: d).timeIntervalSince1970)
    }

    /// 'YYYY-MM-DD' of the local day `days` after the day of `epoch`.
    func day(_ epoch: Int64, plus days: Int) -> String { dayString(shiftDays(startOfLocalDay(epoch), days: days)) }
}
