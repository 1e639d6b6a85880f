import Foundation
import GRDB

/// What a purge or an erasure changed, for the person who asked.
public struct PrivacyReport: Codable, Sendable, Equatable {
    public var usageDeleted = 0
    public var contactsScrubbed = 0
    public var ticketsScrubbed = 0
    public var lifeEventNotesErased = 0
    public var actionReasonsErased = 0
    public var cutoff: String = ""
    enum CodingKeys: String, CodingKey {
        case cutoff, usageDeleted = "usage_deleted", contactsScrubbed = "contacts_scrubbed", ticketsScrubbed = "tickets_scrubbed"
        case lifeEventNotesErased = "life_event_notes_erased", actionReasonsErased = "action_reasons_erased"
    }
}

extension SettingsCatalog {
    static let privacy: [SettingDefinition] = [
        .number("privacy.retention.months", 24, "months after which contact summaries and ticket texts lose personal data", min: 1)
    ]
}

extension AppDatabase {
    /// Storage limitation: usage detail before the month of `before` is dropped — the monthly
    /// roll-up already holds it, so every later pyramid and trend still counts it. Past the
    /// retention setting: contacts lose their texts (they keep their reader, for counts), tickets
    /// lose their texts and their link to a reader whatever their status, life-stage events lose
    /// their notes, and closed matrix actions lose the reason typed when dismissing them.
    public func purge(_ actor: Actor, before: String) throws -> PrivacyReport {
        try actor.require(.purge)
        let (y, m, _) = try calendar.parseDay(before)
        let cutoff = calendar.startOfDay(year: y, month: m, day: 1)!
        guard cutoff <= actor.now else {
            throw ReaderDeskError.invalid(
                "before \(before) is in the future", Phrase("error.privacy.future", [Phrase.field("before"), before]))
        }
        var report = PrivacyReport(cutoff: calendar.dayString(cutoff))
        try write { db in
            try db.execute(sql: "DELETE FROM usage WHERE at < ?", arguments: [cutoff])
            report.usageDeleted = db.changesCount
            let months = Int(try Self.number(db, "privacy.retention.months"))
            var key = calendar.monthKey(actor.now)
            for _ in 0..<months { key = calendar.previousMonth(key) }
            let retained = calendar.startOfMonth(key)
            try db.execute(
                sql: """
                    UPDATE contact SET summary = '(erased after retention)', follow_up = NULL
                    WHERE at < ? AND summary != '(erased after retention)'
                    """, arguments: [retained])
            report.contactsScrubbed = db.changesCount
            let old = try Int64.fetchAll(
                db, sql: "SELECT id FROM ticket WHERE created_at < ? AND (reader_id IS NOT NULL OR body != '' OR subject != '(erased)')",
                arguments: [retained])
            for id in old { try Self.scrubTicket(db, id) }
            report.ticketsScrubbed = old.count
            try db.execute(
                sql: "UPDATE life_event SET note = NULL WHERE date < ? AND note IS NOT NULL",
                arguments: [calendar.dayString(retained)])
            report.lifeEventNotesErased = db.changesCount
            try db.execute(
                sql: "UPDATE action SET dismiss_reason = NULL WHERE status != 'open' AND updated_at < ? AND dismiss_reason IS NOT NULL",
                arguments: [retained])
            report.actionReasonsErased = db.changesCount
            try Self.audit(
                db, actor, "privacy.purge",
                detail:
                    "before \(report.cutoff); usage \(report.usageDeleted), contacts \(report.contactsScrubbed), tickets \(report.ticketsScrubbed), life-event notes \(report.lifeEventNotesErased), action reasons \(report.actionReasonsErased)"
            )
        }
        try checkpoint()
        return report
    }

