import GRDB

/// Use of one service by a reader: totals and a monthly series for sparklines.
public struct ServiceUse: Sendable, Equatable, Codable {
    public var service: String
    public var name: String
    public var total: Int
    public var lastAt: Int64
    /// Quantity per month, oldest first, over `months`.
    public var monthly: [Int]

    public init(service: String, name: String, total: Int, lastAt: Int64, monthly: [Int]) {
        self.service = service; self.name = name; self.total = total; self.lastAt = lastAt; self.monthly = monthly
    }
}

/// Everything the profile view and `reader show` present about one reader.
public struct ReaderProfile: Sendable {
    public var reader: Reader
    public var owner: Staff?
    /// Whether the analysis part was withheld for the viewer's role.
    public var analysisHidden: Bool
    public var contacts: [ContactListing]
    public var tickets: [TicketListing]
    public var lifeEvents: [LifeEvent]
    public var use: [ServiceUse]
    /// Month keys (year*100+month) of `ServiceUse.monthly`.
    public var months: [Int]
    /// The 7P summary (profiling, persistency, value, performance, prospecting, products, promotion).
    public var sevenP: SevenP?
    /// How current the value tier and actions behind the 7P view are.
    public var actionsFreshness: ActionFreshness? = nil
}

extension AppDatabase {
    /// A reader's whole profile. Looking at a profile is recorded in the audit log; `audit: false`
    /// is for fetching again a profile that is already open (a live refresh is not a new look).
    /// The value tier the 7P view shows comes with the actions' refresh: `refresh` says whether to wait for it.
    public func profile(
        _ actor: Actor, card: String, months count: Int = 12, audit: Bool = true, refresh: ActionRefresh = .fresh
    ) throws -> ReaderProfile {
        let freshness = try prepareActions(now: actor.now, refresh)  // the tier caches the 7P view reads
        var profile: ReaderProfile
        if audit {
            profile = try write { db in try self.profile(db, actor, card: card, months: count, audit: true) }
        } else {
            profile = try read { db in try self.profile(db, actor, card: card, months: count, audit: false) }
        }
        profile.actionsFreshness = freshness
        return profile
    }

    private func profile(_ db: Database, _ actor: Actor, card: String, months count: Int, audit: Bool) throws -> ReaderProfile {
        let canSee = actor.can(.readAnalysis)
        let full = try Self.reader(db, card: card)
        let r = canSee ? full : full.withoutAnalysis()
        let owner = try Self.owner(db, full)
        let contacts = try ContactListing.fetchAll(
            db,
            sql: """
                \(Self.contactListingSQL) WHERE contact.reader_id = ? ORDER BY contact.at DESC, contact.id DESC LIMIT 200
                """, arguments: [full.id!])
        let tickets = try TicketListing.fetchAll(
            db, sql: "\(Self.ticketListingSQL) WHERE ticket.reader_id = ? ORDER BY ticket.created_at DESC LIMIT 100",
            arguments: [full.id!])
        let events = try LifeEvent.filter(Column("reader_id") == full.id!).order(Column("date")).fetchAll(db)
        var monthKeys = [calendar.monthKey(actor.now)]
        while monthKeys.count < count { monthKeys.insert(calendar.previousMonth(monthKeys[0]), at: 0) }
        let use = try Self.serviceUse(db, readerId: full.id!, months: monthKeys)
        if audit { try Self.audit(db, actor, "reader.view", readerId: full.id) }
        return ReaderProfile(
            reader: r, owner: owner, analysisHidden: !canSee, contacts: contacts, tickets: tickets,
            lifeEvents: events, use: use, months: monthKeys, sevenP: try sevenP(db, full, use: use, now: actor.now))
    }

    /// Use per service from the monthly roll-up over `months` (ascending keys): each total is the
    /// sum of its series; a service unused in those months is left out.
    static func serviceUse(_ db: Database, readerId: Int64, months: [Int]) throws -> [ServiceUse] {
        guard let first = months.first, let last = months.last else { return [] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT service.code, service.name, usage_month.month, usage_month.quantity, usage_month.last_at
                FROM usage_month JOIN service ON service.id = usage_month.service_id
                WHERE usage_month.reader_id = ? AND usage_month.month BETWEEN ? AND ? ORDER BY service.code, usage_month.month
                """, arguments: [readerId, first, last])
        var byCode: [String: ServiceUse] = [:]
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        for row in rows {
            let code: String = row["code"]
            var u =
                byCode[code]
                ?? ServiceUse(service: code, name: row["name"], total: 0, lastAt: 0, monthly: Array(repeating: 0, count: months.count))
            let q: Int = row["quantity"]
            u.total += q
            u.lastAt = max(u.lastAt, row["last_at"])
            if let i = index[row["month"]] { u.monthly[i] += q }
            byCode[code] = u
        }
        return byCode.values.sorted { $0.total != $1.total ? $0.total > $1.total : $0.service < $1.service }
    }
}
