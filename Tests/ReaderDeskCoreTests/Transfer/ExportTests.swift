import GRDB
import XCTest

@testable import ReaderDeskCore

final class ExportTests: XCTestCase {
    func export(
        _ lib: TransferLibrary, _ dataset: Exporter.Dataset, _ format: Exporter.Format = .csv,
        pii: Bool = false, as actor: Actor? = nil
    ) throws -> String {
        var out: [UInt8] = []
        try Exporter(lib.db, actor: actor ?? lib.admin).export(dataset, format: format, includePersonalData: pii) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    func sample() throws -> TransferLibrary {
        let lib = try TransferLibrary()
        _ = try lib.readers("card,name,email,phone,dept,birthday\n1,\"Smith, Jo\",jo@x.cn,138 0000,物理系,1990-01-02\n2,张三丰,,,,\n")
        _ = try lib.usage("card,service,at,quantity,location\n1,db-cnki,2026-03-01T09:30:00+08:00,2,campus\n2,db-sd,2026-03-02,1,\n")
        try lib.db.updateReader(
            lib.admin, card: "1",
            fields: {
                var f = ReaderFields(); f.attitude = "keen"; return f
            }())
        try lib.db.logContact(lib.admin, ContactInput(card: "1", channel: .email, cell: 2, summary: "asked about \"theses\""))
        try lib.db.newTicket(lib.admin, kind: .fault, subject: "CNKI down", body: "since 9am", card: "2")
        return lib
    }

    func testPersonalDataOnlyWithIncludePIIAndOnlyForAdministrators() throws {
        let lib = try sample()
        let plain = try export(lib, .readers)
        XCTAssertEqual(plain.split(separator: "\n").first, "card,name,type,tier,dept,subject,degree,lifecycle,created_at,updated_at")
        XCTAssertTrue(plain.contains("1,\"Smith, Jo\",undergraduate,regular,物理系,,,acquired,2026-09-21T22:13:20+08:00"))
        XCTAssertFalse(plain.contains("jo@x.cn") || plain.contains("keen") || plain.contains("1990"))
        let full = try export(lib, .readers, pii: true)
        XCTAssertTrue(full.contains("jo@x.cn") && full.contains("keen") && full.contains("1990-01-02"))
        XCTAssertThrowsError(try export(lib, .readers, pii: true, as: lib.clerk)) {
            XCTAssertEqual(($0 as? ReaderDeskError)?.kind, .forbidden)
        }
        XCTAssertFalse(try export(lib, .contacts).contains("theses"))
        XCTAssertTrue(try export(lib, .contacts, pii: true).contains("\"asked about \"\"theses\"\"\""))
        XCTAssertFalse(try export(lib, .tickets).contains("since 9am"))
    }

    func testThePyramidExportsItsRankingAndIsAudited() throws {
        let lib = try sample()
        var out: [UInt8] = []
        let period = try lib.db.calendar.period("2026-03")
        let rows = try Exporter(lib.db, actor: lib.admin).exportPyramid(period, format: .csv) { out += $0 }
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(rows, 2)
        XCTAssertEqual(lines.first, "position,card,name,tier,score,from,to")
        let ranked = try lib.db.pyramid(period).readers
        XCTAssertEqual(lines.dropFirst().map { $0.split(separator: ",")[1] }, ranked.map { Substring($0.card) })
        XCTAssertTrue(try lib.db.auditLog(lib.admin, AuditFilter()).contains { $0.action == "export.pyramid" })
    }

    func testEveryExportIsAudited() throws {
        let lib = try sample()
        for dataset in Exporter.Dataset.allCases { _ = try export(lib, dataset, as: lib.clerk) }
        _ = try export(lib, .readers, .json, pii: true)
        let audit = try lib.db.read {
            try Row.fetchAll($0, sql: "SELECT login, action, detail FROM audit WHERE action LIKE 'export.%' ORDER BY id")
        }
        XCTAssertEqual(
            audit.map { "\($0[0] as String) \($0[1] as String) \($0[2] as String)" },
            [
                "desk export.readers csv", "desk export.contacts csv", "desk export.tickets csv", "desk export.usage csv",
                "admin export.readers json, with personal data",
            ])
    }

    func testJSONIsOneValidDocument() throws {
        let lib = try sample()
        for dataset in Exporter.Dataset.allCases {
            let text = try export(lib, dataset, .json, pii: true)
            let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], dataset.rawValue)
            XCTAssertFalse(rows.isEmpty, dataset.rawValue)
        }
        let tickets = try JSONSerialization.jsonObject(with: Data(try export(lib, .tickets, .json).utf8)) as! [[String: Any]]
        XCTAssertEqual(tickets.first?["card"] as? String, "2")
        XCTAssertEqual(tickets.first?["kind"] as? String, "fault")
    }

    func testReadersAndUsageExportsImportBackUnchanged() throws {
        let lib = try sample()
        let readers = try export(lib, .readers, pii: true), usage = try export(lib, .usage)
        let copy = try TransferLibrary()
        _ = try copy.readers(readers)
        _ = try copy.usage(usage)
        XCTAssertEqual(try export(copy, .usage), usage)
        XCTAssertEqual(try copy.readers(readers).unchanged, 2)
        XCTAssertEqual(try copy.db.reader(copy.admin, card: "1").email, "jo@x.cn")
    }
}
