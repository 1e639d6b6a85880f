import GRDB
import XCTest

@testable import ReaderDeskCore

/// An import holds a stretch of its file at a time, not the file: these read small files in
/// stretches of a few rows and blocks of a few bytes and check that the library is left exactly
/// as one stretch leaves it — and that a bad row late in the file still leaves nothing written.
final class StretchedImportTests: XCTestCase {
    /// Small stretches and blocks, or the whole file as one.
    func importer(_ lib: TransferLibrary, small: Bool) -> Importer {
        var importer = lib.importer
        if small {
            importer.readerStretchRows = 3
            importer.usageStretchRows = 2
            importer.textBlockBytes = 7
        } else {
            importer.readerStretchRows = 1_000_000
            importer.usageStretchRows = 1_000_000
        }
        return importer
    }

    /// Everything an import writes, as text, in a fixed order.
    func contents(_ lib: TransferLibrary) throws -> [String] {
        try lib.db.read { db in
            var lines: [String] = []
            for sql in [
                "SELECT id, card, name, type, tier, dept, subject, email, phone, address, postcode, birthday, extra, lifecycle, updated_at FROM reader ORDER BY id",
                "SELECT term, reader_id FROM reader_term ORDER BY term, reader_id",
                "SELECT id, reader_id, service_id, at, quantity, location FROM usage ORDER BY id",
                "SELECT * FROM usage_month ORDER BY month, reader_id, service_id",
                "SELECT action, detail FROM audit ORDER BY id",
            ] {
                for row in try Row.fetchAll(db, sql: sql) { lines.append(row.description) }
            }
            for row in try Row.fetchAll(db, sql: "SELECT reader_id, terms FROM reader_term_list ORDER BY reader_id") {
                lines.append("list \(row[0] as Int64): \((row[1] as String).split(separator: "\u{1F}").sorted())")
            }
            return lines
        }
    }

    /// A readers file with new readers, a card named twice (renamed, then the same again), a
    /// stored reader renamed, quoting across lines, CRLF, and Chinese names whose bytes a block
    /// boundary splits.
    static let readersFile: String = {
        var text = "card,name,email,phone,dept,note\r\n"
        for i in 0..<23 {
            let name = ["张三丰", "欧阳娜", "Ada Lovelace", "李小明"][i % 4]
            text += "c\(i),\(name)\(i),r\(i)@x.cn,13800001\(100 + i),\"Physics, Dept\",\"line\r\nbreak \(i)\"\r\n"
        }
        return text + "c4,Renamed Later,,,\r\nc9,欧阳娜9,,,\r\nold,Old Renamed,,,\r\nc4,Renamed Again,,,\r\n"
    }()

    static let badRows = "c30,A,not-an-email,,\nc31,,,,\nc32,B,,,\n"
    static let withBadRows: String = readersFile + badRows
    static let withBrokenQuote: String = withBadRows + "c40,C,,,\nc41,\"D,,,\n"

    func testReadersInSmallStretchesLeaveExactlyWhatOneStretchLeaves() throws {
        var results: [[String]] = []
        var summaries: [[Int]] = []
        for small in [false, true] {
            let lib = try TransferLibrary()
            _ = try lib.readers("card,name,email\nold,Old Reader,old@x.cn\n")
            let s = try importer(lib, small: small).readers(
                Array(Self.withBadRows.utf8), format: .csv,
                options: ImportOptions(file: "r.csv", skipInvalid: true))
            summaries.append([s.rows, s.added, s.updated, s.unchanged, s.invalidCount])
            XCTAssertEqual(
                s.invalid, ["r.csv:52: 'not-an-email' is not an email address", "r.csv:53: name is empty for card \"c31\""])
            results.append(try contents(lib))
        }
        XCTAssertEqual(summaries[0], [30, 24, 3, 1, 2])
        XCTAssertEqual(summaries[1], summaries[0])
        XCTAssertEqual(results[1], results[0])
        XCTAssertGreaterThan(results[0].count, 200)
    }

    /// The terms sorted in runs and merged are each reader's own: `SearchTerms.forReader` of what is stored.
    func testEveryReaderHasItsOwnTermsWhateverTheStretch() throws {
        for small in [false, true] {
            let lib = try TransferLibrary()
            _ = try lib.readers("card,name,email\nold,Old Reader,old@x.cn\n")
            _ = try importer(lib, small: small).readers(
                Array(Self.readersFile.utf8), format: .csv, options: ImportOptions(file: "r.csv"))
            try lib.db.read { db in
                let readers = try Row.fetchAll(db, sql: "SELECT id, name, email, phone FROM reader ORDER BY id")
                XCTAssertEqual(readers.count, 24)
                for r in readers {
                    let stored = try String.fetchSet(db, sql: "SELECT term FROM reader_term WHERE reader_id = ?", arguments: [r[0]])
                    XCTAssertEqual(stored, SearchTerms.forReader(name: r[1], email: r[2], phone: r[3]), r[1])
                }
            }
        }
    }

    func testABadRowLateInTheFileLeavesNothingWrittenWhateverTheStretch() throws {
        for small in [false, true] {
            let lib = try TransferLibrary()
            _ = try lib.readers("card,name,email\nold,Old Reader,old@x.cn\n")
            let before = try contents(lib)
            XCTAssertThrowsImportError(
                try importer(lib, small: small).readers(
                    Array(Self.withBadRows.utf8), format: .csv, options: ImportOptions(file: "r.csv")),
                "r.csv:52: 'not-an-email' is not an email address")
            XCTAssertEqual(try contents(lib), before)
            // Broken quoting anywhere in the file is reported before any bad row, as when the
            // whole file was parsed first.
            XCTAssertThrowsImportError(
                try importer(lib, small: small).readers(
                    Array(Self.withBrokenQuote.utf8), format: .csv,
                    options: ImportOptions(file: "r.csv", skipInvalid: small)),
                "r.csv:56: unterminated quoted field 2 (quote opened here)")
            XCTAssertEqual(try contents(lib), before)
        }
    }

