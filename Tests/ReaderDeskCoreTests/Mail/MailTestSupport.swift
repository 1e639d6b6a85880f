import Foundation
import XCTest

@testable import ReaderDeskCore

/// A fake `sendmail` the test writes into a temporary folder: it keeps every message it is
/// given as a file, and refuses (exit 75, a reason on stderr) any message to `refuse@…`.
struct FakeMTA {
    let dir: URL
    var command: String { dir.appendingPathComponent("sendmail").path + " -t -i" }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("rd-mta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            out="$(dirname "$0")/out"
            f=$(mktemp "$out/msg.XXXXXX")
            cat > "$f"
            [ "$1 $2" = "-t -i" ] || { echo "expected -t -i, got $*" >&2; exit 64; }
            if grep -q '^To: .*refuse@' "$f"; then rm -f "$f"; echo "550 5.1.1 mailbox unavailable" >&2; exit 75; fi
            exit 0
            """
        let path = dir.appendingPathComponent("sendmail").path
        guard FileManager.default.createFile(atPath: path, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755]) else {
            throw ReaderDeskError(.io, "cannot write the fake sendmail")
        }
    }

    /// The messages taken so far, parsed back with intake's own parser, oldest first.
    func messages() throws -> [ParsedMail] {
        let out = dir.appendingPathComponent("out")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let dated = try files.map { f -> (Date, [UInt8]) in
            let url = out.appendingPathComponent(f)
            let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
            return (date, [UInt8](try Data(contentsOf: url)))
        }
        return try dated.sorted { $0.0 < $1.0 }.map { try MailParser.parse($0.1) }
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }
}

extension Fixture {
    /// Mail on, through the fake MTA; an intake account; readers with and without consent.
    func mailSetUp(_ mta: FakeMTA) throws -> Actor {
        try db.setSetting(admin, key: "mail.from", value: "help@lib.example.edu")
        try db.setSetting(admin, key: "mail.reply_to", value: "desk@lib.example.edu")
        try db.setSetting(admin, key: "library.name", value: "理工大学图书馆")
        try db.setSetting(admin, key: "mail.command", value: mta.command)
        try reader("2026001", "张三丰") {
            $0.email = "zs@example.edu"; $0.consent = [.email]; $0.dept = "物理学院"
        }
        try reader("2026002", "Li Si") {
            $0.email = "lisi@example.edu"; $0.dept = "物理学院"
        }
        try reader("2026003", "Wang Wu") {
            $0.dept = "物理学院"; $0.consent = [.email]
        }
        try reader("2026004", "Refusing Reader") {
            $0.email = "refuse@example.edu"; $0.consent = [.email]; $0.dept = "物理学院"
        }
        return Actor(staff: try db.addStaff(admin, login: "mailer", name: "Mail intake", role: .intake), now: now)
    }

    var now: Int64 { admin.now }
}

/// A reader's message as a mail client would write it.
func readerMail(
    from: String = "张三丰 <zs@example.edu>", subject: String, body: String, id: String,
    extra: [String] = [], contentType: String = "text/plain; charset=UTF-8", encoding: String = "8bit"
) -> [UInt8] {
    let head =
        [
            "From: \(from)", "To: desk@lib.example.edu", "Subject: \(subject)", "Message-ID: <\(id)>",
            "Date: Mon, 05 Oct 2026 03:00:00 +0000", "MIME-Version: 1.0", "Content-Type: \(contentType)",
            "Content-Transfer-Encoding: \(encoding)",
        ] + extra
    return Array((head.joined(separator: "\r\n") + "\r\n\r\n").utf8) + Array(body.utf8)
}
