import GRDB

public struct Staff: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "staff"
    public var id: Int64?
    public var login: String
    public var name: String
    public var role: Role
    /// Departments and subjects this person covers.
    public var areas: String
    public var active: Bool
    public var createdAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, login, name, role, areas, active
        case createdAt = "created_at"
    }

    public init(id: Int64? = nil, login: String, name: String, role: Role, areas: [String] = [], createdAt: Int64) {
        self.id = id
        self.login = login
        self.name = name
        self.role = role
        self.areas = areas.joined(separator: ",")
        self.active = true
        self.createdAt = createdAt
    }

    public var areaList: [String] { Staff.splitList(areas) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// "A, B,,C" → ["A", "B", "C"]
    public static func splitList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
