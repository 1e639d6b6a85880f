import Foundation
import GRDB

public struct DemoOptions: Sendable {
    public var readers: Int
    public var months: Int
    public var seed: UInt64
    /// Usage events per reader and month on average; the default makes 100,000 readers over
    /// 24 months about 5,000,000 events.
    public var eventsPerReaderMonth: Double
    public init(readers: Int = 2000, months: Int = 24, seed: UInt64 = 1, eventsPerReaderMonth: Double = 2.1) {
        self.readers = readers; self.months = months; self.seed = seed
        self.eventsPerReaderMonth = eventsPerReaderMonth
    }
}

public struct DemoSummary: Sendable, Equatable {
    public var readers = 0, usageEvents = 0, staff = 0, services = 0, contacts = 0, lifeEvents = 0, tickets = 0
}

extension AppDatabase {
    /// Usage is written in a few big transactions of this many readers, each in chunks of events.
    static let demoReadersPerTransaction = 25_000
    static let demoChunk = 50_000

    /// Fills an empty library with a synthetic one that is the same for the same seed and "now"
    /// (`actor.now`, where the months end). `actor` must be an administrator.
    public func fillDemo(_ actor: Actor, _ options: DemoOptions, progress: ((String) -> Void)? = nil) throws -> DemoSummary {
        try actor.require(.manageStaff)
        try Validate.range(options.readers, "readers", 1...5_000_000)
        try Validate.range(options.months, "months", 1...240)
        try requireNoReaders()
        let seed = options.seed
        let window = DemoCalendar(calendar: calendar, now: actor.now, count: options.months)
        let staff = try addDemoStaff(actor, window, seed: seed)
        let serviceIds = try addDemoServices(actor, window)

        progress?("planning \(options.readers) readers")
        var maker = DemoReaderMaker(seed: seed, calendar: calendar, window: window)
        let plans = (0..<options.readers).map { maker.make($0) }
        let cacheSize = try write { try Int.fetchOne($0, sql: "PRAGMA cache_size") ?? -2000 }  // the writer's own
        let ids = try writeDemoReaders(actor, plans, staff, options)
        var summary = DemoSummary()
        summary.readers = ids.count
        summary.usageEvents = try writeDemoUsage(
            plans, ids, window, serviceIds, seed: seed, perReaderMonth: options.eventsPerReaderMonth, progress: progress)
        try write { db in try db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }

        progress?("contacts, life events and tickets")
        let people = DemoContacts(plans: plans, ids: ids, staff: staff, window: window, calendar: calendar, seed: seed)
        try write { db in
            summary.contacts = try people.writeContacts(db, count: max(60, options.readers / 4))
            summary.lifeEvents = try people.writeLifeEvents(db, count: max(30, options.readers / 20))
        }
        summary.tickets = try DemoTickets(app: self, contacts: people, seed: seed).make(count: max(60, options.readers / 50))
        try writeDemoAnswers(actor)
        summary.usageEvents += try writeNewServiceUsage(plans, ids, window, seed: seed)
        try write { db in
            // Readers whose problem was settled lately are in the after-service stage.
            try db.execute(
                sql: """
                    UPDATE reader SET lifecycle = 'after-service' WHERE lifecycle IN ('active', 'upgraded') AND id IN (
                        SELECT reader_id FROM ticket WHERE reader_id IS NOT NULL AND resolved_at > ?)
                    """, arguments: [actor.now - 90 * 86400])
            summary.staff = try Staff.fetchCount(db)
            summary.services = try Service.fetchCount(db)
        }
        return summary
    }

    /// The demo fills only an empty library: a one-line refusal otherwise.
    public func requireNoReaders() throws {
        try refuseIfReaders(try read { try Reader.fetchCount($0) })
    }

    private func refuseIfReaders(_ count: Int) throws {
        if count > 0 {
            throw ReaderDeskError(
                .duplicate,
                "this database already holds \(count) readers: the demo fills only an empty library",
                phrase: Phrase("error.demo.notEmpty", [String(count), Phrase.field("db")]))
        }
    }

