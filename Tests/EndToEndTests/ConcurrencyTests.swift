import Foundation
import XCTest

/// Eight real processes write one file at once: nothing is lost and nobody sees "database is locked".
final class ConcurrencyTests: XCTestCase {
    func testEightWritersLoseNothing() throws {
        let h = try Harness()
        try h.library()
        let ticket = try h.ok("ticket", "new", "--kind", "question", "--subject", "Shared ticket").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let rounds = 6
        let bin = Harness.binary.path
        // Each writer mixes contacts, tickets, usage and replies on the one shared ticket.
        let script = """
            for i in $(seq \(rounds)); do
              "\(bin)" contact log --card 2026001 --channel phone --summary "call $W-$i" || echo "FAIL contact $W-$i" >&2
              "\(bin)" ticket new --kind fault --subject "fault $W-$i" >/dev/null || echo "FAIL ticket $W-$i" >&2
              "\(bin)" usage add --card 2026002 --service LOAN || echo "FAIL usage $W-$i" >&2
              "\(bin)" ticket comment \(ticket) "reply $W-$i" --internal || echo "FAIL reply $W-$i" >&2
            done
            """
        var writers: [(Process, URL)] = []
        for w in 0..<8 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", script]
            var env = h.environment
            env["W"] = String(w)
            p.environment = env
            let errURL = h.dir.appendingPathComponent("writer-\(w).err")
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
            p.standardError = try FileHandle(forWritingTo: errURL)
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            writers.append((p, errURL))
        }
        for (p, errURL) in writers {
            p.waitUntilExit()
            let err = try String(contentsOf: errURL, encoding: .utf8)
            XCTAssertEqual(p.terminationStatus, 0)
            XCTAssertFalse(err.localizedCaseInsensitiveContains("locked"), err)
            XCTAssertEqual(err, "", "a writer reported: \(err)")
        }
        let s = try h.stats()
        XCTAssertEqual(s["contacts"], 8 * rounds)
        XCTAssertEqual(s["tickets"], 1 + 8 * rounds)
        XCTAssertEqual(s["usage_events"], 8 * rounds)
        let detail = try XCTUnwrap(try h.json("ticket", "show", ticket) as? [String: Any])
        XCTAssertEqual((detail["entries"] as? [Any])?.count, 8 * rounds)
        XCTAssertEqual(detail["version"] as? Int, 1 + 8 * rounds)
    }
}
