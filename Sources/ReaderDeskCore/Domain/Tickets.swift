import GRDB

extension AppDatabase {
    /// Hours allowed for a priority (settings sla.*.hours).
    static func slaSeconds(_ db: Database, _ p: Priority) throws -> Int64 {
        Int64(try number(db, "sla.\(p.rawValue).hours") * 3600)
    }

    @discardableResult
    public func newTicket(
        _ actor: Actor, kind: TicketKind, subject: String, body: String = "",
        card: String? = nil, priority: Priority = .normal
    ) throws -> Ticket {
        try actor.require(.writeRecords)
        try Validate.line(subject, "subject", required: true)
        try Validate.text(body, "body")
        return try write { db in
            let readerId = try card.map { try Self.reader(db, card: $0).id! }
            var t = Ticket(
                kind: kind, subject: subject, body: body, readerId: readerId, priority: priority, status: .new,
                createdBy: actor.staff.id!, createdAt: actor.now, updatedAt: actor.now,
                dueAt: actor.now + (try Self.slaSeconds(db, priority)), version: 1)
            t.hasSLA = try Self.kindHasSLA(db, kind)
            try t.insert(db)
            try Self.recordChange(db, actor, t.id!, "created", nil, kind.rawValue)
            try Self.audit(db, actor, "ticket.new", readerId: readerId, detail: "#\(t.id!)")
            return t
        }
    }

    /// The transitions a ticket may take; anything else is refused with the allowed ones.
    static let transitions: [TicketStatus: Set<TicketStatus>] = [
        .new: [.open, .waiting, .resolved, .closed],
        .open: [.waiting, .resolved, .closed],
        .waiting: [.open, .resolved, .closed],
        .resolved: [.closed, .open],
        .closed: [.open],
    ]

    /// Applies `change` to the fresh ticket and saves it only if nobody else changed it since
    /// `expectedVersion` (when given); every changed field goes to the history.
    @discardableResult
    func changeTicket(
        _ actor: Actor, id: Int64, expectedVersion: Int?, action: String, permission: Permission = .writeRecords,
        _ change: (Database, inout Ticket) throws -> Void
    ) throws -> Ticket {
        try actor.require(permission)
        return try write { db in
            guard let old = try Ticket.fetchOne(db, key: id) else {
                throw ReaderDeskError.notFound("no ticket #\(id)", Phrase("error.ticket.notFound", [String(id)]))
            }
            if let expectedVersion, expectedVersion != old.version {
                throw ReaderDeskError(
                    .conflict,
                    "ticket #\(id) was changed by someone else (version \(old.version), you had \(expectedVersion)): reload it and try again",
                    phrase: Phrase("error.ticket.changed", [String(id), String(old.version), String(expectedVersion)])
                )
            }
            var t = old
            try change(db, &t)
            t.updatedAt = actor.now
            t.version = old.version + 1
            try db.execute(
                sql: """
                    UPDATE ticket SET kind = ?, subject = ?, body = ?, priority = ?, status = ?, assignee_id = ?, updated_at = ?,
                        due_at = ?, first_response_at = ?, resolved_at = ?, closed_at = ?, satisfaction = ?, version = ?,
                        has_sla = ?, waiting_since = ?, paused_seconds = ?
                    WHERE id = ? AND version = ?
                    """,
                arguments: [
                    t.kind.rawValue, t.subject, t.body, t.priority.rawValue, t.status.rawValue, t.assigneeId,
                    t.updatedAt, t.dueAt, t.firstResponseAt, t.resolvedAt, t.closedAt, t.satisfaction,
                    t.version, t.hasSLA, t.waitingSince, t.pausedSeconds, id, old.version,
                ])
            if db.changesCount == 0 {
                throw ReaderDeskError(
                    .conflict, "ticket #\(id) was changed by someone else: reload it and try again",
                    phrase: Phrase("error.ticket.changedNow", [String(id)]))
            }
            try Self.recordDiff(db, actor, old, t)
            try Self.audit(db, actor, "ticket.\(action)", readerId: t.readerId, detail: "#\(id)")
            return t
        }
    }

    static func recordDiff(_ db: Database, _ actor: Actor, _ a: Ticket, _ b: Ticket) throws {
        func login(_ id: Int64?) throws -> String? {
            try id.flatMap { try String.fetchOne(db, sql: "SELECT login FROM staff WHERE id = ?", arguments: [$0]) }
        }
        let pairs: [(String, String?, String?)] = [
            ("status", a.status.rawValue, b.status.rawValue), ("priority", a.priority.rawValue, b.priority.rawValue),
            ("assignee", try login(a.assigneeId), try login(b.assigneeId)), ("kind", a.kind.rawValue, b.kind.rawValue),
            ("subject", a.subject, b.subject), ("satisfaction", a.satisfaction.map(String.init), b.satisfaction.map(String.init)),
        ]
        for (field, old, new) in pairs where old != new {
            try recordChange(db, actor, a.id!, field, old, new)
        }
    }

