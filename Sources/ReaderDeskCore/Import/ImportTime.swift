import Foundation

/// Calendar arithmetic for import dates and times, without DateFormatter: a usage
/// file has millions of timestamps, and these rules are easy to state exactly.
public enum ImportTime {
    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `YYYY-MM-DD` → (year, month, day) when it is a real calendar date.
    public static func parseDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let b = Array(text.utf8)
        return b.count == 10 ? parseDate(bytes: b) : nil
    }

    static func parseDate(bytes b: [UInt8]) -> (year: Int, month: Int, day: Int)? {
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D,
            let y = number(b, 0, 4), let m = number(b, 5, 2), let d = number(b, 8, 2),
            isValidDate(year: y, month: m, day: d)
        else { return nil }
        return (y, m, d)
    }

    /// ISO 8601 → Unix seconds. Accepts `YYYY-MM-DD` (local midnight),
    /// `YYYY-MM-DD[T ]HH:MM[:SS[.fff]]` (local time) and the same with `Z` or
    /// `±HH[:MM]`. Fractions of a second are dropped.
    public static func epochSeconds(_ text: String, in zone: inout LocalZone) -> Int64? {
        let b = Array(text.utf8)
        guard let (y, m, d) = parseDate(bytes: b) else { return nil }
        var seconds = daysSinceEpoch(year: y, month: m, day: d) * 86_400
        if b.count == 10 { return zone.utc(fromLocal: seconds) }
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20, b[13] == 0x3A,
            let hh = number(b, 11, 2), let mm = number(b, 14, 2), hh < 24, mm < 60
        else { return nil }
        seconds += Int64(hh * 3600 + mm * 60)
        var i = 16
        if i < b.count, b[i] == 0x3A {
            guard let ss = number(b, i + 1, 2), ss < 60 else { return nil }
            seconds += Int64(ss)
            i += 3
            if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                i += 1
                let digits = i
                while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
                guard i > digits else { return nil }
            }
        }
        if i == b.count { return zone.utc(fromLocal: seconds) }
        if i + 1 == b.count, b[i] == 0x5A || b[i] == 0x7A { return seconds }
        guard b[i] == 0x2B || b[i] == 0x2D, let oh = number(b, i + 1, 2), oh <= 14 else { return nil }
        var om = 0
        switch b.count - (i + 3) {
        case 0: break
        case 2: guard let v = number(b, i + 3, 2) else { return nil }; om = v
        case 3: guard b[i + 3] == 0x3A, let v = number(b, i + 4, 2) else { return nil }; om = v
        default: return nil
        }
        guard om < 60 else { return nil }
        let offset = Int64(oh * 3600 + om * 60)
        return b[i] == 0x2B ? seconds - offset : seconds + offset
    }

    /// Reads `count` ASCII digits at `start`.
    static func number(_ b: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= b.count else { return nil }
        var value = 0
        for i in start..<start + count {
            guard (0x30...0x39).contains(b[i]) else { return nil }
            value = value * 10 + Int(b[i] - 0x30)
        }
        return value
    }
}

/// The library's time zone, turning wall-clock times into instants. Offsets are
/// cached per local hour because asking TimeZone millions of times is slow.
public struct LocalZone: Sendable {
    public let timeZone: TimeZone
    private var cache: [Int64: Int64] = [:]

    public init(_ timeZone: TimeZone) { self.timeZone = timeZone }

    /// Unix seconds of a local wall-clock time given as seconds since 1970-01-01T00:00 local.
    public mutating func utc(fromLocal local: Int64) -> Int64 {
        let hour = local >= 0 ? local / 3600 : (local - 3599) / 3600
        if let offset = cache[hour] { return local - offset }
        // Two passes find the offset in force at that wall-clock time, DST included.
        let first = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour * 3600))))
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour * 3600 - first))))
        if cache.count > 100_000 { cache.removeAll() }
        cache[hour] = offset
        return local - offset
    }
}
