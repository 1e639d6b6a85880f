import GRDB
import XCTest

@testable import ReaderDeskCore

final class ReaderImportTests: XCTestCase {
    func testCSVAddsThenReimportUpdatesNeverDuplicates() throws {
        let lib = try TransferLibrary()
        let first = try lib.readers("card,name,type,tier,dept,email\n1,张三丰,faculty,vip,物理系,z@x.cn\n2,Ada Lovelace,,,,\n")
        XCTAssertEqual([first.added, first.updated, first.unchanged], [2, 0, 0])
        let again = try lib.readers("card,name,email\r\n1,张三丰,zsf@x.cn\r\n2,Ada Lovelace,\r\n3,New,\r\n")
        XCTAssertEqual([again.added, again.updated, again.unchanged], [1, 1, 1])
        XCTAssertEqual(try lib.count("reader"), 3)
        let zhang = try lib.db.reader(lib.admin, card: "1")
        XCTAssertEqual([zhang.email, zhang.dept, zhang.type.rawValue, zhang.cardType.rawValue], ["zsf@x.cn", "物理系", "faculty", "vip"])
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "zsf").map(\.card), ["1"])
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "zsf@x").map(\.card), ["1"], "terms follow the new email")
    }

    func testQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name,dept,locker\r\n7,\"Smith, \"\"Jo\"\"\",\"Physics, Dept\",\"B1\nB2\"\r\n")
        let r = try lib.db.reader(lib.admin, card: "7")
        XCTAssertEqual(r.name, "Smith, \"Jo\"")
        XCTAssertEqual(r.dept, "Physics, Dept")
        XCTAssertEqual(r.extra, #"{"locker":"B1\nB2"}"#)
    }

    func testBOMAndGB18030Files() throws {
        let lib = try TransferLibrary()
        let bom = [0xEF, 0xBB, 0xBF] + Array("card,name\n1,李四\n".utf8)
        XCTAssertEqual(try lib.importer.readers(bom, format: .csv, options: ImportOptions(file: "bom.csv")).added, 1)
        let gb = Array("card,name,dept\n2,".utf8) + [0xD5, 0xC5, 0xC8, 0xFD, 0xB7, 0xE1] + Array(",x\n".utf8)
        XCTAssertEqual(try lib.importer.readers(gb, format: .csv, options: ImportOptions(file: "gb.csv")).added, 1)
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "2").name, "张三丰")
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "1").name, "李四")
        XCTAssertThrowsError(try lib.importer.readers(gb, format: .csv, options: ImportOptions(file: "gb.csv", encoding: .utf8)))
    }

    func testABadRowStopsTheImportAtItsLineAndChangesNothing() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        let before = try lib.fingerprint()
        let text = "card,name,email\n1,Changed,\n2,B,b@x.cn\n3,C,not-an-email\n4,,\n"
        XCTAssertThrowsImportError(try lib.readers(text), "r.csv:4: 'not-an-email' is not an email address")
        XCTAssertEqual(try lib.fingerprint(), before)
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "1").name, "A")
    }

    func testSkipInvalidImportsTheGoodRowsAndListsTheBadOnes() throws {
        let lib = try TransferLibrary()
        let s = try lib.readers("card,name,email,tier\n1,A,,\n2,B,bad,\n3,,,\n4,D,,gold\n5,E,,\n", skipInvalid: true)
        XCTAssertEqual(s.added, 2)
        XCTAssertEqual(
            s.invalid,
            [
                "r.csv:3: 'bad' is not an email address", "r.csv:4: name is empty for card \"3\"",
                "r.csv:5: unknown card type \"gold\" (expected regular|student|senior|vip)",
            ])
        XCTAssertEqual(try lib.count("reader"), 2)
    }

    func testDryRunReportsAndChangesNothing() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        let before = try lib.fingerprint()
        let s = try lib.readers("card,name\n1,Changed\n2,B\n", dryRun: true)
        XCTAssertEqual([s.added, s.updated], [1, 1])
        XCTAssertTrue(s.dryRun)
        XCTAssertEqual(try lib.fingerprint(), before)
    }

    func testKohaFixtureWithUSDatesAndARememberedCategoryMap() throws {
        let lib = try TransferLibrary()
        let bytes = try ImportFixtures.bytes("koha/patrons-18.11-us-dates.csv")
        func koha(_ options: KohaOptions) throws -> ImportSummary {
            try lib.importer.readers(bytes, format: .koha(options), options: ImportOptions(file: "p.csv"))
        }
        XCTAssertThrowsImportError(
            try koha(KohaOptions(categoryMap: ["PT": "external"])),
            "p.csv:2: dateofbirth \"03/09/1991\" does not fit the iso date format")
        XCTAssertEqual(try lib.db.setting(TransferSettings.kohaCategories), "", "a failed import remembers nothing")
        XCTAssertThrowsImportError(
            try koha(KohaOptions(dateFormat: .us)),
            "p.csv: unmapped Koha category code \"PT\": map each to a reader type in settings, or give a default type")
        XCTAssertEqual(try koha(KohaOptions(categoryMap: ["pt": "external"], dateFormat: .us)).added, 2)
        XCTAssertEqual(try lib.db.setting(TransferSettings.kohaCategories), "PT=external")
        XCTAssertEqual(try koha(KohaOptions(dateFormat: .us)).unchanged, 2, "the map was kept for next time")
        let r = try lib.db.reader(lib.admin, card: "20180533")
        XCTAssertEqual([r.name, r.type.rawValue, r.birthday, r.phone], ["Henrik Lindqvist", "external", "1975-12-31", "(937) 555-0178"])
        XCTAssertEqual(r.extra, #"{"branchcode":"MAIN","categorycode":"PT"}"#)
    }

    func testKohaHeaderOnlyAndNamesSortFieldsAndDefaultType() throws {
        let lib = try TransferLibrary()
        let header = try ImportFixtures.bytes("koha/header-only-24.05.csv")
        XCTAssertEqual(try lib.importer.readers(header, format: .koha(KohaOptions()), options: ImportOptions()).rows, 0)
        // Columns in another order than Koha's, as another Koha version writes them.
        let text = "sort2,categorycode,firstname,surname,cardnumber,sort1\n凝聚态,ST,三丰,张,1,物理系\n,FA,Ada,Lovelace,2,\n,XX,,Bo,3,\n"
        XCTAssertThrowsImportError(
            try lib.importer.readers(Array(text.utf8), format: .koha(KohaOptions()), options: ImportOptions(file: "k.csv")),
            "k.csv: unmapped Koha category codes \"ST\", \"FA\", \"XX\": map each to a reader type in settings, or give a default type")
        let s = try lib.importer.readers(
            Array(text.utf8), format: .koha(KohaOptions(categoryMap: ["ST": "postgraduate"], defaultType: "external")),
            options: ImportOptions(file: "k.csv"))
        XCTAssertEqual(s.added, 3)
        let zhang = try lib.db.reader(lib.admin, card: "1")
        XCTAssertEqual([zhang.name, zhang.dept, zhang.subject, zhang.type.rawValue], ["张三丰", "物理系", "凝聚态", "postgraduate"])
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "2").name, "Ada Lovelace")
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "3").type, .external)
    }

    func testKohaNewerColumnsWithByteOrderMarkAndCRLF() throws {
        let lib = try TransferLibrary()
        let s = try lib.importer.readers(
            try ImportFixtures.bytes("koha/patrons-23.11-bom-crlf.csv"),
            format: .koha(KohaOptions(categoryMap: ["ST": "undergraduate", "FA": "faculty"], dateFormat: .us)),
            options: ImportOptions(file: "k.csv"))
        XCTAssertEqual(s.added, 3)
        let wang = try lib.db.reader(lib.admin, card: "S2023101")
        XCTAssertEqual(
            [wang.name, wang.dept, wang.subject, wang.type.rawValue, wang.birthday],
            ["王晓明", "物理系", "凝聚态物理", "undergraduate", "2003-07-21"])
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "F1998007").name, "Lucía García", "middle_name is not read today")
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "S2023102").birthday, "2004-02-29")
    }

    func testGB18030FilesAreReadWithTheAutomaticEncoding() throws {
        let lib = try TransferLibrary()
        let koha = try lib.importer.readers(
            try ImportFixtures.bytes("koha/patrons-gb18030.csv"),
            format: .koha(KohaOptions(categoryMap: ["PG": "postgraduate", "UG": "undergraduate"])),
            options: ImportOptions(file: "g.csv"))
        XCTAssertEqual(koha.added, 2)
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "G2024001").name, "欧阳修远")
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "G2024001").dept, "数学科学学院")
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "G2024002").name, "张𠮷", "a four-byte GB18030 character")
        let own = try lib.importer.readers(
            try ImportFixtures.bytes("readers/readers-gb18030.csv"), format: .csv,
            options: ImportOptions(file: "r.csv"))
        XCTAssertEqual(own.added, 2)
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "R0002").name, "司马光明")
    }

    func testOwnCSVWithByteOrderMarkAndCRLF() throws {
        let lib = try TransferLibrary()
        let s = try lib.importer.readers(
            try ImportFixtures.bytes("readers/readers-bom-crlf.csv"), format: .csv,
            options: ImportOptions(file: "r.csv"))
        XCTAssertEqual(s.added, 2)
        let zoe = try lib.db.reader(lib.admin, card: "R0101")
        XCTAssertEqual([zoe.name, zoe.dept, zoe.birthday], ["Zoë Ngata", "Arts, Design and Media", "2004-06-30"])
        XCTAssertEqual(try lib.db.reader(lib.admin, card: "R0102").name, "周 杰")
    }

    func testImportingNeedsPermissionAndIsAudited() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        let actions = try lib.db.read { try String.fetchAll($0, sql: "SELECT action FROM audit ORDER BY id DESC LIMIT 1") }
        XCTAssertEqual(actions, ["import.readers"])
    }
}

