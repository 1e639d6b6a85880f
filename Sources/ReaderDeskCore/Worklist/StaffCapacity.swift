import GRDB

extension AppDatabase {
    /// How many items a staff member's plan holds a day: their own capacity, else `matrix.capacity`.
    static func capacity(_ db: Database, staffId: Int64) throws -> Int {
        if let own = try Int.fetchOne(db, sql: "SELECT capacity FROM staff WHERE id = ?", arguments: [staffId]) { return own }
        return Int(try number(db, "matrix.capacity"))
    }

    /// Sets (or with nil clears) a staff member's daily capacity. Administrators only.
    public func setCapacity(_ actor: Actor, login: String, capacity: Int?) throws {
        try actor.require(.manageStaff)
        if let capacity, capacity < 1 {
            throw ReaderDeskError.invalid(
                "capacity must be 1 or more items a day, not \(capacity)",
                Phrase("error.staff.capacity", [Phrase.field("capacity"), String(capacity)]))
        }
        try write { db in
            let staff = try Self.staff(db, login: login)
            try db.execute(sql: "UPDATE staff SET capacity = ? WHERE id = ?", arguments: [capacity, staff.id])
            try Self.audit(db, actor, "staff.capacity", detail: "\(login) \(capacity.map(String.init) ?? "default")")
        }
    }

    /// Gives an action to another staff member (librarians and administrators).
    public func reassignAction(_ actor: Actor, id: Int64, to login: String) throws {
        try actor.require(.reassignActions)
        try write { db in
            let staff = try Self.staff(db, login: login)
            guard staff.active else {
                throw ReaderDeskError.invalid(
                    "'\(login)' is no longer active: choose another staff member", Phrase("error.staff.inactiveChoose", [login]))
            }
            guard let row = try Row.fetchOne(db, sql: "SELECT status, reader_id FROM action WHERE id = ?", arguments: [id]) else {
                throw ReaderDeskError.notFound(
                    "no action #\(id): 'readerdesk action list' shows the open ones", Phrase("error.action.notFound", [String(id)]))
            }
            let status: String = row["status"]
            guard status == "open" || status == "snoozed" else {
                throw ReaderDeskError.invalid(
                    "action #\(id) is already \(status)", Phrase("error.action.already", [String(id), "action:" + status]))
            }
            try db.execute(sql: "UPDATE action SET owner_id = ?, updated_at = ? WHERE id = ?", arguments: [staff.id, actor.now, id])
            try Self.audit(db, actor, "action.reassign", readerId: row["reader_id"], detail: "#\(id) to \(login)")
        }
    }
}
