import GRDB

/// Settings of the worklists: how actions are ranked, how many one reader may have open, who owns
/// what nobody covers, how much a person can do in a day, and each value tier's goal. The README's
/// "Today's plan" section explains them with a worked example.
public enum WorklistSettings {
    public static var all: [SettingDefinition] { priority + limits + goals + calendar }

    /// Rule weights: the rule decides most of an action's priority. A ticket due soon weighs as a
    /// complaint (kind complaint), an upkeep (kind fault) or `ticket` (any other kind). The gaps are wider than the
    /// other inputs together (tier 24 + lateness 12 + quiet 8 = 44), so an overdue complaint of a
    /// basic reader always comes before the care of a VIP, and care before a recommendation.
    public static let ruleWeights: [(rule: String, weight: Int)] = [
        ("complaint", 100), ("upkeep", 100), ("ticket", 45), ("follow-up", 60), ("tier-care", 50), ("birthday", 45), ("holiday", 45),
        ("first-use", 40), ("life-stage", 30), ("lift", 22), ("pair", 20), ("new-service", 20), ("win-back", 15),
        ("tier-fell", 12), ("reader-trend", 10), ("service-trend", 10), ("counter-trend", 10),
    ]
    /// Value tier weights; a service action (no reader) counts as `service`.
    public static let tierWeights: [(tier: String, weight: Int)] = [
        ("vip", 24), ("key", 18), ("mid", 12), ("basic", 6), ("inactive", 0), ("service", 12),
    ]

    public static let priority: [SettingDefinition] =
        ruleWeights.map {
            AnalyticsSettings.integer("priority.rule.\($0.rule)", $0.weight, "priority points of an action of the rule \($0.rule)")
        }
        + tierWeights.map {
            AnalyticsSettings.integer("priority.tier.\($0.tier)", $0.weight, "priority points of an action about a \($0.tier) reader")
        }
        + [
            .number("priority.late.per_day", 0.5, "priority points per day an action is past its due day"),
            .number("priority.late.max", 12, "at most this many points for lateness"),
            .number("priority.quiet.per_week", 0.5, "priority points per week since the library last contacted the reader"),
            .number("priority.quiet.max", 8, "at most this many points for silence (a reader never contacted gets them all)"),
        ]

    public static let limits: [SettingDefinition] = [
        AnalyticsSettings.integer(
            "matrix.open_per_reader", 3, "open actions one reader may have at once; the rest wait until these close", min: 1),
        AnalyticsSettings.integer("matrix.recommend.per_reader", 1, "cell 3: pair recommendations per reader, the strongest first"),
        SettingDefinition(
            "matrix.recommend.tiers", "vip,key,mid", "cell 3: value tiers that get personal recommendations (basic readers get outreach)"
        ) { text in
            let bad = Staff.splitList(text).filter { ValueTier(rawValue: $0) == nil }
            return bad.isEmpty
                ? nil
                : .invalid(
                    "matrix.recommend.tiers takes value tiers (vip, key, mid, basic, inactive), not \(bad.joined(separator: ", "))",
                    Phrase("error.setting.tiers", [bad.joined(separator: ", ")]))
        },
        .number("matrix.lift.gap", 0.05, "cell 3: mid readers whose score is this close to the lowest key score get a lift recommendation"),
        AnalyticsSettings.integer(
            "matrix.capacity", 20, "items a staff member can do in a day, unless the staff member's own capacity says", min: 1),
        SettingDefinition("matrix.default_owner", "", "staff login that owns actions nobody else covers (an administrator, set by init)"),
        AnalyticsSettings.integer(
            "matrix.follow_up.expire_days", 90, "a follow-up this many days past due expires, with a history line", min: 1),
        AnalyticsSettings.integer("today.ticket.hours", 24, "tickets due within this many hours join today's plan"),
        SettingDefinition(
            "matrix.holidays",
            "spring-festival=2026-02-17,2027-02-06,2028-01-26;mid-autumn=2026-09-25,2027-09-15,2028-10-03;teachers-day=09-10@faculty,researcher",
            "cell 2: greeting days, name=YYYY-MM-DD or MM-DD dates[@reader types]; greeted within matrix.birthday.days"
        ) { Holiday.problem($0) },
    ]

    /// The pyramid's purpose: each tier has a goal, and a rule that serves it.
    public static let goalDefaults: [(tier: ValueTier, text: String)] = [
        (.vip, "keep them loyal: a personal care contact at least every matrix.care.vip.days days"),
        (.key, "keep them loyal: a care contact at least every matrix.care.key.days days"),
        (.mid, "grow them toward key: readers close to the key threshold get a recommendation that would lift them"),
        (.basic, "maintain them cheaply: outreach only, no personal actions"),
        (.inactive, "win them back: one win-back action per term"),
    ]
    public static let goals: [SettingDefinition] = goalDefaults.map {
        SettingDefinition("pyramid.goal.\($0.tier.rawValue)", $0.text, "the goal of the \($0.tier.rawValue) tier, shown with the pyramid")
    }

