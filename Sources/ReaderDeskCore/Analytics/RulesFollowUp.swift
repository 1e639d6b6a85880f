import GRDB

extension MatrixRules {
    static let followUpRule = MatrixRule(name: "follow-up", cell: 2, group: .live(reads: ["contact", "reader"]), run: followUps)

    /// A contact's follow-up date is a work item for the contact's author, in the contact's cell
    /// (② when it had none): due from that day, settled by the next personal contact with the
    /// reader (an outreach settles nothing personal), and expired `matrix.follow_up.expire_days`
    /// after its day (`applyPlan` keeps the expired action, dismissed with why, and audits it).
    static func followUps(_ c: RuleContext) throws -> [ActionCandidate] {
        let oldest = c.cal.day(c.now, plus: -(try c.int("matrix.follow_up.expire_days")))
        let rows = try Row.fetchAll(
            c.db,
            sql: """
                SELECT contact.id, contact.reader_id, CASE WHEN staff.active THEN contact.staff_id END AS author,
                       contact.cell, contact.follow_up, contact.at, contact.channel, contact.summary
                FROM contact INDEXED BY contact_follow_up
                JOIN reader ON reader.id = contact.reader_id JOIN staff ON staff.id = contact.staff_id
                WHERE contact.follow_up IS NOT NULL AND contact.follow_up >= ? AND reader.forgotten = 0
                  AND NOT EXISTS (SELECT 1 FROM contact AS later WHERE later.reader_id = contact.reader_id AND later.outreach_id IS NULL
                                  AND (later.at > contact.at OR (later.at = contact.at AND later.id > contact.id)))
                """, arguments: [oldest])
        return try rows.map { r in
            followUp(
                contactId: r["id"], readerId: r["reader_id"], author: try (r["author"] as Int64?) ?? c.owner(ofReader: r["reader_id"]),
                cell: r["cell"], due: r["follow_up"], at: r["at"], channel: r["channel"], summary: r["summary"], cal: c.cal)
        }
    }

    /// The follow-up action of one contact: the rule's and the one logging the contact writes at once.
    static func followUp(
        contactId: Int64, readerId: Int64, author: Int64?, cell: Int?, due: String, at: Int64,
        channel: String, summary: String, cal: LibraryCalendar
    ) -> ActionCandidate {
        ActionCandidate(
            cell: cell ?? 2, rule: "follow-up", readerId: readerId, serviceId: nil, key: "follow-up:\(contactId)",
            reason: Phrase("action.follow-up", ["channel:\(channel)", cal.dayString(at)]),
            step: Phrase("action.follow-up.step"), due: due, ownerId: author)
    }
}
