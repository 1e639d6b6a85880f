import GRDB
import Synchronization
import XCTest

@testable import ReaderDeskCore

final class BackupTests: XCTestCase {
    /// A backup taken while another thread keeps writing is a consistent database: it passes
    /// A new library in a folder of its own (the caller removes the folder), with its administrator.
    private func liveLibrary() throws -> (URL, AppDatabase, Actor) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rd-backup-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let db = try AppDatabase.open(path: dir.appendingPathComponent("live.sqlite").path, create: true)
        return (dir, db, Actor(staff: try db.initialise(adminLogin: "admin", now: 1_790_000_000), now: 1_790_000_000))
    }

    /// integrity_check and its usage detail agrees with its monthly roll-up.
    func testBackupWhileAnotherThreadKeepsWriting() throws {
        let (dir, db, admin) = try liveLibrary()
        defer { try? FileManager.default.removeItem(at: dir) }
        try db.addService(admin, code: "db-cnki", name: "CNKI", serviceClass: .premium, points: 3)
        _ = try Importer(db, actor: admin).readers(Array("card,name\n1,A\n2,B\n".utf8), format: .csv, options: ImportOptions())

        let stop = Mutex(false), written = Mutex(0)
        let writer = Thread {
            var i: Int64 = 0
            while !stop.withLock({ $0 }) {
                i += 1
                try! db.addUsage(admin, card: i % 2 == 0 ? "1" : "2", service: "db-cnki", at: 1_780_000_000 + i * 3600)
                try! db.logContact(admin, ContactInput(card: "1", channel: .phone, summary: "call \(i)"))
                written.withLock { $0 += 1 }
            }
        }
        writer.start()
        while written.withLock({ $0 }) < 20 { usleep(1000) }
        let copyPath = dir.appendingPathComponent("copy.sqlite").path
        try db.backup(admin, to: copyPath)
        let duringBackup = written.withLock { $0 }
        while written.withLock({ $0 }) < duringBackup + 20 { usleep(1000) }
        stop.withLock { $0 = true }
        while !writer.isFinished { usleep(1000) }

        let copy = try DatabaseQueue(path: copyPath)
        try copy.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"])
            let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM usage")!
            XCTAssertGreaterThanOrEqual(events, 20)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT sum(events) FROM usage_month"), events)
            // Each usage event is followed by a contact in its own transaction: the copy may fall between.
            let contacts = try Int.fetchOne(db, sql: "SELECT count(*) FROM contact")!
            XCTAssertTrue(contacts == events || contacts == events - 1, "\(contacts) contacts, \(events) events")
        }
        XCTAssertGreaterThan(
            try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM usage")! },
            try copy.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM usage")! },
            "writing went on after the copy")
    }

    /// The copy appears whole or not at all, owner-only, in rollback-journal mode; a `-wal` someone
    /// planted beside PATH receives nothing; an existing PATH is never replaced.
    func testBackupIsPrivateAndTouchesNoCompanionFile() throws {
        let (dir, db, admin) = try liveLibrary()
        defer { try? FileManager.default.removeItem(at: dir) }
        try db.addReader(
            admin, card: "1",
            fields: {
                var f = ReaderFields(); f.name = "张三丰"; f.email = "zsf@example.edu"; return f
            }())

        let path = dir.appendingPathComponent("copy.sqlite").path
        FileManager.default.createFile(atPath: path + "-wal", contents: nil)
        FileManager.default.createFile(atPath: path + "-journal", contents: nil)
        let result = try db.backup(admin, to: path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int, 0)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path + "-journal")[.size] as? Int, 0)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
        let header = try XCTUnwrap(FileHandle(forReadingAtPath: path)).readData(ofLength: 20)
        XCTAssertEqual(Array(header[18...19]), [1, 1], "rollback-journal mode")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(
            names.filter { !$0.hasPrefix("live.sqlite") }, ["copy.sqlite", "copy.sqlite-journal", "copy.sqlite-wal"],
            "no staging folder left behind")

        let copy = try DatabaseQueue(
            path: path,
            configuration: {
                var c = Configuration(); c.readonly = true; return c
            }())
        let head = try copy.read { try AuditChain.verify($0) }
        XCTAssertNil(head.firstBroken)
        XCTAssertEqual(head.head, result.head)
        XCTAssertEqual(head.headId, result.headId)
        XCTAssertEqual(
            try db.read { try String.fetchOne($0, sql: "SELECT detail FROM audit ORDER BY id DESC LIMIT 1") }, "head #\(result.headId!)")

        XCTAssertRefused(.duplicate, try db.backup(admin, to: path))
    }
}
