import Foundation
import GRDB

/// The readers a service-level action concerns, as a definition rather than a list: the rule
/// counts them, and `outreach new --from-action ID` finds exactly them again, so one decision
/// (one action for the service's owner) becomes one outreach, not a copy per reader.
public struct ServiceAudience: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// Readers of the service's subjects who never used it (a new resource).
        case newService = "new-service"
        /// Readers who used the service in months `from`…`to` (a trend, a fault).
        case used
        /// Readers with no use in the last 12 months who used the library before (win-back).
        case lapsed
        /// Readers who consented to greetings, of the reader types in `subjects` if any (a holiday).
        case greeting
    }
    public var kind: Kind
    public var service: Int64?
    public var subjects: [String]?
    public var from: Int?
    public var to: Int?

    var json: String { String(data: try! JSONEncoder().encode(self), encoding: .utf8)! }
    static func parse(_ text: String?) -> ServiceAudience? {
        text.flatMap { try? JSONDecoder().decode(ServiceAudience.self, from: Data($0.utf8)) }
    }

    /// The SELECT of the audience's reader ids (never erased readers), with its arguments.
    func query() -> (String, StatementArguments) {
        let base = "SELECT id FROM reader WHERE forgotten = 0 AND "
        switch kind {
        case .newService:
            let subjects = (subjects ?? []).map { $0.lowercased() }
            return (
                base + """
                    lower(subject) IN (\(subjects.map { _ in "?" }.joined(separator: ","))) AND id NOT IN
                    (SELECT reader_id FROM usage_month INDEXED BY usage_month_service WHERE service_id = ?)
                    """, StatementArguments(subjects) + [service]
            )
        case .used:
            return (
                base + """
                    id IN (SELECT reader_id FROM usage_month INDEXED BY usage_month_service WHERE service_id = ? AND month BETWEEN ? AND ?)
                    """, [service, from, to]
            )
        case .greeting:
            let types = subjects ?? []
            return (
                base + "consent_birthday = 1" + (types.isEmpty ? "" : " AND type IN (\(types.map { _ in "?" }.joined(separator: ",")))"),
                StatementArguments(types)
            )
        case .lapsed:
            return (
                base + """
                    id NOT IN (SELECT reader_id FROM reader_value) AND EXISTS (SELECT 1 FROM usage_month INDEXED BY usage_month_reader
                    WHERE usage_month.reader_id = reader.id)
                    """, []
            )
        }
    }

    func count(_ db: Database) throws -> Int {
        let (sql, args) = query()
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql))", arguments: args) ?? 0
    }

    /// The readers, in card order.
    func readers(_ db: Database) throws -> [Int64] {
        let (sql, args) = query()
        return try Int64.fetchAll(db, sql: "SELECT id FROM reader WHERE id IN (\(sql)) ORDER BY card", arguments: args)
    }
}
