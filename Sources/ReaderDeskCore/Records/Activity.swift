import GRDB

/// "Reader R used service S at time T, from location L, N times" — never what was read.
public struct UsageEvent: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var card: String
    public var service: String
    public var at: Int64
    public var quantity: Int
    public var location: Location

    public init(row: Row) throws {
        id = row["id"]; card = row["card"]; service = row["service"]; at = row["at"]; quantity = row["quantity"]
        location = [Location.onsite, .campus, .remote][min(2, max(0, row["location"] as Int))]
    }
}

/// One contact between the library and a reader, the record of what it invested (part c).
public struct Contact: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "contact"
    public var id: Int64?
    public var readerId: Int64
    public var staffId: Int64
    public var at: Int64
    public var channel: Channel
    public var cell: Int?
    public var readLevel: Int?
    public var minutes: Int?
    public var summary: String
    public var followUp: String?
    public var outreachId: Int64?

    enum CodingKeys: String, CodingKey {
        case id, at, channel, cell, minutes, summary
        case readerId = "reader_id", staffId = "staff_id", readLevel = "read_level"
        case followUp = "follow_up", outreachId = "outreach_id"
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A contact with the names a listing shows.
public struct ContactListing: Codable, Sendable, FetchableRecord {
    public var id: Int64
    public var card: String
    public var readerName: String
    public var staff: String
    public var at: Int64
    public var channel: Channel
    public var cell: Int?
    public var readLevel: Int?
    public var minutes: Int?
    public var summary: String
    public var followUp: String?
    enum CodingKeys: String, CodingKey {
        case id, card, staff, at, channel, cell, minutes, summary
        case readerName = "reader_name", readLevel = "read_level", followUp = "follow_up"
    }
}

/// Life stages that make a service matter now: title evaluation, thesis, …
public struct LifeEvent: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "life_event"
    public var id: Int64?
    public var readerId: Int64
    public var kind: LifeEventKind
    public var date: String
    public var note: String?
    enum CodingKeys: String, CodingKey { case id, kind, date, note, readerId = "reader_id" }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
