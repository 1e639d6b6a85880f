import GRDB

/// Settings of the value score (docs/CONTRACTS.md §1–3) and the matrix rules. Defaults are the contract's numbers.
public enum AnalyticsSettings {
    public static var all: [SettingDefinition] { score + matrix + [remindServices] + WorklistSettings.all }

    static func integer(_ key: String, _ value: Int, _ help: String, min: Int = 0) -> SettingDefinition {
        SettingDefinition(key, String(value), help) { text in
            guard let v = Int(text), v >= min else {
                return .invalid("\(key) takes a whole number ≥ \(min)", Phrase("error.setting.whole", [key, String(min)]))
            }
            _ = v
            return nil
        }
    }

    public static let score: [SettingDefinition] =
        [
            .number("score.weight.recency", 10, "weight of how recently the reader used the library"),
            .number("score.weight.frequency", 10, "weight of how many times the reader used services"),
            .number("score.weight.value", 35, "weight of the points of the services used"),
            .number("score.weight.breadth", 25, "weight of the classes of the different services used"),
            .number("score.weight.type", 20, "weight of the reader type"),
            integer("score.class.premium", 3, "points of a premium service, counted once per service used"),
            integer("score.class.standard", 2, "points of a standard service"),
            integer("score.class.basic", 1, "points of a basic service"),
        ]
        + ReaderType.allCases.map {
            integer("score.type.\($0.rawValue)", defaultTypePoints[$0]!, "points of a reader who is \($0.rawValue)")
        } + [
            .number("pyramid.vip.percent", 1, "top share of active readers who are vip"),
            .number("pyramid.key.percent", 5, "top share who are vip or key"),
            .number("pyramid.mid.percent", 20, "top share who are vip, key or mid"),
        ]

    static let defaultTypePoints: [ReaderType: Int] = [
        .faculty: 5, .researcher: 5, .postgraduate: 4, .staff: 3,
        .undergraduate: 2, .external: 1, .alumni: 1,
    ]

    public static let matrix: [SettingDefinition] = [
        integer("matrix.due.days", 7, "days to act on an action that has no date of its own"),
        integer("matrix.first_use.days", 14, "cell 1: check in with a reader this many days after a first use"),
        integer("matrix.care.vip.days", 30, "cell 2: days without a contact before a vip reader is due care"),
        integer("matrix.care.key.days", 60, "cell 2: days without a contact before a key reader is due care"),
        integer("matrix.birthday.days", 7, "cell 2: days ahead to greet readers who consented"),
        integer("matrix.recommend.months", 12, "cell 3: months of use that pair services"),
        integer("matrix.recommend.min_readers", 10, "cell 3: readers who must use both services of a pair"),
        .number("matrix.recommend.confidence", 0.5, "cell 3: share of readers of A who also use B"),
        .number("matrix.recommend.lift", 1.5, "cell 3: how much likelier B is among readers of A"),
        integer("matrix.new_service.days", 30, "cell 3: a service this new is recommended to readers of its subjects"),
        integer("matrix.remind.days", 30, "cell 4: days ahead to look for life-stage events"),
        .number("matrix.trend.percent", 30, "cell 5: change of a service's use against the three months before"),
        integer("matrix.trend.min_baseline", 20, "cell 5: uses needed in the three months before"),
        integer("matrix.activity.days", 90, "cell 6: length of the two windows compared"),
        .number("matrix.activity.percent", 50, "cell 6: fall in a reader's use that counts"),
        integer("matrix.activity.min_before", 10, "cell 6: uses needed in the window before"),
        .number("matrix.habits.points", 40, "cell 6: change in the share of on-site or late-night use"),
        integer("matrix.habits.min_uses", 5, "cell 6: uses needed in each window to speak of a habit"),
        integer("outreach.response.days", 30, "days after a notice in which using its service counts as a response"),
    ]

    /// Life-stage event kinds → service codes to suggest, "kind=CODE,CODE;kind=CODE".
    public static let remindServices = SettingDefinition(
        "matrix.remind.services",
        "title-evaluation=NOVELTY,CITATION;project-application=NOVELTY,REFERENCE;achievement-appraisal=NOVELTY,CITATION;thesis=DOCDEL,REFERENCE;continuing-education=TRAINING;other=REFERENCE",
        "cell 4: services to suggest for each life-stage event kind"
    ) { text in
        for part in text.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, LifeEventKind(rawValue: kv[0].trimmingCharacters(in: .whitespaces)) != nil else {
                let kinds = LifeEventKind.allCases.map(\.rawValue).joined(separator: ", ")
                return .invalid("write kind=CODE,CODE;kind=CODE with kinds from \(kinds)", Phrase("error.setting.remind", [kinds]))
            }
        }
        return nil
    }

    static func parseRemind(_ text: String) -> [LifeEventKind: [String]] {
        var map: [LifeEventKind: [String]] = [:]
        for part in text.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let kind = LifeEventKind(rawValue: kv[0].trimmingCharacters(in: .whitespaces)) else { continue }
            map[kind] = Staff.splitList(String(kv[1]))
        }
        return map
    }
}

/// The score's numbers as one value (docs/CONTRACTS.md §1–2), read once per computation.
public struct ScoreSettings: Sendable, Equatable {
    public var recency = 10.0, frequency = 10.0, value = 35.0, breadth = 25.0, type = 20.0
    public var classPoints: [ServiceClass: Int] = [.premium: 3, .standard: 2, .basic: 1]
    public var typePoints: [ReaderType: Int] = AnalyticsSettings.defaultTypePoints
    /// Cumulative percentages of active readers: vip, vip+key, vip+key+mid.
    public var vipPercent = 1.0, keyPercent = 5.0, midPercent = 20.0

    public init() {}

    static func load(_ db: Database) throws -> ScoreSettings {
        var s = ScoreSettings()
        func n(_ k: String) throws -> Double { try AppDatabase.number(db, k) }
        s.recency = try n("score.weight.recency"); s.frequency = try n("score.weight.frequency")
        s.value = try n("score.weight.value"); s.breadth = try n("score.weight.breadth"); s.type = try n("score.weight.type")
        for c in ServiceClass.allCases { s.classPoints[c] = Int(try n("score.class.\(c.rawValue)")) }
        for t in ReaderType.allCases { s.typePoints[t] = Int(try n("score.type.\(t.rawValue)")) }
        s.vipPercent = try n("pyramid.vip.percent"); s.keyPercent = try n("pyramid.key.percent");
        s.midPercent = try n("pyramid.mid.percent")
        return s
    }
}
