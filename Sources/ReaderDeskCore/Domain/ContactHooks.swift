import GRDB

extension AppDatabase {
    /// Runs in the transaction that logged a contact: whatever a logged contact settles.
    static func contactLogged(_ db: Database, _ actor: Actor, _ contact: Contact) throws {
        // A contact in a matrix cell completes the reader's pending actions in that cell.
        if let cell = contact.cell {
            try db.execute(sql: """
                UPDATE action SET status = 'done', closed_by = ?, contact_id = ?, updated_at = ?
                WHERE reader_id = ? AND cell = ? AND status IN ('open', 'snoozed')
                """, arguments: [actor.staff.id, contact.id, actor.now, contact.readerId, cell])
        }
    }
}
