import GRDB

extension AppDatabase {
    /// Runs in the transaction that logged a contact: whatever a logged contact settles.
    static func contactLogged(_ db: Database, _ actor: Actor, _ contact: Contact, calendar: LibraryCalendar = .current) throws {
        // A contact in a matrix cell completes the reader's pending actions in that cell; an
        // outreach never settles a personal follow-up.
        if let cell = contact.cell {
            try db.execute(
                sql: """
                    UPDATE action SET status = 'done', closed_by = ?, contact_id = ?, updated_at = ?
                    WHERE reader_id = ? AND cell = ? AND status IN ('open', 'snoozed') AND (rule != 'follow-up' OR ? IS NULL)
                    """, arguments: [actor.staff.id, contact.id, actor.now, contact.readerId, cell, contact.outreachId])
        }
        // Any personal contact with the reader settles the follow-ups promised them before.
        if contact.outreachId == nil {
            try db.execute(
                sql: """
                    UPDATE action SET status = 'done', closed_by = ?, contact_id = ?, updated_at = ?
                    WHERE reader_id = ? AND rule = 'follow-up' AND status IN ('open', 'snoozed') AND dedup != ?
                    """, arguments: [actor.staff.id, contact.id, actor.now, contact.readerId, "follow-up:\(contact.id ?? 0)"])
        }
        // A promised follow-up is a work item from now on, not from the next refresh.
        if let due = contact.followUp, contact.outreachId == nil, let id = contact.id {
            var c = MatrixRules.followUp(
                contactId: id, readerId: contact.readerId, author: actor.staff.id, cell: contact.cell, due: due,
                at: contact.at, channel: contact.channel.rawValue, summary: contact.summary, cal: calendar)
            let tier = try String.fetchOne(db, sql: "SELECT tier FROM reader_value WHERE reader_id = ?", arguments: [contact.readerId])
            c.priority = try PriorityWeights.load(db).priority(
                rule: c.rule, tier: tier.flatMap(ValueTier.init), hasReader: true,
                daysLate: 0, daysSinceContact: 0)
            try db.execute(
                sql: """
                    INSERT INTO action(cell, rule, reader_id, dedup, reason, step, due, owner_id, created_at, updated_at, priority)
                    VALUES (?, 'follow-up', ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dedup) DO NOTHING
                    """,
                arguments: [c.cell, c.readerId, c.key, c.reason.stored, c.step.stored, c.due, c.ownerId, actor.now, actor.now, c.priority])
        }
        try holdBeyondCap(db, readerId: contact.readerId)
    }
}
