import Foundation

/// Dates and months in the library's time zone (the process's TZ, docs/CONTRACTS.md §1).
public struct LibraryCalendar: Sendable {
    public let timeZone: TimeZone
    public let calendar: Calendar
    public let clock: LocalClock

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        self.clock = LocalClock(timeZone: timeZone)
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        self.calendar = c
    }
    public static var current: LibraryCalendar { LibraryCalendar(timeZone: .current) }

    /// year*100+month of an instant, the key of `usage_month`.
    public func monthKey(_ epoch: Int64) -> Int { clock.monthAndHour(epoch).month }
    /// Whether an instant falls between 22:00 and 06:00 local time.
    public func isLateNight(_ epoch: Int64) -> Bool {
        let h = clock.monthAndHour(epoch).hour
        return h >= 22 || h < 6
    }
    /// Local midnight starting a calendar day.
    public func startOfDay(year: Int, month: Int, day: Int) -> Int64? {
        var dc = DateComponents(); dc.year = year; dc.month = month; dc.day = day
        guard let date = calendar.date(from: dc),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return nil }
        return Int64(date.timeIntervalSince1970)
    }
    /// First instant of month key (year*100+month).
    public func startOfMonth(_ key: Int) -> Int64 { startOfDay(year: key / 100, month: key % 100, day: 1)! }
    public func nextMonth(_ key: Int) -> Int { key % 100 == 12 ? (key / 100 + 1) * 100 + 1 : key + 1 }
    public func previousMonth(_ key: Int) -> Int { key % 100 == 1 ? (key / 100 - 1) * 100 + 12 : key - 1 }

    /// 'YYYY-MM-DD' of an instant, local.
    public func dayString(_ epoch: Int64) -> String {
        let d = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        let (y, m, day) = (d.year!, d.month!, d.day!)
        // Digits by hand: String(format:) cost more than the calendar at a million actions a refresh.
        guard (0...9999).contains(y) else { return String(format: "%04d-%02d-%02d", y, m, day) }
        let digits: [UInt8] = [
            UInt8(48 + y / 1000), UInt8(48 + y / 100 % 10), UInt8(48 + y / 10 % 10), UInt8(48 + y % 10), 45,
            UInt8(48 + m / 10), UInt8(48 + m % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }
    /// Local instant as ISO 8601 with offset, for people and JSON.
    public func timestamp(_ epoch: Int64) -> String {
        if let fast = clock.timestamp(epoch) { return fast }
        let f = ISO8601DateFormatter()
        f.timeZone = timeZone
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
    }

    /// Parses 'YYYY-MM-DD' strictly (a real calendar day).
    public func parseDay(_ text: String) throws -> (year: Int, month: Int, day: Int) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            startOfDay(year: y, month: m, day: d) != nil
        else { throw ReaderDeskError.invalid("'\(text)' is not a date: use YYYY-MM-DD", Phrase("error.date", [text])) }
        return (y, m, d)
    }
    /// Validated 'YYYY-MM-DD' text.
    public func normaliseDay(_ text: String) throws -> String {
        let (y, m, d) = try parseDay(text.trimmingCharacters(in: .whitespaces))
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// ISO 8601 instant: with offset or Z; without an offset it is local time; a date alone
    /// is local midnight.
    public func parseInstant(_ raw: String) throws -> Int64 {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.count == 10 {
            let (y, m, d) = try parseDay(text)
            return startOfDay(year: y, month: m, day: d)!
        }
        let withOffset = ISO8601DateFormatter()
        withOffset.formatOptions = [.withInternetDateTime]
        if let date = withOffset.date(from: text) { return Int64(date.timeIntervalSince1970) }
        withOffset.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withOffset.date(from: text) { return Int64(date.timeIntervalSince1970) }
        let local = ISO8601DateFormatter()
        local.timeZone = timeZone
        for format: ISO8601DateFormatter.Options in [
            [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        ] {
            local.formatOptions = format
            if let date = local.date(from: text.replacingOccurrences(of: " ", with: "T")) {
                return Int64(date.timeIntervalSince1970)
            }
        }
        // HH:MM without seconds.
        if text.count == 16, let date = local.date(from: text.replacingOccurrences(of: " ", with: "T") + ":00") {
            return Int64(date.timeIntervalSince1970)
        }
        throw ReaderDeskError.invalid(
            "'\(raw)' is not a time: use ISO 8601, e.g. 2026-10-05T14:30:00+08:00 or 2026-10-05", Phrase("error.time", [raw]))
    }
}
