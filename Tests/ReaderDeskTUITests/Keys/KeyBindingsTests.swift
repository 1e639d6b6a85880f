import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

final class KeyBindingsTests: XCTestCase {
    func testRequiredActionsHaveDefaultKeys() {
        let k = KeyBindings()
        let expected: [(Key, Action)] = [
            (.char("q"), .quit), (.char("?"), .help), (.tab, .nextPane), (.char("1"), .pane1),
            (.char("2"), .pane2), (.char("3"), .pane3), (.up, .up), (.char("k"), .up), (.down, .down),
            (.char("j"), .down), (.char("h"), .left), (.char("l"), .right), (.char("g"), .top),
            (.char("G"), .bottom), (.home, .top), (.end, .bottom), (.pageUp, .pageUp),
            (.pageDown, .pageDown), (.enter, .open), (.escape, .back), (.char("/"), .search),
            (.char("c"), .logContact), (.char("n"), .newTicket), (.char("p"), .pyramid),
            (.char("t"), .trends), (.char("f"), .filter), (.ctrl("l"), .refresh),
        ]
        for (key, action) in expected { XCTAssertEqual(k.action(for: key, in: .readers), action, "\(key)") }
        let tickets: [(Key, Action)] = [
            (.char("a"), .claimTicket), (.char("A"), .assignTicket), (.char("r"), .reply),
            (.char("i"), .internalNote), (.char("e"), .changeStatus),
            (.char("R"), .resolve), (.char("m"), .mine),
        ]
        for (key, action) in tickets { XCTAssertEqual(k.action(for: key, in: .tickets), action, "\(key)") }
        XCTAssertEqual(k.action(for: .char("E"), in: .readers), .editReader)
        XCTAssertEqual(k.action(for: .char("N"), in: .readers), .newReader)
        XCTAssertEqual(k.action(for: .char("s"), in: .matrix), .snooze)
        XCTAssertEqual(k.action(for: .char("x"), in: .matrix), .dismiss)
    }

    func testContextsKeepPaneKeysApart() {
        let k = KeyBindings()
        XCTAssertNil(k.action(for: .char("a"), in: .readers))
        XCTAssertNil(k.action(for: .char("s"), in: .tickets))
        XCTAssertNil(k.action(for: .char("q"), in: .textInput))  // typing q is text
        XCTAssertEqual(k.action(for: .escape, in: .textInput), .back)
        XCTAssertEqual(k.action(for: .enter, in: .textInput), .open)
    }

    func testHelpListingComesFromTheSameTable() {
        let k = KeyBindings()
        let en = k.helpLines(language: .en)
        XCTAssertTrue(en.contains { $0.contains("q") && $0.contains("Quit") })
        XCTAssertTrue(en.contains("Tickets"))
        let zh = k.helpLines(language: .zhHans)
        XCTAssertTrue(zh.contains { $0.contains("退出") })
        let actionsInHelp = Set(k.helpSections(language: .en).flatMap(\.rows).map(\.action))
        XCTAssertEqual(actionsInHelp, Set(Action.allCases))
        // Only tickets-pane and global bindings when asked for the tickets context.
        let inTickets = Set(k.helpSections(language: .en, context: .tickets).flatMap(\.rows).map(\.action))
        XCTAssertTrue(inTickets.contains(.claimTicket))
        XCTAssertFalse(inTickets.contains(.snooze))
    }

    func testKeyNames() {
        XCTAssertEqual(Key(name: "ctrl-s"), .ctrl("s"))
        XCTAssertEqual(Key(name: "Ctrl-L"), .ctrl("l"))
        XCTAssertEqual(Key(name: "G"), .char("G"))
        XCTAssertEqual(Key(name: " "), .char(" "))
        XCTAssertEqual(Key(name: "shift-tab"), .backTab)
        XCTAssertEqual(Key(name: "PgDn"), .pageDown)
        XCTAssertEqual(Key(name: "f5"), .function(5))
        XCTAssertEqual(Key(name: "查"), .char("查"))
        XCTAssertNil(Key(name: "hyper-x"))
        XCTAssertEqual(Key.ctrl("l").displayName, "Ctrl-L")
    }

    func testConfigOverride() throws {
        var k = KeyBindings()
        k.override(
            try KeyConfig.parse(
                """
                [theme]
                name = "monochrome"
                [keys]
                quit = ["Q", "ctrl-q"]
                search = "s"
                """))
        XCTAssertNil(k.action(for: .char("q")))
        XCTAssertEqual(k.action(for: .char("Q")), .quit)
        XCTAssertEqual(k.action(for: .ctrl("q")), .quit)
        XCTAssertEqual(k.action(for: .char("s"), in: .matrix), .search)  // the user's key wins
        XCTAssertEqual(k.keys(for: .snooze), [])
        XCTAssertTrue(k.helpLines(language: .en).contains { $0.contains("Q Ctrl-Q") })
    }

    func testConfigErrors() {
        XCTAssertThrowsError(try KeyConfig.parse("[keys]\nfly = [\"x\"]"))
        XCTAssertThrowsError(try KeyConfig.parse("[keys]\nquit = [\"hyper-x\"]"))
        XCTAssertEqual(try KeyConfig.parse("[other]\na = 1").count, 0)
        XCTAssertNoThrow(try KeyConfig.load(path: "/nonexistent/config.toml"))
    }

    func testConfigFileLoad() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rd-keys-\(getpid()).toml").path
        try "[keys]\nhelp = [\"F2\"]\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let k = try KeyConfig.load(path: path)
        XCTAssertEqual(k.action(for: .function(2)), .help)
        XCTAssertEqual(KeyConfig.defaultPath(environment: ["HOME": "/h"]), "/h/.config/readerdesk/config.toml")
    }

    /// The word catalogue has every bound action's help, in Chinese too.
    func testEveryActionHasHelpInBothLanguages() {
        for action in Action.allCases where KeyBinding.defaults.contains(where: { $0.action == action }) {
            XCTAssertNotNil(Words.keyHelp[action.rawValue], "\(action)")
            XCTAssertFalse(Words.keyHelp[action.rawValue]?.zh.isEmpty ?? true, "\(action)")
        }
    }
}
