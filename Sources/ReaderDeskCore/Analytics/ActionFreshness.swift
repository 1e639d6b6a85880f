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
    public init(computedAt: Int64?, dailyStale: Bool) { self.computedAt = computedAt; self.dailyStale = dailyStale }
}

/// How a reader of the actions wants them brought up to date before it answers.
public enum ActionRefresh: Sendable {
    /// Every stale rule first, the day's full refresh included: the caller waits for it.
    case fresh
    /// The stored actions at once (today's live rules run now); the day's full refresh, when due,
    /// runs on a thread of this process meanwhile.
    case background
    /// The stored actions at once; the day's full refresh is the caller's to start elsewhere
    /// (the command line's detached process, the app's thread).
    case stored
}

/// An answer read from the stored actions, with when they were computed and whether a refresh runs.
public struct ActionAnswer<Value: Sendable>: Sendable {
    public var value: Value
    public var freshness: ActionFreshness
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

    /// Brings the actions as far up to date as `refresh` asks, and says how current they are.
    public func prepareActions(now: Int64, _ refresh: ActionRefresh) throws -> ActionFreshness {
        switch refresh {
        case .fresh:
            try refreshActionsIfStale(now: now)
            return ActionFreshness(computedAt: try actionsComputedAt(), dailyStale: false)
        case .stored:
            return try refreshLiveIfStale(now: now)
        case .background:
            let freshness = try refreshLiveIfStale(now: now)
            if freshness.dailyStale { refreshDailyOnAThread(now: now) }
            return freshness
        }
    }

    /// The day's full refresh on a thread of its own, one at a time per database; a plan whose
    /// snapshot went stale meanwhile is skipped by `applyPlan`.
    func refreshDailyOnAThread(now: Int64) {
        guard
            dailyRefreshRunning.withLock({ running in
                running
                    ? false
                    : {
                        running = true; return true
                    }()
            })
        else { return }
        let thread = Thread { [self] in
            defer { dailyRefreshRunning.withLock { $0 = false } }
            try? refreshActionsIfStale(now: now)
        }
        thread.start()
    }

    /// When the daily rules last ran (kept by `refreshPlan` as `daily_at`).
    public func actionsComputedAt() throws -> Int64? {
        try read { db in try Self.analyticsState(db)["daily_at"].flatMap { Int64($0) } }
    }
}