    public static let calendar: [SettingDefinition] = [
        SettingDefinition("calendar.weekend", "sat,sun", "days the library is closed every week (mon … sun)") { text in
            let bad = Staff.splitList(text).filter { LibraryCalendar.weekdayNumber($0) == nil }
            return bad.isEmpty
                ? nil
                : .invalid(
                    "calendar.weekend takes days such as sat,sun, not \(bad.joined(separator: ", "))",
                    Phrase("error.setting.weekend", [bad.joined(separator: ", ")]))
        },
        SettingDefinition("calendar.closed", "", "days the library is closed: YYYY-MM-DD, or MM-DD every year, comma-separated") { text in
            let bad = Staff.splitList(text).filter { !LibraryCalendar.isClosedDayPattern($0) }
            return bad.isEmpty
                ? nil
                : .invalid(
                    "calendar.closed takes YYYY-MM-DD or MM-DD, not \(bad.joined(separator: ", "))",
                    Phrase("error.setting.closed", [bad.joined(separator: ", ")]))
        },
    ]
}

/// The worklist settings as one value, read once per refresh or plan.
struct PriorityWeights {
    var rule: [String: Double] = [:]
    var tier: [String: Double] = [:]
    var latePerDay = 0.5, lateMax = 12.0, quietPerWeek = 0.5, quietMax = 8.0

    static func load(_ db: Database) throws -> PriorityWeights {
        var w = PriorityWeights()
        for r in WorklistSettings.ruleWeights { w.rule[r.rule] = try AppDatabase.number(db, "priority.rule.\(r.rule)") }
        for t in WorklistSettings.tierWeights { w.tier[t.tier] = try AppDatabase.number(db, "priority.tier.\(t.tier)") }
        w.latePerDay = try AppDatabase.number(db, "priority.late.per_day")
        w.lateMax = try AppDatabase.number(db, "priority.late.max")
        w.quietPerWeek = try AppDatabase.number(db, "priority.quiet.per_week")
        w.quietMax = try AppDatabase.number(db, "priority.quiet.max")
        return w
    }

    /// rule + value tier + lateness (days past due, capped) + quiet (weeks since the last contact, capped).
    func priority(rule: String, tier: ValueTier?, hasReader: Bool, daysLate: Int, daysSinceContact: Int?) -> Double {
        let tierPoints = hasReader ? (tier.map { self.tier[$0.rawValue] ?? 0 } ?? self.tier["inactive"] ?? 0) : (self.tier["service"] ?? 0)
        let late = min(lateMax, latePerDay * Double(max(0, daysLate)))
        let quiet = hasReader ? min(quietMax, daysSinceContact.map { quietPerWeek * Double($0) / 7 } ?? quietMax) : 0
        let rulePoints = self.rule[rule] ?? 0
        return ((rulePoints + tierPoints + late + quiet) * 10).rounded() / 10
    }
}

extension AppDatabase {
    /// Each value tier's goal (settings `pyramid.goal.*`), for the pyramid view and its JSON; with
    /// `customOnly`, only the goals the library wrote itself (the app says the defaults in the
    /// viewer's language from its catalogue).
    public func tierGoals(customOnly: Bool = false) throws -> [ValueTier: String] {
        try read { db in
            var goals: [ValueTier: String] = [:]
            for t in ValueTier.allCases {
                let key = "pyramid.goal.\(t.rawValue)"
                if customOnly, try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) == nil { continue }
                goals[t] = try Self.setting(db, key)
            }
            return goals
        }
    }

    /// Each value tier's goal as the interfaces show it: the library's own text as written, else
    /// the default one as a phrase (`goal.TIER`) with the care intervals it names filled in from
    /// `matrix.care.vip.days` and `matrix.care.key.days`, so it says what the rules do.
    public func tierGoalPhrases() throws -> [ValueTier: Phrase] {
        let custom = try tierGoals(customOnly: true)
        let days = try read { db in
            [ValueTier.vip: try Self.setting(db, "matrix.care.vip.days"), .key: try Self.setting(db, "matrix.care.key.days")]
        }
        var goals: [ValueTier: Phrase] = [:]
        for t in ValueTier.allCases {
            if let own = custom[t], !own.isEmpty {
                goals[t] = Phrase("literal", [own])
            } else {
                goals[t] = Phrase("goal.\(t.rawValue)", days[t].map { [$0] } ?? [])
            }
        }
        return goals
    }
}
