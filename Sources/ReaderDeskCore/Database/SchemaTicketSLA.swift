import GRDB

extension Schema {
    /// Issue 13: a ticket may carry no SLA (praise, suggestions: setting sla.none.kinds), and its
    /// SLA clock stops while it waits on the reader. `due_at` stays the due time with every
    /// finished pause added; `waiting_since` is the start of the pause under way, and
    /// `paused_seconds` the pauses so far, so reports can take them out of response times.
    static func ticketSLAPause(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE ticket ADD COLUMN has_sla INTEGER NOT NULL DEFAULT 1;
                ALTER TABLE ticket ADD COLUMN waiting_since INTEGER;
                ALTER TABLE ticket ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0;
                UPDATE ticket SET has_sla = 0 WHERE kind IN ('praise', 'suggestion');
                UPDATE ticket SET waiting_since = coalesce(
                    (SELECT max(at) FROM ticket_history h WHERE h.ticket_id = ticket.id AND h.field = 'status' AND h.new_value = 'waiting'),
                    updated_at)
                WHERE status = 'waiting';
                """)
    }
}
