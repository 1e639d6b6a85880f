import GRDB

/// Who owns an action: the reader's own librarian, else a subject librarian covering the reader's
/// department, else their subject; for a service, one covering any of its subjects; else nobody.
struct OwnerFinder {
    private var byArea: [String: Int64] = [:]
    private let readerInfo: Statement

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT staff_area.area, staff.id FROM staff_area JOIN staff ON staff.id = staff_area.staff_id
            WHERE staff.role != 'front-desk' AND staff.active ORDER BY staff.role = 'librarian' DESC, staff.id
            """) {
            let area = (row[0] as String).lowercased()
            if byArea[area] == nil { byArea[area] = row[1] }
        }
        readerInfo = try db.makeStatement(sql: "SELECT librarian_id, dept, subject FROM reader WHERE id = ?")
    }

    func forReader(librarianId: Int64?, dept: String?, subject: String?) -> Int64? {
        librarianId ?? dept.flatMap { byArea[$0.lowercased()] } ?? subject.flatMap { byArea[$0.lowercased()] }
    }

    func forReader(_ id: Int64) throws -> Int64? {
        guard let row = try Row.fetchOne(readerInfo, arguments: [id]) else { return nil }
        return forReader(librarianId: row[0], dept: row[1], subject: row[2])
    }

    func forSubjects(_ subjects: [String]) -> Int64? { subjects.lazy.compactMap { byArea[$0.lowercased()] }.first }
}