    static func recordChange(_ db: Database, _ actor: Actor, _ id: Int64, _ field: String, _ old: String?, _ new: String?) throws {
        try db.execute(
            sql: "INSERT INTO ticket_history(ticket_id, staff_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [id, actor.staff.id, actor.now, field, old, new])
    }

    static func move(_ t: inout Ticket, to status: TicketStatus, now: Int64) throws {
        guard t.status != status else {
            throw ReaderDeskError.invalid(
                "ticket #\(t.id!) is already \(status.rawValue)",
                Phrase("error.ticket.already", [String(t.id!), status.rawValue]))
        }
        guard transitions[t.status, default: []].contains(status) else {
            let allowed = transitions[t.status, default: []].map(\.rawValue).sorted().joined(separator: ", ")
            throw ReaderDeskError.invalid(
                "ticket #\(t.id!) is \(t.status.rawValue): it can go to \(allowed), not \(status.rawValue)",
                Phrase("error.ticket.transition", [String(t.id!), t.status.rawValue, allowed, status.rawValue]))
        }
        switch status {
        case .resolved: t.resolvedAt = now
        case .closed: t.closedAt = now; if t.resolvedAt == nil { t.resolvedAt = now }
        case .open where t.status == .resolved || t.status == .closed:
            t.resolvedAt = nil; t.closedAt = nil  // reopened
        default: break
        }
        moveClock(&t, from: t.status, to: status, now: now)
        t.status = status
    }

    @discardableResult
    public func assignTicket(_ actor: Actor, id: Int64, to login: String, expectedVersion: Int? = nil) throws -> Ticket {
        try changeTicket(actor, id: id, expectedVersion: expectedVersion, action: "assign") { db, t in
            let s = try Self.staff(db, login: login)
            guard s.active else { throw ReaderDeskError.invalid("\(login) is no longer active", Phrase("error.staff.inactive", [login])) }
            t.assigneeId = s.id
            if t.status == .new { try Self.move(&t, to: .open, now: actor.now) }
        }
    }

    /// A public reply is also mailed to the ticket's reader (when mail is on and they consented);
    /// an internal note never leaves. `replyTicket` says what became of the mail.
    @discardableResult
    public func commentTicket(
        _ actor: Actor, id: Int64, text: String, internal isInternal: Bool, expectedVersion: Int? = nil
    ) throws -> Ticket {
        try replyTicket(actor, id: id, text: text, internal: isInternal, expectedVersion: expectedVersion).ticket
    }

    public func replyTicket(
        _ actor: Actor, id: Int64, text: String, internal isInternal: Bool,
        expectedVersion: Int? = nil
    ) throws -> (ticket: Ticket, mail: MailDelivery?) {
        let kind = isInternal ? "note" : "reply"
        try Validate.text(text, kind, required: true)
        var entryId: Int64 = 0
        let ticket = try changeTicket(actor, id: id, expectedVersion: expectedVersion, action: kind) { db, t in
            try db.execute(
                sql: "INSERT INTO ticket_entry(ticket_id, staff_id, at, internal, body) VALUES (?, ?, ?, ?, ?)",
                arguments: [t.id, actor.staff.id, actor.now, isInternal, text])
            entryId = db.lastInsertedRowID
            try Self.recordChange(db, actor, t.id!, kind, nil, nil)
            if !isInternal {
                if t.firstResponseAt == nil { t.firstResponseAt = actor.now }
                if t.status == .new { try Self.move(&t, to: .open, now: actor.now) }
            }
        }
        return (ticket, isInternal ? nil : try mailTicketReply(actor, ticket, entryId: entryId, text: text))
    }

    @discardableResult
    public func setTicketStatus(_ actor: Actor, id: Int64, to status: TicketStatus, expectedVersion: Int? = nil) throws -> Ticket {
        try changeTicket(actor, id: id, expectedVersion: expectedVersion, action: "status") { db, t in
            let wasClosed = !t.status.isOpen
            try Self.move(&t, to: status, now: actor.now)
            if wasClosed && status == .open { t.dueAt = actor.now + (try Self.slaSeconds(db, t.priority)) }
        }
    }

    /// Without a score from staff, the reader is asked by mail for one (see `mailSurvey`).
    @discardableResult
    public func resolveTicket(_ actor: Actor, id: Int64, satisfaction: Int? = nil, expectedVersion: Int? = nil) throws -> Ticket {
        try Validate.range(satisfaction, "satisfaction", 1...5)
        let t = try changeTicket(actor, id: id, expectedVersion: expectedVersion, action: "resolve") { db, t in
            try Self.move(&t, to: .resolved, now: actor.now)
            if let satisfaction {
                t.satisfaction = satisfaction
                try db.execute(sql: "UPDATE ticket SET satisfaction_source = 'staff' WHERE id = ?", arguments: [id])
            }
        }
        if satisfaction == nil { _ = try mailSurvey(actor, t) }
        return t
    }

    @discardableResult
    public func setTicketPriority(_ actor: Actor, id: Int64, to p: Priority, expectedVersion: Int? = nil) throws -> Ticket {
        try changeTicket(actor, id: id, expectedVersion: expectedVersion, action: "priority") { db, t in
            t.priority = p
            t.dueAt = t.createdAt + (try Self.slaSeconds(db, p)) + t.pausedSeconds
        }
    }
}
