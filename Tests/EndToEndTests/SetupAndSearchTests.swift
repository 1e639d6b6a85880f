import Foundation
import ReaderDeskCore
import XCTest

final class SetupAndSearchTests: XCTestCase {
    func testInitStaffServicesReadersAndSearch() throws {
        let h = try Harness()
        try h.library()
        XCTAssertEqual(try h.stats(), ["readers": 3, "staff": 3, "services": 2, "usage_events": 0, "contacts": 0, "tickets": 0])

        let staff = try XCTUnwrap(h.json("staff", "list") as? [[String: Any]])
        XCTAssertEqual(staff.map { $0["login"] as? String }, ["alice", "fred", "lin"])
        XCTAssertEqual(staff.first?["role"] as? String, "admin")
        let services = try XCTUnwrap(h.json("service", "list") as? [[String: Any]])
        XCTAssertEqual(services.map { $0["code"] as? String }, ["LOAN", "NOV"])

        let shown = try XCTUnwrap(h.json("reader", "show", "2026001") as? [String: Any])
        XCTAssertEqual(shown["card"] as? String, "2026001")
        XCTAssertEqual(shown["name"] as? String, "张三丰")
        XCTAssertEqual(shown["type"] as? String, "faculty")
        XCTAssertEqual(shown["card_type"] as? String, "vip")
        XCTAssertEqual(shown["tier"] as? String, "vip", "the old name of card_type, kept for one release")
        XCTAssertNotNil(shown["value_tier"] as? String, "the value tier, apart from the card type")
        XCTAssertEqual(shown["dept"] as? String, "Physics")
        XCTAssertEqual(shown["email"] as? String, "zsf@wudang.edu.cn")
        XCTAssertEqual(shown["phone"] as? String, "138-0013-8000")
        XCTAssertEqual(shown["librarian"] as? String, "lin", "the librarian covering Physics owns the reader")

        let list = try XCTUnwrap(h.json("reader", "list") as? [[String: Any]])
        XCTAssertEqual(list.map { $0["card"] as? String }, ["2026001", "2026002", "2026003"])
        for r in list {
            for key in ["card", "name", "type", "tier", "dept", "email", "phone"] {
                XCTAssertTrue(r.keys.contains(key), "reader list JSON lacks \(key): \(r)")
            }
        }
        let vip = try XCTUnwrap(h.json("reader", "list", "--tier", "vip") as? [[String: Any]])
        XCTAssertEqual(vip.map { $0["card"] as? String }, ["2026001"])
        let vipCards = try XCTUnwrap(h.json("reader", "list", "--card-type", "vip") as? [[String: Any]])
        XCTAssertEqual(vipCards.map { $0["card"] as? String }, ["2026001"])
        // The value tiers partition the readers, whatever their cards.
        let byValue = try ["vip", "key", "mid", "basic", "inactive"].flatMap { tier in
            try XCTUnwrap(h.json("reader", "list", "--value-tier", tier) as? [[String: Any]]).map { r -> String in
                XCTAssertEqual(r["value_tier"] as? String, tier)
                return r["card"] as! String
            }
        }
        XCTAssertEqual(byValue.sorted(), ["2026001", "2026002", "2026003"])

        func search(_ text: String) throws -> [String] {
            try XCTUnwrap(h.json("reader", "search", text) as? [[String: Any]]).compactMap { $0["card"] as? String }
        }
        XCTAssertEqual(try search("zsf"), ["2026001"])
        XCTAssertEqual(try search("zhang san"), ["2026001"])
        XCTAssertEqual(try search("张三丰"), ["2026001"])
        XCTAssertEqual(try search("ouyang"), ["2026002"])
        XCTAssertEqual(try search("oyx"), ["2026002"])
        XCTAssertEqual(try search("smith"), ["2026003"])
        XCTAssertEqual(try search("2026"), ["2026001", "2026002", "2026003"])
        XCTAssertEqual(try search("mary@"), ["2026003"])
        XCTAssertEqual(try search("13800"), ["2026001"])
        XCTAssertEqual(try search("nobody"), [])

        // Human output: a table, CJK included.
        let table = try h.ok("reader", "list")
        XCTAssertTrue(table.hasPrefix("CARD"))
        XCTAssertTrue(table.contains("张三丰"))
    }

    func testEveryJSONOutputIsOneDocument() throws {
        let h = try Harness()
        try h.library()
        for args in [
            ["stats"], ["staff", "list"], ["service", "list"], ["reader", "list"], ["reader", "show", "2026002"],
            ["reader", "search", "zsf"], ["contact", "list"], ["ticket", "list"], ["usage", "list"],
        ] {
            let r = try h.run(args + ["--json"])
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)), "\(args): \(r.stdout)")
        }
    }

    func testNewDatabaseFileIsForItsOwnerOnly() throws {
        let h = try Harness()
        let old = umask(0o022)
        defer { umask(old) }
        try h.ok("init")
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: h.dbPath)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600, "mode \(String(mode, radix: 8))")
    }

    func testInitMakesTheCallerOrTheNamedLoginAdministrator() throws {
        let h = try Harness()
        h.user = "root"
        let out = try h.ok("init", "--admin", "alice")
        XCTAssertTrue(out.contains("alice"))
        XCTAssertEqual(try h.stats()["staff"], 1)
        let staff = try XCTUnwrap(h.json("staff", "list", as: "alice") as? [[String: Any]])
        XCTAssertEqual(staff.map { $0["login"] as? String }, ["alice"])
        XCTAssertEqual(staff.first?["role"] as? String, "admin")
        // root is not staff: it may not act, and init cannot be run again.
        try h.refused("staff", "add", "bob", "--name", "Bob", "--role", "admin", as: "root", mentioning: "root")
        try h.refused("init", as: "alice", mentioning: "already")
        try h.refused("init", "--admin", "mallory", as: "root")

        let h2 = try Harness()
        h2.user = "bob"
        try h2.ok("init")
        XCTAssertEqual(try h2.run(["staff", "list", "--json"], as: "bob").status, 0)
        XCTAssertTrue(try h2.ok("staff", "list", as: "bob").contains("admin"))
    }

    /// USER and LOGNAME are anyone's to set: without READERDESK_AS the identity is the kernel's
    /// real user, here the test's own login, which is not staff.
    func testUserAndLognameAreNeverTheIdentity() throws {
        let h = try Harness()
        try h.library()
        let me = Identity.osLogin()
        try XCTSkipIf(["alice", "lin", "fred"].contains(me), "the test runs as a staff login of the fixture")
        for empty in [true, false] {
            h.extra = ["USER": "alice", "LOGNAME": "alice"]
            if empty { h.extra["READERDESK_AS"] = "" } else { h.unset = ["READERDESK_AS"] }
            let refused = try h.run(["reader", "add", "--card", "9", "--name", "X"])
            h.checkOneLineFailure(refused, ["reader", "add"], mentioning: "not on ReaderDesk's staff list")
            XCTAssertTrue(refused.stderr.contains(me), refused.stderr)
            h.extra = [:]; h.unset = []
        }
        XCTAssertEqual(try h.stats()["readers"], 3)
    }

    func testInitWithABadAdminLoginCreatesNothing() throws {
        let h = try Harness()
        let r = try h.run(["init", "--admin", "bad login"])
        h.checkOneLineFailure(r, ["init"], mentioning: "bad login")
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.dbPath), "a refused init leaves no database behind")
        // So the next command still says to run init, and init then works.
        h.checkOneLineFailure(try h.run(["stats"]), ["stats"], mentioning: "init")
        try h.ok("init")
        XCTAssertEqual(try h.stats()["staff"], 1)
    }
}
