import Foundation
import GRDB

extension Schema {
    /// Issue 17: a reader's own list of its search terms (`ReaderTermList`), in place of the index of
    /// `reader_term` by reader. That index was a second B-tree of every term (eleven million at a
    /// million readers), sorted and built at the end of every big import; a list a reader is one
    /// row, written in reader order as readers are added. Only changing or forgetting a reader
    /// looks its terms up by reader, and then deletes each by the table's key.
    static func readerTermLists(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE reader_term_list (
                    reader_id INTEGER PRIMARY KEY REFERENCES reader(id) ON DELETE CASCADE,
                    terms TEXT NOT NULL
                );
                INSERT INTO reader_term_list(reader_id, terms)
                    SELECT reader_id, group_concat(term, char(31)) FROM reader_term GROUP BY reader_id;
                DROP INDEX reader_term_reader;
                """)
    }

    /// Issue 17: the reader table's `x IN ('a', 'b', …)` checks written as `x = 'a' OR x = 'b' …`,
    /// which accept exactly the same values. SQLite checks an IN list through a temporary index it
    /// builds for each statement: about 0.75 µs a row for each of the three, the most of what
    /// adding a reader costs SQLite (2.4 s of a million-reader import).
    ///
    /// The table's definition is edited in place, as SQLite documents for changing CHECK
    /// constraints (https://sqlite.org/lang_altertable.html#otheralter): no row could break the new
    /// checks that kept the old, so nothing is copied or checked again.
    static func readerChecksWithoutLists(_ db: Database) throws {
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'reader'")
        else { return }
        let rewritten = checksWithoutLists(sql)
        guard rewritten != sql else { return }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        defer { try? db.execute(sql: "PRAGMA writable_schema = OFF") }
        // An SQLite built to refuse schema edits (defensive mode) keeps the old checks: slower to
        // add a reader, as right, and the library still opens.
        do {
            try db.execute(sql: "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'reader'", arguments: [rewritten])
        } catch {
            return
        }
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        db.clearSchemaCache()
    }

    /// `CHECK (col IN ('a','b'))` → `CHECK (col = 'a' OR col = 'b')`; other text as it is. Only
    /// lists of plain quoted words are rewritten (the vocabulary's codes have no quotes).
    static func checksWithoutLists(_ sql: String) -> String {
        let pattern = #"CHECK \((\w+) IN \(((?:'[^']*'\s*,\s*)*'[^']*')\)\)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return sql }
        var out = sql
        for match in regex.matches(in: sql, range: NSRange(sql.startIndex..., in: sql)).reversed() {
            guard let whole = Range(match.range, in: sql), let column = Range(match.range(at: 1), in: sql),
                let list = Range(match.range(at: 2), in: sql)
            else { continue }
            let values = sql[list].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = sql[column]
            out.replaceSubrange(whole, with: "CHECK (" + values.map { "\(name) = \($0)" }.joined(separator: " OR ") + ")")
        }
        return out
    }
}