    func testUsageInSmallStretchesLeavesExactlyWhatOneStretchLeaves() throws {
        var text = "card,service,at,quantity,location\r\n"
        for i in 0..<41 {
            text +=
                "c\(i % 5),\(i % 3 == 0 ? "db-sd" : "db-cnki"),2026-0\(1 + i % 4)-1\(i % 10)T2\(i % 4):30:00,\(1 + i % 2),\(["onsite", "remote", ""][i % 3])\r\n"
        }
        text += "c9,db-cnki,2026-03-01,,\r\nc1,db-x,2026-03-01,,\r\n"
        var results: [[String]] = []
        for small in [false, true] {
            let lib = try TransferLibrary()
            _ = try lib.readers("card,name\n" + (0..<6).map { "c\($0),R\($0)\n" }.joined())
            let s = try importer(lib, small: small).usage(
                Array(text.utf8), format: .csv, options: ImportOptions(file: "u.csv", skipInvalid: true))
            XCTAssertEqual([s.rows, s.added, s.invalidCount], [43, 41, 2])
            results.append(try contents(lib))
            XCTAssertThrowsImportError(
                try importer(lib, small: small).usage(
                    Array((text + "c1,db-cnki,soon\n").utf8), format: .csv, options: ImportOptions(file: "u.csv")),
                "u.csv:43: unknown card \"c9\": import the readers first")
            XCTAssertEqual(try contents(lib), results.last)
        }
        XCTAssertEqual(results[1], results[0])
    }

    /// A usage file of nothing but bad rows is read a stretch of rows at a time too: the first bad
    /// row stops the import without the rest of the file read and held (a stretch used to run on
    /// until it had its events: 34 s and 6.7 GB for 20 million rows of an unknown service).
    func testAStretchOfUsageEndsAtItsRowsGoodOrBad() throws {
        var text = "card,service,at,quantity,location\n"
        for i in 0..<10 { text += "c1,db-unknown,2026-03-0\(i % 9 + 1),1,\n" }
        let bytes = Array(text.utf8)
        var reader = CSVReader(
            text: try ImportText(.bytes(bytes), encoding: .utf8, file: "u.csv"), file: "u.csv")
        let parser = try UsageCSVParser(header: try reader.header(), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let cursor = UsageStretch.Cursor(reader: reader, parser: parser, calendar: Fixture.shanghai, now: TransferLibrary.now)
        let stretch = try UsageStretch.read(after: cursor, cards: ["c1": 1], services: [:], rows: 3).value()
        XCTAssertEqual([stretch.rows, stretch.errors.count, stretch.events.count], [3, 3, 0])
        XCTAssertFalse(stretch.isLast)
        let rest = try UsageStretch.read(after: stretch.cursor, cards: ["c1": 1], services: [:], rows: 100).value()
        XCTAssertEqual([rest.rows, rest.errors.count], [7, 7])
        XCTAssertTrue(rest.isLast)
    }

    /// The reader over blocks of a few bytes gives the records, lines and errors of the reader
    /// over the whole text: CRLF, a quoted line break and a four-byte character cut anywhere.
    func testTheCSVReaderOverSmallBlocksReadsWhatItReadsWhole() throws {
        let texts = [
            "a,b\r\n1,\"x\r\ny\"\r\n\r\n2,\"he said \"\"hi\"\"\"\n3,张𠮷\r4,last",
            "a,b\n1,2\n3,\"never closed\n4,5\n",
            "a,b\n1,x\"y\n",
            "\u{FEFF}a,b\n1,2\r\n",
        ]
        func records(_ reader: CSVReader) -> [String] {
            var reader = reader
            var out: [String] = []
            do throws(ImportError) {
                while let r = try reader.next() { out.append("\(r.line): \(r.fields)") }
            } catch {
                out.append("\(error)")
            }
            return out
        }
        for text in texts {
            let whole = records(CSVReader(bytes: try TextDecoding.utf8Bytes(Array(text.utf8)), file: "f"))
            for size in [1, 2, 3, 5, 8] {
                let streamed = try ImportText(.bytes(Array(text.utf8)), encoding: .auto, file: "f", blockSize: size)
                XCTAssertEqual(records(CSVReader(text: streamed, file: "f")), whole, "blocks of \(size): \(text)")
            }
        }
    }

    func testEncodingErrorsInBlocksNameTheSameByteAndLine() throws {
        let gb = Array("card,name\n1,".utf8) + [0xD5, 0xC5, 0xC8, 0xFD, 0xB7, 0xE1] + Array("\n2,x\n".utf8)
        for bytes in [gb, Array("a\nb\r\nc\n".utf8) + [0xFF] + Array("\n".utf8), [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8)] {
            for encoding in TextEncoding.allCases {
                func decoded(_ blockSize: Int?) -> String {
                    do {
                        var text = try ImportText(.bytes(bytes), encoding: encoding, file: "f", blockSize: blockSize)
                        var all: [UInt8] = []
                        while let block = try text.next() { all += block }
                        return "\(text.lineCount) " + String(decoding: all, as: UTF8.self)
                    } catch {
                        return "\(error)"
                    }
                }
                for size in [1, 4, 64] { XCTAssertEqual(decoded(size), decoded(nil), "\(encoding) in blocks of \(size)") }
            }
        }
    }
}
