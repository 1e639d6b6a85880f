import Foundation

/// What the demo decided about one reader: the master record, and how they will use the library.
struct DemoReaderPlan: Sendable {
    var reader: Reader
    var dept: Int  // index into DemoCatalog.departments, -1 for none
    var level: Double  // own activity, heavy-tailed; the type's factor included
    var firstMonth: Int  // no use before this month (joined within the window)
    var inactiveYears: UInt32  // bit b: idle in the b-th twelve months counted back from now
    var trend: Double  // growth of activity over the window: -0.8 fading, +0.8 rising
    var nightOwl: Bool
    var remoteDrift: Double  // moving from on-site to remote use over the window

    func active(_ m: Int, count: Int) -> Bool {
        m >= firstMonth && inactiveYears & (1 << UInt32((count - 1 - m) / 12)) == 0
    }
}

/// Makes readers one at a time, each from its own random stream.
struct DemoReaderMaker {
    let seed: UInt64
    let calendar: LibraryCalendar
    let window: DemoCalendar
    let year: Int, academicYear: Int
    private var serials: [Int: Int] = [:]
    private var employeeNo = 0, externalNo = 0

    init(seed: UInt64, calendar: LibraryCalendar, window: DemoCalendar) {
        self.seed = seed
        self.calendar = calendar
        self.window = window
        let c = calendar.calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: TimeInterval(window.now)))
        year = c.year!
        academicYear = c.month! >= 9 ? year : year - 1
    }

    private func instant(_ y: Int, _ m: Int, _ d: Int, _ rng: inout SeededRandom) -> Int64 {
        min(window.now - 3600, calendar.startOfDay(year: y, month: m, day: d)! + Int64(rng.between(8 * 3600, 17 * 3600)))
    }

    /// Students keep the number they enrolled with: year, department, serial.
    private mutating func studentCard(_ y: Int, _ dept: Int) -> String {
        let k = y * 100 + dept
        let n = serials[k, default: 0] + 1
        serials[k] = n
        return String(format: "%04d%02d%04d", y, dept + 1, n)
    }

    mutating func make(_ i: Int) -> DemoReaderPlan {
        var rng = SeededRandom(seed: seed, stream: 1, item: i)
        let type = rng.weighted(DemoCatalog.typeShares)
        let (name, latin) = DemoNames.name(&rng, latinShare: type == .external ? 0.15 : 0.075)
        var dept = DemoCatalog.departmentTable.index(&rng)
        let card: String, created: Int64, degree: String, age: Int
        switch type {
        case .undergraduate:
            let grade = rng.weighted([(0, 26.0), (1, 25), (2, 24), (3, 23), (4, dept == 7 ? 8 : 0.5)])
            card = studentCard(academicYear - grade, dept)
            created = instant(academicYear - grade, 8, rng.between(25, 31), &rng)
            degree = "本科在读"; age = 18 + grade + rng.below(2)
        case .postgraduate:
            let phd = rng.chance(0.3)
            let grade = rng.below(phd ? 5 : 3)
            card = studentCard(academicYear - grade, dept)
            created = instant(academicYear - grade, 8, rng.between(25, 31), &rng)
            degree = phd ? "博士在读" : "硕士在读"; age = (phd ? 25 : 22) + grade + rng.below(3)
        case .faculty, .researcher, .staff:
            employeeNo += 1
            card = String(format: "T%06d", employeeNo)
            let hired = rng.chance(0.06) ? year - rng.below(2) : year - 2 - rng.below(20)
            created = instant(hired, rng.between(1, 12), rng.between(1, 28), &rng)
            degree = type == .staff ? rng.pick(["本科", "硕士"]) : rng.chance(0.9) ? "博士" : "硕士"
            age = type == .staff ? rng.between(23, 62) : rng.between(28, 66)
        case .external:
            externalNo += 1
            card = String(format: "W%06d", externalNo)
            let y = year - rng.below(3)
            created = instant(y, rng.between(1, 12), rng.between(1, 28), &rng)
            degree = rng.pick(["本科", "硕士", "博士", "大专"]); age = rng.between(22, 65)
        case .alumni:
            let graduated = year - 1 - rng.below(15)
            card = studentCard(graduated - 4, dept)
            created = instant(graduated, 7, rng.between(1, 20), &rng)
            degree = rng.pick(["本科", "硕士", "博士"]); age = year - graduated + rng.between(22, 26)
        }
        let department = DemoCatalog.departments[dept]
        var r = Reader(card: card, name: name, type: type, now: created)
        r.cardType = Self.cardType(type, age: age, &rng)
        r.dept = type == .external ? nil : department.name
        r.subject = type == .staff ? nil : rng.pick(type == .external ? DemoCatalog.departments.flatMap(\.subjects) : department.subjects)
        if type == .external { dept = -1 }
        r.degree = degree
        Self.contact(&r, latin: latin, &rng)
        if rng.chance(0.9) {
            r.birthday = String(format: "%04d-%02d-%02d", year - age, rng.between(1, 12), rng.between(1, 28))
            r.consentBirthday = rng.chance(0.44)
        }
        r.awareOfReference = rng.chance([.faculty, .researcher, .postgraduate].contains(type) ? 0.45 : 0.15)
        DemoNotes.analysis(&r, &rng)
        return plan(r, dept: dept, created: created, &rng)
    }

    static func cardType(_ t: ReaderType, age: Int, _ rng: inout SeededRandom) -> CardType {
        switch t {
        case .undergraduate, .postgraduate: return rng.chance(0.97) ? .student : .regular
        case .faculty: return age >= 60 && rng.chance(0.5) ? .senior : rng.chance(0.15) ? .vip : .regular
        case .researcher: return rng.chance(0.1) ? .vip : .regular
        case .external: return rng.chance(0.05) ? .vip : .regular
        case .staff, .alumni: return age >= 60 ? .senior : .regular
        }
    }

    static func contact(_ r: inout Reader, latin: Bool, _ rng: inout SeededRandom) {
        let box = DemoNames.mailbox(r.name, latin: latin) + String(r.card.suffix(3))
        let host: String? =
            switch r.type {
            case .undergraduate, .postgraduate: rng.chance(0.95) ? "stu.\(DemoCatalog.domain)" : nil
            case .faculty, .researcher, .staff: rng.chance(0.98) ? DemoCatalog.domain : nil
            case .external: rng.chance(0.8) ? "mail.example.com" : nil
            case .alumni: rng.chance(0.7) ? "alumni.\(DemoCatalog.domain)" : nil
            }
        if let host {
            r.email = "\(box)@\(host)"
            r.consentEmail = rng.chance(0.64)
        }
        if rng.chance(0.75) {
            let digits = "1" + String(rng.pick([3, 5, 7, 8, 9])) + String(format: "%09d", rng.below(1_000_000_000))
            r.phone = rng.chance(0.1) ? "+86 " + digits : digits
            r.consentPhone = rng.chance(0.4)
        }
    }

    /// Activity: lognormal with a few very heavy readers; idle years, fading and rising readers.
    func plan(_ r: Reader, dept: Int, created: Int64, _ rng: inout SeededRandom) -> DemoReaderPlan {
        var level = exp(1.3 * rng.normal()) * DemoCatalog.activity(r.type)
        if rng.chance(0.003) { level *= 6 }
        level = min(level, 200)
        var idle: UInt32 = 0
        for b in 0..<UInt32((window.months.count + 11) / 12) where rng.chance(0.13) { idle |= 1 << b }
        let neverUsed = rng.chance(0.02)
        if neverUsed { idle = .max }
        let trend = rng.weighted([(0.0, 82.0), (-0.8, 10), (0.8, 8)])
        var p = DemoReaderPlan(
            reader: r, dept: dept, level: level, firstMonth: window.index(of: created) + 1,
            inactiveYears: idle, trend: trend, nightOwl: rng.chance(0.06),
            remoteDrift: rng.chance(0.1) ? 0.4 : 0)
        let monthsIn = window.months.count - window.index(of: created)
        p.reader.lifecycle =
            neverUsed
            ? .aware
            : idle & 1 != 0
                ? .lapsed
                : monthsIn <= 6
                    ? .acquired
                    : level > 8 && rng.chance(0.5) ? .upgraded : .active
        return p
    }
}
