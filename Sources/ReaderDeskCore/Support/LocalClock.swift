import Foundation
import Synchronization

/// Fast local month and hour of an instant, for the millions of usage events an import writes:
/// the zone offset is looked up once per quarter hour of UTC and cached, the civil date is
/// arithmetic (Hinnant's days-to-civil), so no Calendar call sits on the hot path.
public final class LocalClock: Sendable {
    public let timeZone: TimeZone
    private let offsets = Mutex<[Int64: Int64]>([:])

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    private func offset(_ epoch: Int64) -> Int64 {
        let bucket = epoch >= 0 ? epoch / 900 : (epoch - 899) / 900
        if let hit = offsets.withLock({ $0[bucket] }) { return hit }
        let o = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(bucket * 900))))
        // Most transitions fall on a quarter hour of UTC, but not all (St John's changed at 00:01
        // local until 2011): a quarter hour whose offset changes inside it is never cached.
        let end = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(bucket * 900 + 899))))
        guard end == o else { return Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epoch)))) }
        offsets.withLock { $0[bucket] = o }
        return o
    }

    /// (year*100+month, hour of day) in local time.
    public func monthAndHour(_ epoch: Int64) -> (month: Int, hour: Int) {
        let (days, secs) = Self.dayAndSecond(epoch + offset(epoch))
        let (y, m, _) = LocalClock.civil(days)
        return (y * 100 + m, Int(secs / 3600))
    }

    /// A local instant (seconds since the epoch, offset added) → (days since 1970-01-01, seconds into that day).
    private static func dayAndSecond(_ local: Int64) -> (Int64, Int64) {
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        return (days, local - days * 86400)
    }

    /// ISO 8601 with the offset ("2026-05-20T15:00:00+08:00", "Z" at UTC), as ISO8601DateFormatter
    /// writes it with `.withInternetDateTime`, without making one (a millisecond each: a list of
    /// hundreds of due times took most of a second). nil for what the arithmetic does not cover:
    /// an offset of odd seconds (old local mean times) or a year outside 0001–9999.
    public func timestamp(_ epoch: Int64) -> String? {
        let o = offset(epoch)
        guard o % 60 == 0 else { return nil }
        let (days, secs) = Self.dayAndSecond(epoch + o)
        let (y, m, d) = LocalClock.civil(days)
        guard (1...9999).contains(y) else { return nil }
        let zone = o == 0 ? "Z" : String(format: "%@%02d:%02d", o < 0 ? "-" : "+", Int(abs(o) / 3600), Int(abs(o) % 3600 / 60))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, Int(secs / 3600), Int(secs % 3600 / 60), Int(secs % 60)) + zone
    }

    /// Days since 1970-01-01 → (year, month, day).
    static func civil(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), Int(m), Int(d))
    }
}