    private func addDemoStaff(_ actor: Actor, _ window: DemoCalendar, seed: UInt64) throws -> DemoStaff {
        var rng = SeededRandom(seed: seed, stream: 5, item: 0)
        let hired = Actor(staff: actor.staff, now: window.months[0].start - 90 * 86400)
        let existing = Dictionary(try allStaff().map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a })
        func add(_ login: (String) -> String, _ role: Role, _ areas: [String]) throws -> Staff {
            let (name, latin) = DemoNames.name(&rng, latinShare: 0.03)
            let l = login(DemoNames.mailbox(name, latin: latin))
            return try existing[l] ?? addStaff(hired, login: l, name: name, role: role, areas: areas)
        }
        var taken = Set<String>()  // this run's logins; an existing one is reused
        let desk = try (1...3).map { n in
            try add({ taken.insert("desk-\($0)").inserted ? "desk-\($0)" : "desk-\($0)\(n)" }, .frontDesk, [])
        }
        let librarians = try DemoCatalog.departments.map { d in try add({ _ in "lib-\(d.code)" }, .librarian, [d.name] + d.subjects) }
        return DemoStaff(admin: actor.staff, desk: desk, librarians: librarians)
    }

    /// The research library's services, in `DemoCatalog.services` order, created before the window.
    private func addDemoServices(_ actor: Actor, _ window: DemoCalendar) throws -> [Int64] {
        let existing = Dictionary(try allServices().map { ($0.code, $0.id!) }, uniquingKeysWith: { a, _ in a })
        let long = Actor(staff: actor.staff, now: window.months[0].start - 365 * 86400)
        return try DemoCatalog.services.map { s in
            try existing[s.code] ?? addService(
                long, code: s.code, name: s.name, serviceClass: s.serviceClass, points: s.points,
                subjects: s.subjects, hosts: s.hosts
            ).id!
        }
    }

    private func writeDemoReaders(_ actor: Actor, _ plans: [DemoReaderPlan], _ staff: DemoStaff, _ options: DemoOptions) throws -> [Int64] {
        try write { db in
            try refuseIfReaders(try Reader.fetchCount(db))
            try db.execute(sql: "PRAGMA cache_size = -524288")  // 512 MiB while the indexes grow; put back after usage
            let term = try db.cachedStatement(sql: "INSERT OR IGNORE INTO reader_term(term, reader_id) VALUES (?, ?)")
            var ids: [Int64] = []
            ids.reserveCapacity(plans.count)
            for (i, p) in plans.enumerated() {
                var r = p.reader
                // Some faculty have a named subject librarian; the rest are found by department.
                if (r.type == .faculty || r.type == .researcher) && p.dept >= 0 && i % 3 == 0 {
                    r.librarianId = staff.librarians[p.dept].id
                }
                try r.insert(db)
                // The same terms as writeTerms, without its delete (the reader is new).
                let terms = SearchTerms.forReader(name: r.name, email: r.email, phone: r.phone)
                for t in terms { try term.execute(arguments: [t, r.id]) }
                try ReaderTermList.write(db, readerId: r.id!, terms)
                ids.append(r.id!)
            }
            try Self.audit(db, actor, "demo.fill", detail: "readers=\(options.readers) months=\(options.months) seed=\(options.seed)")
            return ids
        }
    }

    private func writeDemoUsage(
        _ plans: [DemoReaderPlan], _ ids: [Int64], _ window: DemoCalendar, _ serviceIds: [Int64],
        seed: UInt64, perReaderMonth: Double, progress: ((String) -> Void)?
    ) throws -> Int {
        var maker = DemoUsageMaker(seed: seed, window: window, serviceIds: serviceIds)
        let expected = plans.reduce(0.0) { $0 + maker.expected($1) }
        let target = perReaderMonth * Double(plans.count * window.months.count)
        maker.scale = expected > 0 ? target / expected : 0
        var total = 0, next = 0
        var buffer: [UsageInput] = []
        buffer.reserveCapacity(Self.demoChunk + 5_000)
        while next < plans.count {
            let end = min(plans.count, next + Self.demoReadersPerTransaction)
            try write { db in
                for i in next..<end {
                    maker.events(plans[i], readerId: ids[i], item: i, into: &buffer)
                    if buffer.count >= Self.demoChunk || i == end - 1 {
                        try insertUsage(db, buffer)
                        total += buffer.count
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
            next = end
            progress?("usage: \(next) of \(plans.count) readers, \(total) events")
        }
        return total
    }

    private func writeNewServiceUsage(_ plans: [DemoReaderPlan], _ ids: [Int64], _ window: DemoCalendar, seed: UInt64) throws -> Int {
        var rng = SeededRandom(seed: seed, stream: 7, item: 0)
        var total = 0
        for (s, daysAgo, perThousand) in DemoCatalog.newServices {
            let since = window.now - Int64(daysAgo) * 86400 - Int64(rng.below(6 * 3600))
            let existing = try read { db in try Service.filter(Column("code") == s.code).fetchOne(db) }
            let id =
                try existing?.id ?? addService(
                    Actor(staff: try read { db in try Staff.order(Column("id")).fetchOne(db)! }, now: since),
                    code: s.code, name: s.name, serviceClass: s.serviceClass, points: s.points,
                    subjects: s.subjects, hosts: s.hosts
                ).id!
            let events = DemoUsageMaker.newServiceEvents(
                plans, ids: ids, serviceId: id, since: since, now: window.now,
                count: max(1, plans.count * perThousand / 1000), kind: s.kind, &rng)
            try write { db in try insertUsage(db, events) }
            total += events.count
        }
        return total
    }
}
