import GRDB

/// The demo's staff: the administrator who ran it, the front desk, and one subject librarian
/// per department (in `DemoCatalog.departments` order).
struct DemoStaff: Sendable {
    let admin: Staff
    let desk: [Staff]
    let librarians: [Staff]

    func librarian(_ dept: Int, _ rng: inout SeededRandom) -> Staff {
        dept >= 0 ? librarians[dept] : rng.pick(librarians)
    }
}

/// Contacts in every cell of the matrix, and life-stage events, written in one transaction.
struct DemoContacts {
    let plans: [DemoReaderPlan]
    let ids: [Int64]
    let staff: DemoStaff
    let window: DemoCalendar
    let calendar: LibraryCalendar
    let seed: UInt64

    /// Some readers draw more of the librarians' attention than others.
    static func attention(_ t: ReaderType) -> Double {
        switch t {
        case .faculty, .researcher: 1;
        case .postgraduate: 0.6;
        case .external: 0.5
        case .undergraduate: 0.2;
        case .staff, .alumni: 0.3
        }
    }

    func reader(_ rng: inout SeededRandom, where accept: (DemoReaderPlan) -> Double) -> Int {
        var i = rng.below(plans.count)
        var tries = 0
        while tries < 1000 && !rng.chance(accept(plans[i])) { i = rng.below(plans.count); tries += 1 }
        return i  // a tiny library may have nobody who fits: then anybody
    }

    /// A working-hours instant, most of them in the last half year.
    func when(_ rng: inout SeededRandom) -> Int64 {
        let count = window.months.count
        let m = rng.chance(0.55) ? max(0, count - 1 - rng.below(6)) : rng.below(count)
        let month = window.months[m]
        let at = month.dayStarts[month.days.index(&rng)] + Int64(rng.between(9 * 3600, 17 * 3600))
        return min(at, window.now - Int64(rng.between(60, 3600)))
    }

    func writeContacts(_ db: Database, count: Int) throws -> Int {
        var rng = SeededRandom(seed: seed, stream: 3, item: 0)
        let names = DemoCatalog.services.map(\.name)
        let channels: [(Channel, Double)] = [(.inPerson, 30), (.email, 25), (.phone, 12), (.chat, 15), (.web, 6), (.visit, 12)]
        let minutes = [(1, 5), (5, 10), (10, 20), (20, 45), (45, 90), (90, 180)]
        for n in 0..<count {
            let cell = n < 6 ? n + 1 : rng.weighted([(1, 20.0), (2, 20), (3, 20), (4, 15), (5, 10), (6, 15)])
            let i = reader(&rng) { p in
                cell == 6 && (p.trend < 0 || p.reader.lifecycle == .lapsed) ? 1 : Self.attention(p.reader.type)
            }
            let channel = rng.weighted(channels)
            let atDesk = channel == .inPerson && (cell == 1 || cell == 2) && rng.chance(0.4)
            let who = atDesk ? rng.pick(staff.desk) : staff.librarian(plans[i].dept, &rng)
            let read = rng.weighted([(1, 15.0), (2, 30), (3, 25), (4, 15), (5, 10), (6, 5)])
            let at = when(&rng)
            let summary = rng.pick(DemoNotes.summaries[cell - 1]).replacingOccurrences(of: "{s}", with: rng.pick(names))
            let followUp = rng.chance(0.18) ? calendar.dayString(at + Int64(rng.between(7, 30)) * 86400) : nil
            var c = Contact(
                readerId: ids[i], staffId: who.id!, at: at, channel: channel, cell: cell, readLevel: read,
                minutes: rng.between(minutes[read - 1].0, minutes[read - 1].1), summary: summary, followUp: followUp)
            try c.insert(db)
            try AppDatabase.contactLogged(db, Actor(staff: who, now: at), c)
        }
        return count
    }

    func writeLifeEvents(_ db: Database, count: Int) throws -> Int {
        var rng = SeededRandom(seed: seed, stream: 4, item: 0)
        let kinds = LifeEventKind.allCases
        for n in 0..<count {
            let wanted: LifeEventKind? = n < kinds.count ? kinds[n] : nil
            let i = reader(&rng) { p in
                let fits = wanted.map { DemoNotes.lifeKinds(p.reader.type).contains($0) } ?? true
                return fits ? Self.attention(p.reader.type) : 0
            }
            let kind = wanted ?? rng.pick(DemoNotes.lifeKinds(plans[i].reader.type))
            // Many fall in the coming month, when telling the reader which services help matters most.
            let days = rng.weighted([(rng.between(0, 30), 30.0), (rng.between(31, 180), 15), (-rng.between(1, 365), 55)])
            var e = LifeEvent(
                readerId: ids[i], kind: kind, date: calendar.dayString(window.now + Int64(days) * 86400),
                note: rng.pick(DemoNotes.lifeNotes[kind]!))
            try e.insert(db)
        }
        return count
    }
}
