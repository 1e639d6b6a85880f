import GRDB

/// Writes a table out as CSV or JSON from one consistent snapshot. Personal data (email, phone,
/// address, birthday, analysis notes and free-text notes about readers) only with
/// `includePersonalData`, which only administrators may ask for; every export is audited.
public struct Exporter {
    public enum Dataset: String, CaseIterable, Sendable { case readers, contacts, tickets, usage }
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public let database: AppDatabase
    public let actor: Actor
    public var progress: ProgressHandler?

    public init(_ database: AppDatabase, actor: Actor, progress: ProgressHandler? = nil) {
        self.database = database
        self.actor = actor
        self.progress = progress
    }

    enum Kind { case text, int, time, location }
    struct Column {
        let name, sql: String
        let kind: Kind
        let personal: Bool
        init(_ name: String, _ sql: String, _ kind: Kind = .text, personal: Bool = false) {
            self.name = name; self.sql = sql; self.kind = kind; self.personal = personal
        }
    }

    /// Columns, the FROM clause with its order, and the table counted for progress.
    static func layout(_ dataset: Dataset) -> (columns: [Column], from: String, counted: String) {
        switch dataset {
        case .readers:
            // The column names `import readers --format csv` reads, so an export re-imports.
            return (
                [
                    Column("card", "card"), Column("name", "name"), Column("type", "type"), Column("tier", "tier"),
                    Column("dept", "dept"), Column("subject", "subject"), Column("degree", "degree"),
                    Column("email", "email", personal: true), Column("phone", "phone", personal: true),
                    Column("address", "address", personal: true), Column("postcode", "postcode", personal: true),
                    Column("birthday", "birthday", personal: true), Column("lifecycle", "lifecycle"),
                    Column("attitude", "attitude", personal: true), Column("problems", "problems", personal: true),
                    Column("needs", "needs", personal: true),
                    Column("created_at", "created_at", .time), Column("updated_at", "updated_at", .time),
                ],
                "FROM reader WHERE forgotten = 0 ORDER BY card", "reader"
            )
        case .contacts:
            return (
                [
                    Column("id", "contact.id", .int), Column("at", "contact.at", .time), Column("card", "reader.card"),
                    Column("staff", "staff.login"), Column("channel", "contact.channel"), Column("cell", "contact.cell", .int),
                    Column("read", "contact.read_level", .int), Column("minutes", "contact.minutes", .int),
                    Column("summary", "contact.summary", personal: true), Column("follow_up", "contact.follow_up"),
                ],
                """
                FROM contact JOIN reader ON reader.id = contact.reader_id JOIN staff ON staff.id = contact.staff_id
                ORDER BY contact.at, contact.id
                """, "contact"
            )
        case .tickets:
            return (
                [
                    Column("id", "ticket.id", .int), Column("kind", "ticket.kind"), Column("status", "ticket.status"),
                    Column("priority", "ticket.priority"), Column("subject", "ticket.subject"),
                    Column("body", "ticket.body", personal: true), Column("card", "reader.card"),
                    Column("assignee", "assignee.login"), Column("created_by", "author.login"),
                    Column("created_at", "ticket.created_at", .time),
                    Column("due", "CASE WHEN ticket.has_sla THEN ticket.due_at END", .time),
                    Column("first_response_at", "ticket.first_response_at", .time),
                    Column("resolved_at", "ticket.resolved_at", .time), Column("closed_at", "ticket.closed_at", .time),
                    Column("satisfaction", "ticket.satisfaction", .int),
                ],
                """
                FROM ticket LEFT JOIN reader ON reader.id = ticket.reader_id
                LEFT JOIN staff AS assignee ON assignee.id = ticket.assignee_id
                JOIN staff AS author ON author.id = ticket.created_by ORDER BY ticket.id
                """, "ticket"
            )
        case .usage:
            // The columns `import usage --format csv` reads.
            return (
                [
                    Column("card", "reader.card"), Column("service", "service.code"), Column("at", "usage.at", .time),
                    Column("quantity", "usage.quantity", .int), Column("location", "usage.location", .location),
                ],
                """
                FROM usage JOIN reader ON reader.id = usage.reader_id JOIN service ON service.id = usage.service_id
                ORDER BY usage.id
                """, "usage"
            )
        }
    }

    /// Writes the dataset to `sink` in pieces and returns the number of rows.
    @discardableResult
    public func export(
        _ dataset: Dataset, format: Format, includePersonalData: Bool = false,
        to sink: @escaping ([UInt8]) throws -> Void
    ) throws -> Int {
        if includePersonalData { try actor.require(.exportPersonalData) }
        // Recorded before any data leaves, so an interrupted export is on record too.
        try database.recordAudit(
            actor, "export.\(dataset.rawValue)",
            detail: format.rawValue + (includePersonalData ? ", with personal data" : ""))
        let (all, from, counted) = Self.layout(dataset)
        let columns = all.filter { includePersonalData || !$0.personal }
        var clock = ExportClock(database.calendar.timeZone)
        var writer = ExportWriter(format: format, columns: columns.map(\.name), sink: sink)
        let locations = Location.allCases.sorted { $0.code < $1.code }.map(\.rawValue)
        return try database.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(counted)") ?? 0
            let sql = "SELECT " + columns.map(\.sql).joined(separator: ", ") + " " + from
            let cursor = try Row.fetchCursor(db, sql: sql)
            var count = 0
            var values = [ExportValue](repeating: .null, count: columns.count)
            while let row = try cursor.next() {
                for (i, column) in columns.enumerated() {
                    switch column.kind {
                    case .text: values[i] = (row[i] as String?).map(ExportValue.text) ?? .null
                    case .int: values[i] = (row[i] as Int64?).map(ExportValue.int) ?? .null
                    case .time: values[i] = (row[i] as Int64?).map { .text(clock.timestamp($0)) } ?? .null
                    case .location: values[i] = .text(locations[min(2, max(0, row[i] as Int))])
                    }
                }
                try writer.write(values)
                count += 1
                if count % 8192 == 0 { progress?(TransferProgress(rows: count, done: count, total: total)) }
            }
            try writer.finish()
            progress?(TransferProgress(rows: count, done: count, total: max(total, count)))
            return count
        }
    }
}
