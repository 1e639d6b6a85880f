import Foundation
import GRDB

/// How current the stored actions are, for a command that answers at once and leaves the
/// daily rules (minutes at a million readers) to a refresh in the background.
public struct ActionFreshness: Sendable, Equatable {
    /// When the daily rules last ran, by the library's clock (nil: never, or before this was kept).
    public var computedAt: Int64?
    /// The daily rules are due again (a new day, changed settings or staff): the stored actions
    /// are the earlier ones until a full refresh (`refreshActions`) has run.
    public var dailyStale: Bool
}

extension AppDatabase {
    /// Whether the daily rules last ran on an earlier day: the first look of a day, the costly
    /// one. False where they never ran (nothing stored to answer from) and after a change of
    /// settings or staff today: whoever made it expects to see its effect, so that refreshes as before.
    public func dailyIsStale(now: Int64) throws -> Bool {
        try read { db in
            guard let daily = try Self.analyticsState(db)["daily"] else { return false }
            return daily.prefix { $0 != "|" } < calendar.dayString(now)
        }
    }

    /// Brings the actions up to date without waiting for the first refresh of a day. A database
    /// where the rules never ran refreshes in full now (there is nothing to show yet), and so does
    /// one whose live rules or settings changed today (a write shows at once); when the stored
    /// actions are from an earlier day nothing runs and the answer says so, for the caller to
    /// refresh elsewhere (`refreshActions`, in another process).
    @discardableResult
    public func refreshLiveIfStale(now: Int64) throws -> ActionFreshness {
        if try dailyIsStale(now: now) { return ActionFreshness(computedAt: try actionsComputedAt(), dailyStale: true) }
        try refreshActionsIfStale(now: now)
        return ActionFreshness(computedAt: try actionsComputedAt(), dailyStale: false)
    }

    /// When the daily rules last ran (kept by `refreshPlan` as `daily_at`).
    public func actionsComputedAt() throws -> Int64? {
        try read { db in try Self.analyticsState(db)["daily_at"].flatMap { Int64($0) } }
    }
}
