import XCTest

@testable import ReaderDeskTUI

final class ThemeTests: XCTestCase {
    static let themesDir = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes").path

    func testAllThreeThemeFilesParseAndDefineEveryRole() throws {
        let loader = ThemeLoader(searchDirectories: [Self.themesDir])
        for name in ["default", "high-contrast", "monochrome"] {
            XCTAssertEqual(loader.source(of: name), Self.themesDir + "/\(name).toml")
            let theme = try loader.load(name)
            XCTAssertEqual(theme.name, name)
            for role in ColourRole.allCases { XCTAssertNotNil(theme.roles[role], "\(name) lacks \(role)") }
        }
    }

    func testBuiltinCopiesMatchFiles() throws {
        for (name, text) in BuiltinThemes.all {
            let file = try String(contentsOfFile: Self.themesDir + "/\(name).toml", encoding: .utf8)
            XCTAssertEqual(
                text, file.trimmingCharacters(in: .newlines),
                "run Themes/regenerate-builtins.sh after editing \(name).toml")
            XCTAssertNoThrow(try ThemeLoader.builtin(name))
        }
    }

    func testParsingValues() throws {
        let theme = try ThemeParser.parse(
            """
            name = "t"
            [roles.normal]
            [roles.selected]
            fg = "black"
            bg = "cyan"
            bg256 = 117
            attrs = ["bold"]
            mono = ["reverse"]
            """)
        let sel = theme[.selected]
        XCTAssertEqual(sel.foreground, .black)
        XCTAssertEqual(sel.background256, 117)
        XCTAssertEqual(theme.resolve(.selected, mode: .basic), ResolvedStyle(foreground: 0, background: 6, attributes: .bold))
        XCTAssertEqual(theme.resolve(.selected, mode: .indexed256).background, 117)
        XCTAssertEqual(theme[.danger], theme[.normal])  // missing roles look normal
    }

    func testErrorsAreReported() {
        XCTAssertThrowsError(try ThemeParser.parse("[roles.normal]\nfg = \"purple\""))
        XCTAssertThrowsError(try ThemeParser.parse("[roles.normal]\n[roles.nonsense]"))
        XCTAssertThrowsError(try ThemeParser.parse("[roles.normal]\nattrs = [\"blink\"]"))
        XCTAssertThrowsError(try ThemeParser.parse("[roles"))
        XCTAssertThrowsError(try ThemeLoader(searchDirectories: []).load("no-such-theme"))
    }

    func testNoColorMeansAttributesOnly() throws {
        XCTAssertEqual(ColourMode.detect(environment: ["NO_COLOR": ""], terminalColours: 256), ColourMode.none)
        XCTAssertEqual(ColourMode.detect(environment: ["NO_COLOR": "1"], terminalColours: 8), ColourMode.none)
        XCTAssertEqual(ColourMode.detect(environment: [:], terminalColours: 256), .indexed256)
        XCTAssertEqual(ColourMode.detect(environment: [:], terminalColours: 8), .basic)
        let theme = try ThemeLoader.builtin("default")
        for role in ColourRole.allCases {
            let r = theme.resolve(role, mode: .none)
            XCTAssertEqual(r.foreground, -1)
            XCTAssertEqual(r.background, -1)
        }
        XCTAssertTrue(theme.resolve(.selected, mode: .none).attributes.contains(.reverse))
    }

    func testLoaderFindsEnvironmentDirectoryFirstAndFallsBackToBuiltins() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("rd-themes-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "name = \"mine\"\n[roles.normal]\nfg = \"red\"\n".write(
            to: tmp.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let loader = ThemeLoader(
            environment: ["READERDESK_THEMES": tmp.path], executablePath: nil,
            currentDirectory: "/nonexistent")
        XCTAssertEqual(loader.searchDirectories.first, tmp.path)
        XCTAssertEqual(try loader.load("mine")[.normal].foreground, .red)
        XCTAssertEqual(loader.source(of: "monochrome"), "built-in")
        XCTAssertTrue(loader.themeNames().contains("mine"))
    }
}