extension ReaderImportTests {
    func testANewlineInAOneLineFieldIsABadRowNamingTheField() throws {
        let lib = try TransferLibrary()
        XCTAssertThrowsImportError(try lib.readers("card,name,dept\n1,A,\"Physics\nDept\"\n"), "r.csv:2: department must be one line")
    }
}

/// New readers are written many to a statement and their search terms in term order at the end;
/// these check that what lands is exactly what one-by-one writes would leave.
extension ReaderImportTests {
    func testABigFileLeavesEveryReaderWithExactlyItsSearchTerms() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name,email\nold,Old Reader,old@x.cn\n")
        var text = "card,name,email,phone\n"
        let surnames = ["张", "王", "李", "欧阳"], given = ["三丰", "伟", "小明", "娜"]
        for i in 0..<457 {  // more than a batch of readers (60) and of terms (200), and not a multiple
            text += "c\(i),\(surnames[i % 4])\(given[i / 4 % 4]),r\(i)@x.cn,1380000\(1000 + i)\n"
        }
        text += "c5,Renamed Later,,\n"  // the file names a card twice: the later row wins
        text += "c6,\(surnames[6 % 4])\(given[6 / 4 % 4]),,\n"  // twice with the same name: nothing to redo
        text += "old,Old Renamed,,\n"
        let s = try lib.readers(text)
        XCTAssertEqual([s.added, s.updated, s.unchanged], [457, 2, 1])
        let stored = try lib.db.read { db in
            try Row.fetchAll(db, sql: "SELECT reader_id, term FROM reader_term").map { [$0[0] as Int64: $0[1] as String] }
        }
        var expected: [[Int64: String]] = []
        let readers = try lib.db.read { try Row.fetchAll($0, sql: "SELECT id, name, email, phone FROM reader") }
        for r in readers {
            for term in SearchTerms.forReader(name: r[1], email: r[2], phone: r[3]) { expected.append([r[0]: term]) }
        }
        XCTAssertEqual(Set(stored), Set(expected))
        XCTAssertEqual(stored.count, expected.count)
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "renamedlater").map(\.card), ["c5"])
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "r5@").map(\.card), ["c5"], "the email stays, as the cell was empty")
        XCTAssertEqual(try lib.db.searchReaders(lib.admin, "oldreader").map(\.card), [])
        XCTAssertEqual(
            Set(try lib.db.searchReaders(lib.admin, "oyxm", limit: 500).map(\.card)).count, (0..<457).filter { $0 % 16 == 11 }.count)
        XCTAssertEqual(try lib.db.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM reader") }, 458)
    }

    func testTheCardOfAForgottenReaderIsABadRow() throws {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name\n1,A\n")
        try lib.db.forget(lib.admin, card: "1")
        let id = try lib.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM reader")! }
        XCTAssertThrowsImportError(
            try lib.readers("card,name\n2,B\nforgotten-\(id),C\n"),
            "r.csv:3: card forgotten-\(id) belonged to a forgotten reader and cannot be reused")
        let s = try lib.readers("card,name\n1,A again\n", skipInvalid: true)
        XCTAssertEqual(s.added, 1, "the forgotten reader's old card is free: the forget renamed it")
    }
}
