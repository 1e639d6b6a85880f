import GRDB

/// Mean and median of durations, in hours.
public struct Durations: Sendable, Equatable, Codable {
    public var count: Int
    public var meanHours: Double?
    public var medianHours: Double?
    init(_ seconds: [Int64]) {
        count = seconds.count
        guard !seconds.isEmpty else { return }
        let s = seconds.sorted()
        meanHours = Double(s.reduce(0, +)) / Double(s.count) / 3600
        medianHours = Double(s.count % 2 == 1 ? s[s.count / 2] * 2 : s[s.count / 2 - 1] + s[s.count / 2]) / 2 / 3600
    }
    enum CodingKeys: String, CodingKey { case count, meanHours = "mean_hours", medianHours = "median_hours" }
}

/// The measures of the programme (docs/CONTRACTS.md §8) over a period, against the period before.
public struct ProgrammeReport: Sendable {
    public var period: Period
    public var previous: Period
    public var activeReaders = 0
    /// Active readers who used two or more services, and their share of the active.
    public var crossUseReaders = 0
    public var crossUse: Double { activeReaders == 0 ? 0 : Double(crossUseReaders) / Double(activeReaders) }
    /// The period has not ended: its figures are so far, not final.
    public var partial = false
    /// Active in the previous period, inactive in this one. Not computed on a partial period:
    /// a reader who has not come back *yet* has not left.
    public var previousActive = 0, churned: Int?
    public var churn: Double? { churned.map { previousActive == 0 ? 0 : Double($0) / Double(previousActive) } }
    public var outreach: [OutreachSummary] = []
    public var responseRate: Double {
        let sent = outreach.filter { $0.service != nil }
        let n = sent.reduce(0) { $0 + $1.recipients }
        return n == 0 ? 0 : Double(sent.reduce(0) { $0 + $1.responses }) / Double(n)
    }
    /// Satisfaction of tickets resolved in the period: counts of 1…5.
    public var satisfaction: [Int] = [0, 0, 0, 0, 0]
    /// How many of those scores staff entered and how many readers gave by mail.
    public var satisfactionSources: [String: Int] = [:]
    public var satisfactionMean: Double? {
        let n = satisfaction.reduce(0, +)
        return n == 0 ? nil : Double(satisfaction.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }) / Double(n)
    }
    /// Tickets opened in the period, by kind: time to the first public reply and to resolution
    /// (without the time they waited on the reader, when the SLA clock stood still).
    public var firstResponse: [String: Durations] = [:]
    public var resolution: [String: Durations] = [:]
    public var contactsByCell: [String: Int] = [:], contactsByChannel: [String: Int] = [:], contactsByRead: [String: Int] = [:]
    public var tiers = TierCounts(), previousTiers = TierCounts()
    public var movedUp = 0, movedDown = 0
}

extension AppDatabase {
    /// The report on `period`; with `now` before its end the report is partial (and has no churn).
    public func programmeReport(_ period: Period, now: Int64? = nil) throws -> ProgrammeReport {
        try read { db in
            let prev = calendar.previous(period)
            var r = ProgrammeReport(period: period, previous: prev)
            r.partial = now.map { $0 < period.end } ?? false
            let (active, before) = (try activeServices(db, period), try activeServices(db, prev))
            r.activeReaders = active.count
            r.crossUseReaders = active.values.filter { $0 >= 2 }.count
            r.previousActive = before.count
            if !r.partial { r.churned = before.keys.filter { active[$0] == nil }.count }
            r.outreach = try Self.outreachSummaries(db, from: period.start, to: period.end)
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT satisfaction, coalesce(satisfaction_source, 'staff'), count(*) FROM ticket
                    WHERE resolved_at >= ? AND resolved_at < ? AND satisfaction IS NOT NULL GROUP BY 1, 2
                    """, arguments: [period.start, period.end])
            {
                r.satisfaction[(row[0] as Int) - 1] += row[2] as Int
                r.satisfactionSources[row[1] as String, default: 0] += row[2] as Int
            }
            var first: [String: [Int64]] = [:], resolved: [String: [Int64]] = [:]
            for t in try Row.fetchAll(
                db,
                sql:
                    "SELECT kind, created_at, first_response_at, resolved_at, paused_seconds FROM ticket WHERE created_at >= ? AND created_at < ?",
                arguments: [period.start, period.end])
            {
                let kind: String = t[0], created: Int64 = t[1]
                if let f: Int64 = t[2] { first[kind, default: []].append(f - created) }
                if let z: Int64 = t[3] { resolved[kind, default: []].append(max(0, z - created - (t[4] as Int64))) }
            }
            r.firstResponse = first.mapValues(Durations.init)
            r.resolution = resolved.mapValues(Durations.init)
            func grouped(_ column: String) throws -> [String: Int] {
                Dictionary(
                    uniqueKeysWithValues: try Row.fetchAll(
                        db,
                        sql: "SELECT coalesce(CAST(\(column) AS TEXT), 'none'), count(*) FROM contact WHERE at >= ? AND at < ? GROUP BY 1",
                        arguments: [period.start, period.end]
                    ).map { ($0[0] as String, $0[1] as Int) })
            }
            r.contactsByCell = try grouped("cell"); r.contactsByChannel = try grouped("channel");
            r.contactsByRead = try grouped("read_level")
            let c = Self.compare(earlier: try pyramid(db, prev), later: try pyramid(db, period))
            r.tiers = c.later.tiers; r.previousTiers = c.earlier.tiers
            r.movedUp = c.up.count; r.movedDown = c.down.count
            return r
        }
    }

    /// Active readers of a period → how many distinct services each used.
    func activeServices(_ db: Database, _ period: Period) throws -> [Int64: Int] {
        let use = try periodUse(db, period)
        var out: [Int64: Int] = [:]
        for slot in 0..<use.slots where use.isActive(slot) { out[use.readerId(slot)] = use.services(slot).count }
        return out
    }
}
