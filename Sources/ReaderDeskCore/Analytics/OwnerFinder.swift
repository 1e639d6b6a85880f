import GRDB

/// Who owns an action: the reader's own librarian, else a subject librarian covering the reader's
/// department, else their subject; else the service's owner (one covering any of its subjects);
/// else `matrix.default_owner` (an administrator). Never nobody while any staff is active.
struct OwnerFinder {
    private var byArea: [String: Int64] = [:]
    private let readerInfo: Statement
    private var byService: [Int64: Int64] = [:]
    /// The setting's staff member if active, else the first active administrator, else anyone active.
    private(set) var defaultOwner: Int64?

    init(_ db: Database) throws {
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT staff_area.area, staff.id FROM staff_area JOIN staff ON staff.id = staff_area.staff_id
                WHERE staff.role != 'front-desk' AND staff.active ORDER BY staff.role = 'librarian' DESC, staff.id
                """)
        {
            let area = (row[0] as String).lowercased()
            if byArea[area] == nil { byArea[area] = row[1] }
        }
        readerInfo = try db.makeStatement(sql: "SELECT librarian_id, dept, subject FROM reader WHERE id = ?")
        for row in try Row.fetchAll(db, sql: "SELECT id, subjects FROM service") {
            if let owner = forSubjects(Staff.splitList(row[1])) { byService[row[0]] = owner }
        }
        defaultOwner = try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM staff WHERE active AND login = (SELECT value FROM setting WHERE key = 'matrix.default_owner')
                UNION ALL SELECT id FROM (SELECT id FROM staff WHERE active ORDER BY role = 'admin' DESC, id LIMIT 1)
                LIMIT 1
                """)
    }

    /// The owner when the rule found none: the service's, else the default.
    func fallback(serviceId: Int64?) -> Int64? { serviceId.flatMap { byService[$0] } ?? defaultOwner }

    func forReader(librarianId: Int64?, dept: String?, subject: String?) -> Int64? {
        librarianId ?? dept.flatMap { byArea[$0.lowercased()] } ?? subject.flatMap { byArea[$0.lowercased()] }
    }

    func forReader(_ id: Int64) throws -> Int64? {
        guard let row = try Row.fetchOne(readerInfo, arguments: [id]) else { return nil }
        return forReader(librarianId: row[0], dept: row[1], subject: row[2])
    }

    func forSubjects(_ subjects: [String]) -> Int64? { subjects.lazy.compactMap { byArea[$0.lowercased()] }.first }
}
