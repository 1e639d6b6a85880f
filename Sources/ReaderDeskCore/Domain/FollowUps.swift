import GRDB

extension AppDatabase {
    /// The actor's follow-ups due by the end of today: work items like actions (rule `follow-up`,
    /// see `MatrixRules.followUps`), highest priority first. As stored: the app refreshes in the
    /// background, the command line refreshes first.
    public func dueFollowUps(_ actor: Actor, limit: Int = 100) throws -> [ActionListing] {
        try actionsCached(ActionFilter(ownerId: actor.staff.id, limit: limit, dueBy: calendar.dayString(actor.now), rule: "follow-up"))
    }

    public func dueFollowUpCount(_ actor: Actor) throws -> Int {
        try actionCount(ActionFilter(ownerId: actor.staff.id, dueBy: calendar.dayString(actor.now), rule: "follow-up"))
    }
}
