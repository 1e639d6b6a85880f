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

    /// Keys sorted: the same audience is stored as the same text, whichever process wrote it.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(data: try! encoder.encode(self), encoding: .utf8)!
    }
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

    /// The count for a rule: `.used` audiences of the same months are counted for every service in
    /// one pass and kept for the refresh (a fault ticket per service would count its readers again).
    func count(_ c: RuleContext) throws -> Int {
        guard kind == .used, let service, let from, let to else { return try count(c.db) }
        let key = "\(from)-\(to)"
        if let counts = c.memo.used[key] { return counts[service] ?? 0 }
        let counts = try Self.usedCounts(c.db, from: from, to: to)
        c.memo.used[key] = counts
        return counts[service] ?? 0
    }

    /// Every service's `.used` count for months `from`…`to`: one bit set of readers per service over
    /// that range of the roll-up's key, erased readers left out, as `count` would count them.
    static func usedCounts(_ db: Database, from: Int, to: Int) throws -> [Int64: Int] {
        let services = try Int64.fetchAll(db, sql: "SELECT id FROM service ORDER BY id")
        let maxId = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM reader") ?? 0)
        guard !services.isEmpty, maxId < 20_000_000 else {
            return try Dictionary(
                uniqueKeysWithValues: services.map { ($0, try ServiceAudience(kind: .used, service: $0, from: from, to: to).count(db)) })
        }
        let index = Dictionary(uniqueKeysWithValues: services.enumerated().map { ($1, $0) })
        let words = maxId / 64 + 1
        var bits = [UInt64](repeating: 0, count: words * services.count)
        try DailyScan.each(db, "SELECT service_id, reader_id FROM usage_month WHERE month BETWEEN ? AND ?", [Int64(from), Int64(to)]) { c in
            let r = c(1)
            guard let si = index[c(0)], r >= 0, r <= Int64(maxId) else { return }
            bits[si * words + Int(r) >> 6] |= 1 << UInt64(r & 63)
        }
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM reader WHERE forgotten = 1") where id >= 0 && id <= Int64(maxId) {
            for si in services.indices { bits[si * words + Int(id) >> 6] &= ~(1 << UInt64(id & 63)) }
        }
        var out: [Int64: Int] = [:]
        for (si, id) in services.enumerated() {
            out[id] = bits[si * words..<(si + 1) * words].reduce(0) { $0 + $1.nonzeroBitCount }
        }
        return out
    }

    /// The readers, in card order.
    func readers(_ db: Database) throws -> [Int64] {
        let (sql, args) = query()
        return try Int64.fetchAll(db, sql: "SELECT id FROM reader WHERE id IN (\(sql)) ORDER BY card", arguments: args)
    }
}