    /// The right to erasure: the reader's personal data goes from every table and index;
    /// usage stays under an anonymous placeholder so past pyramids keep their counts.
    ///
    /// Erased values must not survive in the write-ahead log or in old pages another process still
    /// reads, so the WAL is emptied first while proving no other read transaction is open (waiting
    /// up to `wait` seconds; if one stays open, nothing is changed and the call fails), then the
    /// erasure is committed, then the WAL is emptied again, which overwrites the old pages in the
    /// file. Only a reader that began in the moment between the first emptying and the commit,
    /// and is still reading after `wait`, can make that last step fail: then the erasure stands
    /// but the call fails, saying so.
    public func forget(_ actor: Actor, card: String, wait: Double = 10, waiting: (String) -> Void = { _ in }) throws {
        try actor.require(.purge)
        _ = try read { db in try Self.reader(db, card: card) }
        guard truncateWAL(waitingUpTo: wait, everyReader: true, waiting: waiting) else {
            throw ReaderDeskError(
                .conflict,
                "another program is still reading the database (an open app, a sqlite3 shell, a long export), so the erasure could not be made complete: nothing was changed; try again when it has finished",
                phrase: Phrase("error.privacy.busy")
            )
        }
        try write { db in
            let r = try Self.reader(db, card: card)
            let id = r.id!
            try db.execute(
                sql: """
                    UPDATE reader SET card = 'forgotten-' || id, name = '(forgotten reader)', dept = NULL, subject = NULL,
                        degree = NULL, email = NULL, phone = NULL, address = NULL, postcode = NULL, birthday = NULL,
                        attitude = NULL, problems = NULL, needs = NULL, consent_email = 0, consent_phone = 0,
                        consent_birthday = 0, librarian_id = NULL, extra = NULL, forgotten = 1, updated_at = ?
                    WHERE id = ?
                    """, arguments: [actor.now, id])
            // Every term by the reader's id, not only those its list names: a forgotten reader is never
            // found again, whatever wrote its terms (a pass over the table, 0.4 s at a million readers).
            try db.execute(sql: "DELETE FROM reader_term WHERE reader_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM reader_term_list WHERE reader_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE contact SET summary = '(erased)', follow_up = NULL WHERE reader_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE life_event SET note = NULL WHERE reader_id = ?", arguments: [id])
            for t in try Int64.fetchAll(db, sql: "SELECT id FROM ticket WHERE reader_id = ?", arguments: [id]) {
                try Self.scrubTicket(db, t)
            }
            // The matrix's actions about the reader quote texts (a complaint's subject, a reason for
            // dismissing): they go; the tiers stay, as anonymous statistics.
            try db.execute(sql: "DELETE FROM action WHERE reader_id = ?", arguments: [id])
            try Self.audit(db, actor, "privacy.forget", readerId: id)
        }
        guard truncateWAL(waitingUpTo: wait, waiting: waiting) else {
            throw ReaderDeskError(
                .conflict,
                "the reader was erased, but another program that began reading meanwhile still holds the old pages, which stay in the file until it finishes: ask that it be closed",
                phrase: Phrase("error.privacy.oldPages")
            )
        }
    }

    static func scrubTicket(_ db: Database, _ id: Int64) throws {
        try db.execute(sql: "UPDATE ticket SET subject = '(erased)', body = '', reader_id = NULL WHERE id = ?", arguments: [id])
        try db.execute(sql: "UPDATE ticket_entry SET body = '(erased)' WHERE ticket_id = ?", arguments: [id])
        try db.execute(
            sql: "UPDATE ticket_history SET old_value = NULL, new_value = NULL WHERE ticket_id = ? AND field IN ('subject', 'reader')",
            arguments: [id])
        // A mailed ticket's sender address goes with its texts.
        try db.execute(sql: "DELETE FROM ticket_mail WHERE ticket_id = ?", arguments: [id])
    }

    /// Moves the write-ahead log into the file and truncates it, so erased values do not linger
    /// in old WAL frames (secure_delete zeroes them in the file itself).
    func checkpoint() throws {
        guard writer is DatabasePool else { return }
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }
}
