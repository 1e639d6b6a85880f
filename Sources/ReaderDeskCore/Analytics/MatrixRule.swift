/// A matrix rule as one value: its name (the `action.rule` code), the cell its actions go to, the
/// group that decides when it runs again, what it reads, and its function. Each rule is declared
/// beside its function (Rules*.swift); `MatrixRules.all` lists them, and the refresh plan is derived
/// from that list. docs/ARCHITECTURE.md "Add a matrix rule" names every file a new rule touches.
struct MatrixRule: Sendable {
    enum Group: Sendable {
        /// Day-long statistics over months and quarters: run once a day (and when settings change),
        /// with the day's scan and current tiers (`RuleContext.daily`).
        case daily
        /// Cheap, indexed look-ups that follow the day's writes: run again whenever a table they read changed.
        case live(reads: [String])
    }
    let name: String
    /// Its actions' cell (a follow-up takes its contact's cell; this is the default).
    let cell: Int
    let group: Group
    let run: @Sendable (RuleContext) throws -> [ActionCandidate]

    var isDaily: Bool { if case .daily = group { true } else { false } }
    /// The parts of the live fingerprint (`AppDatabase.liveParts`) a live rule reads.
    var reads: [String] { if case .live(let r) = group { r } else { [] } }
}

extension MatrixRules {
    /// Every rule, in the order the refresh runs them.
    static let all: [MatrixRule] = [
        pairRule, serviceTrendRule, readerTrendRule, tierFellRule, liftRule, winBackRule,
        firstUseRule, upkeepRule, tierCareRule, birthdayRule, complaintRule, newServiceRule, lifeStageRule,
        counterTrendRule, followUpRule, holidayRule,
    ]
    static var daily: [MatrixRule] { all.filter(\.isDaily) }
    static var live: [MatrixRule] { all.filter { !$0.isDaily } }
}
