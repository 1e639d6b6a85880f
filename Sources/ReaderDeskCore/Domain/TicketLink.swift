import GRDB

extension AppDatabase {
    /// Gives a ticket its reader: a question mailed from an address no reader has ("sender
    /// unknown") once staff know who wrote it. Replies then go to that reader by mail.
    @discardableResult
    public func linkTicket(_ actor: Actor, id: Int64, card: String, expectedVersion: Int? = nil) throws -> Ticket {
        try changeTicket(actor, id: id, expectedVersion: expectedVersion, action: "link") { db, t in
            let r = try Self.reader(db, card: card)
            guard t.readerId != r.id else {
                throw ReaderDeskError.invalid(
                    "ticket #\(id) is already \(card)'s", Phrase("error.ticket.alreadyLinked", [String(id), card]))
            }
            try Self.recordChange(
                db, actor, id, "reader",
                try t.readerId.flatMap { try String.fetchOne(db, sql: "SELECT card FROM reader WHERE id = ?", arguments: [$0]) }, card)
            t.readerId = r.id
            try db.execute(sql: "UPDATE ticket SET reader_id = ? WHERE id = ?", arguments: [r.id, id])
            try db.execute(sql: "UPDATE ticket_mail SET known = 1 WHERE ticket_id = ?", arguments: [id])
        }
    }
}
