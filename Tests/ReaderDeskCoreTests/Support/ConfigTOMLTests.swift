import XCTest

@testable import ReaderDeskCore

/// Config files read as TOML reads them, and malformed ones named by file and line, never a crash.
final class ConfigTOMLTests: XCTestCase {
    func testValuesWithCommentsEscapesAndLiterals() throws {
        let c = try ConfigFile.parse(
            """
            database = "/srv/readerdesk/library.sqlite"   # the shared one
            theme = 'high-contrast' # literal
            language = "zh-Hans"#no space
            "lang" = "en"
            retention = 24 # months
            path = "C:\\\\x \\u00e9 \\"q\\""
            [keys]
            quit = ["q", "ctrl-q"]
            """, path: "cfg")
        XCTAssertEqual(c.database, "/srv/readerdesk/library.sqlite")
        XCTAssertEqual(c.theme, "high-contrast")
        XCTAssertEqual(c.language, "en")
        XCTAssertEqual(c.values["retention"], "24")
        XCTAssertEqual(c.values["path"], "C:\\x é \"q\"")
    }

    func testMalformedLinesNameTheFileAndLine() {
        for (text, line) in [
            ("[\n", 1), ("database = \"/x\"\n[ .a]\n", 2), ("a = \"open\n", 1), ("a = /x y\n", 1),
            ("a = \"x\" trailing\n", 1), ("a =\n", 1), ("\n\n[[\n", 3), ("[keys]\n[#\n", 2),
        ] {
            XCTAssertThrowsError(try ConfigFile.parse(text, path: "/etc/readerdesk/config.toml"), text) { error in
                let message = "\(error)"
                XCTAssertTrue(message.hasPrefix("/etc/readerdesk/config.toml:\(line): "), "\(text.debugDescription) → \(message)")
                XCTAssertFalse(message.contains("\n"))
            }
        }
    }

    func testTheCheckLeavesValidTOMLAlone() {
        for text in [
            "[keys]\nquit = [\n  \"q\",\n  [\"x\"],\n]\n", "[roles.selected]\nfg = \"black\"\n", "[[a]]\nb = 1\n",
            "a = \"\"\"\n[not a header\n\"\"\"\n", "a = { b = [1, 2] }\n[c]\n", "[\"quoted key\"]\n", "# [ comment\n",
        ] {
            XCTAssertNil(TOMLCheck.firstProblem(text), text)
        }
        XCTAssertEqual(TOMLCheck.firstProblem("ok = 1\n[=\n")?.line, 2)
    }
}
