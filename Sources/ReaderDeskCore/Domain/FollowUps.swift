import GRDB

extension AppDatabase {
    /// A contact's follow-up date is a reminder: it is due from that day on, and settled by the
    /// next contact logged with the same reader (whatever its channel).
    static let openFollowUpSQL = """
        contact.follow_up IS NOT NULL AND contact.follow_up <= ?
        AND NOT EXISTS (SELECT 1 FROM contact AS later WHERE later.reader_id = contact.reader_id
                        AND (later.at > contact.at OR (later.at = contact.at AND later.id > contact.id)))
        """

    /// Follow-ups due by the end of `now`'s day in the library's zone, oldest first.
    public func dueFollowUps(_ actor: Actor, limit: Int = 100) throws -> [ContactListing] {
        let today = calendar.dayString(actor.now)
        return try read { db in
            try ContactListing.fetchAll(db, sql: """
                \(Self.contactListingSQL) WHERE \(Self.openFollowUpSQL)
                ORDER BY contact.follow_up, contact.at LIMIT \(limit)
                """, arguments: [today])
        }
    }

    public func dueFollowUpCount(_ actor: Actor) throws -> Int {
        let today = calendar.dayString(actor.now)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM contact WHERE \(Self.openFollowUpSQL)", arguments: [today]) ?? 0
        }
    }
}
