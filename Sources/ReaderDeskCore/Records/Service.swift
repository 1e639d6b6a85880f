import GRDB

/// Something the library offers (产品): a database, loans, novelty search, …
public struct Service: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "service"
    public var id: Int64?
    public var code: String
    public var name: String
    public var serviceClass: ServiceClass
    public var points: Int
    public var subjects: String
    public var hosts: String
    public var createdAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, code, name, points, subjects, hosts
        case serviceClass = "class"
        case createdAt = "created_at"
    }

    public init(
        id: Int64? = nil, code: String, name: String, serviceClass: ServiceClass, points: Int,
        subjects: [String] = [], hosts: [String] = [], createdAt: Int64
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.serviceClass = serviceClass
        self.points = points
        self.subjects = subjects.joined(separator: ",")
        self.hosts = hosts.joined(separator: ",")
        self.createdAt = createdAt
    }

    public var subjectList: [String] { Staff.splitList(subjects) }
    public var hostList: [String] { Staff.splitList(hosts) }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
