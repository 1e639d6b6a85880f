import Foundation

/// Makes one reader's usage over the window: how often (their level, the semester, their trend),
/// which services (their type, department and taste), when (exam weeks, late nights) and from where.
struct DemoUsageMaker: Sendable {
    let seed: UInt64
    let window: DemoCalendar
    let serviceIds: [Int64]  // in DemoCatalog.services order
    /// Events per unit of level, set so that the library gets its planned total.
    var scale = 1.0

    static let services = DemoCatalog.services
    static let studyRoom = services.firstIndex { $0.code == "STUDYROOM" }!
    /// 06:00–21:59, the opening hours' rhythm: a morning peak, lunch, an afternoon and evening.
    static let dayHours = Weighted([0.3, 1, 4, 7, 8, 7, 4, 5, 8, 8, 7, 5, 4, 6, 6, 5])
    static let lateHourList = [22, 23, 0, 1, 2, 3, 4, 5]
    static let lateHours = Weighted([5, 3.5, 1.8, 0.8, 0.4, 0.2, 0.2, 0.4])

    /// Events the plan would make at scale 1, summed over the window.
    func expected(_ p: DemoReaderPlan) -> Double {
        let count = window.months.count
        let seasonality = DemoCatalog.seasonality(p.reader.type)
        var sum = 0.0
        for m in 0..<count where p.active(m, count: count) {
            sum += p.level * window.factor(m, seasonality: seasonality) * trend(p.trend, m)
        }
        return sum
    }

    private func progress(_ m: Int) -> Double {
        window.months.count > 1 ? Double(m) / Double(window.months.count - 1) : 1
    }

    private func trend(_ t: Double, _ m: Int) -> Double { 1 + t * (progress(m) - 0.5) }

    /// Departments lean on different resources: humanities on CNKI, engineers on IEEE.
    static func affinity(_ dept: Int, _ code: String) -> Double {
        guard dept >= 0 else { return 1 }
        let d = DemoCatalog.departments[dept]
        switch code {
        case "CNKI": return d.humanities ? 1.6 : 1
        case "WOS", "NOVELTY": return d.humanities ? 0.3 : 1
        case "SCIDIRECT": return d.humanities ? 0.25 : d.code == "med" || d.code == "bio" || d.code == "chem" ? 1.5 : 1
        case "IEEE": return d.code == "cs" || d.code == "ee" ? 3 : d.humanities ? 0.05 : 0.15
        default: return 1
        }
    }

    static func lateShare(_ t: ReaderType) -> Double {
        switch t {
        case .undergraduate: 0.05;
        case .postgraduate: 0.13;
        case .faculty: 0.06;
        case .researcher: 0.08
        case .staff, .alumni: 0.02;
        case .external: 0.01
        }
    }

    static func remoteShare(_ t: ReaderType) -> Double {
        switch t {
        case .undergraduate: 0.3;
        case .postgraduate: 0.4;
        case .faculty: 0.5;
        case .researcher: 0.45
        case .staff: 0.3;
        case .external: 0;
        case .alumni: 0.15
        }
    }

    func events(_ p: DemoReaderPlan, readerId: Int64, item: Int, into out: inout [UsageInput]) {
        var rng = SeededRandom(seed: seed, stream: 2, item: item)
        let type = p.reader.type
        let preferred = DemoCatalog.preferences(type)
        var taste = preferred.indices.map { s in
            rng.chance(0.3) ? 0 : preferred[s] * Self.affinity(p.dept, Self.services[s].code) * exp(0.9 * rng.normal())
        }
        if taste.allSatisfy({ $0 == 0 }) { taste = preferred }
        let student = type == .undergraduate || type == .postgraduate
        let late = Self.lateShare(type) * (p.nightOwl ? 3 : 1)
        let seasonality = DemoCatalog.seasonality(type)
        let count = window.months.count
        for m in 0..<count where p.active(m, count: count) {
            let n = rng.poisson(scale * p.level * window.factor(m, seasonality: seasonality) * trend(p.trend, m))
            if n == 0 { continue }
            let month = window.months[m]
            let table = Weighted(taste.indices.map { taste[$0] * max(0.05, trend(Self.services[$0].trend, m)) })
            let remote = Self.remoteShare(type) + p.remoteDrift * progress(m)
            for _ in 0..<n {
                let d = month.days.index(&rng)
                let exam = month.exam[d]
                let s = exam && student && rng.chance(0.35) ? Self.studyRoom : table.index(&rng)
                let kind = Self.services[s].kind
                let lateAllowed = kind == .database || kind == .delivery || (kind == .space && exam)
                let isLate = lateAllowed && rng.chance(min(0.9, late * (exam ? 1.8 : 1)))
                let hour = isLate ? Self.lateHourList[Self.lateHours.index(&rng)] : 6 + Self.dayHours.index(&rng)
                var at = month.dayStarts[d] + Int64(hour * 3600 + rng.below(3600))
                if at > window.now { at = window.now - Int64(rng.below(600)) }
                let away = (month.vacation && !exam ? 0.3 : 0) + (isLate ? 0.25 : 0)
                out.append(
                    UsageInput(
                        readerId: readerId, serviceId: serviceIds[s], at: at,
                        quantity: Self.quantity(kind, &rng),
                        location: Self.location(kind, type, remote: remote + away, &rng)))
            }
        }
    }

    static func location(_ kind: DemoServiceKind, _ type: ReaderType, remote: Double, _ rng: inout SeededRandom) -> Location {
        switch kind {
        case .database:
            if type == .external { return .onsite }  // licences allow walk-in use only
            if rng.chance(min(0.95, remote)) { return .remote }
            return rng.chance(type == .alumni ? 0.2 : 0.75) ? .campus : .onsite
        case .delivery: return rng.weighted([(.remote, 0.55), (.campus, 0.3), (.onsite, 0.15)])
        case .consult: return rng.weighted([(.onsite, 0.55), (.campus, 0.2), (.remote, 0.25)])
        case .desk, .space: return .onsite
        case .event: return rng.chance(0.15) ? .remote : .onsite
        }
    }

    static func quantity(_ kind: DemoServiceKind, _ rng: inout SeededRandom) -> Int {
        switch kind {
        case .desk: return rng.weighted([(1, 50.0), (2, 25), (3, 15), (4, 7), (5, 3)])
        case .database: return rng.chance(0.12) ? rng.between(2, 3) : 1
        default: return 1
        }
    }

    /// Early use of the services added this month: a trickle from researchers and postgraduates.
    static func newServiceEvents(
        _ plans: [DemoReaderPlan], ids: [Int64], serviceId: Int64, since: Int64, now: Int64,
        count: Int, kind: DemoServiceKind, _ rng: inout SeededRandom
    ) -> [UsageInput] {
        let eligible = plans.indices.filter {
            [.faculty, .researcher, .postgraduate].contains(plans[$0].reader.type) && plans[$0].inactiveYears & 1 == 0
        }
        guard !eligible.isEmpty, now > since else { return [] }
        return (0..<count).map { _ in
            let i = rng.pick(eligible)
            return UsageInput(
                readerId: ids[i], serviceId: serviceId, at: since + Int64(rng.below(Int(now - since))),
                quantity: 1, location: location(kind, plans[i].reader.type, remote: 0.5, &rng))
        }
    }
}
