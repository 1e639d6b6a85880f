import Foundation
import ReaderDeskCore
import ReaderDeskWords
import XCTest

@testable import ReaderDeskTUI

/// Every pane, overlay and form of the demo library in zh-Hans, at 80×24 and 180×50: no Latin word
/// may show except what the library stored (names of readers, services and staff, card numbers,
/// service codes, emails, texts people typed) and a short list of key names and fixed terms.
final class ChineseSweepTests: XCTestCase {
    /// Key names and terms that stay Latin in Chinese too.
    static let allowed: Set<String> = [
        "Esc", "Enter", "Tab", "Ctrl", "Shift", "F1", "PgUp", "PgDn", "Home", "End",
        "ReaderDesk", "READ", "7P", "Q1", "Q2", "Q3", "Q4", "VPN",
    ]

    /// What the journeys below type into search fields.
    static let typed: Set<String> = ["zh", "li"]

    /// Latin words (two letters or more) of stored texts: what people and imports wrote.
    static func storedWords(_ db: AppDatabase) throws -> Set<String> {
        var texts: [String] = []
        try db.read { db in
            for sql in [
                "SELECT name || ' ' || card || ' ' || coalesce(email,'') || ' ' || coalesce(dept,'') || ' ' || coalesce(subject,'') || ' ' || coalesce(degree,'') || ' ' || coalesce(address,'') || ' ' || coalesce(attitude,'') || ' ' || coalesce(problems,'') || ' ' || coalesce(needs,'') FROM reader",
                "SELECT code || ' ' || name FROM service", "SELECT login || ' ' || name FROM staff",
                "SELECT subject || ' ' || body FROM ticket", "SELECT body FROM ticket_entry",
                "SELECT summary FROM contact", "SELECT coalesce(note,'') FROM life_event",
                "SELECT coalesce(dismiss_reason,'') FROM action", "SELECT area FROM staff_area",
            ] {
                texts += try String.fetchAll(db, sql: sql)
            }
        }
        return Set(texts.flatMap(latinWords))
    }

    static func latinWords(_ text: String) -> [String] { cutLatinWords(text).map(\.word) }

    /// The Latin words of a line, each marked when it is cut short (by "…", a frame or the edge), so
    /// that the start of a stored word may be recognised.
    static func cutLatinWords(_ text: String) -> [(word: String, cut: Bool)] {
        var out: [(String, Bool)] = [], word = ""
        for c in text {
            if c.isASCII && (c.isLetter || c.isNumber) { word.append(c); continue }
            if !word.isEmpty { out.append((word, "…│┃║".contains(c))) }
            word = ""
        }
        if !word.isEmpty { out.append((word, true)) }
        return out.filter { $0.0.count >= 2 && $0.0.contains(where: \.isLetter) }
    }

    /// Screens after each of these key sequences (from a fresh start each time).
    static let journeys: [[Key]] = {
        let k = AppFixture.keys
        var j: [[Key]] = [
            [], [.char("j"), .char("j")], [.char("?")], [.char("?"), .pageDown], [.char("?"), .pageDown, .pageDown],
            [.char("?"), .pageDown, .pageDown, .pageDown], [.char("/")] + k("zh"), [.char("/")] + k("li") + [.enter, .escape],
            [.char("m")], [.char("2")], [.char("p")], [.char("t")], [.char("3")], [.char("3"), .char("f")],
            [.char("3"), .char("K")], [.char("3"), .char("m")],
        ]
        // Profiles, page by page.
        for r in 0..<3 {
            let down = Array(repeating: Key.char("j"), count: r * 7)
            for page in 0..<6 { j.append(down + [.enter] + Array(repeating: .pageDown, count: page)) }
        }
        // Each matrix cell's actions, and the snooze and dismiss forms on one.
        for cell in 0..<6 {
            let moves: [Key] = (cell % 2 == 1 ? [.char("j")] : []) + Array(repeating: .char("l"), count: cell / 2)
            j.append([.char("2")] + moves + [.enter])
            j.append([.char("2")] + moves + [.enter, .char("s")])
            j.append([.char("2")] + moves + [.enter, .char("x")])
            j.append([.char("2")] + moves + [.enter, .char("c")])
        }
        // Tickets, one by one, with each form.
        for t in 0..<6 {
            let down = Array(repeating: Key.char("j"), count: t)
            j.append([.char("3")] + down + [.enter])
            j.append([.char("3")] + down + [.enter, .pageDown])
        }
        for form in ["r", "i", "e", "R", "A"] { j.append([.char("3"), .char(Character(form))]) }
        // Reader forms and a contact.
        j += [
            [.char("c")], [.char("n")], [.char("n"), .tab, .tab], [.char("E")], [.char("N")], [.enter, .char("c")],
            [.char("c"), .ctrl("s")], [.char("n"), .ctrl("s")], [.char("c")] + k("x") + [.escape],
            // Refusals in the status line: no ticket to act on in an empty filter, no action selected.
            [.char("2"), .char("s")], [.char("2"), .char("x")],
        ]
        // Issue 13: the queue's status filter round, the reader form's lower fields, a life-stage
        // event, the pyramid's periods and a tier's readers, the status line at its narrowest.
        j += [
            [.char("3"), .char("f"), .char("f")], [.char("3"), .char("f"), .char("f"), .char("f"), .char("f")],
            [.char("E")] + Array(repeating: .tab, count: 16), [.enter, .char("L")], [.enter, .char("L"), .ctrl("s")],
            [.char("p"), .char("f")], [.char("p"), .char("f"), .char("f")], [.char("p"), .enter],
            [.char("p"), .down, .down, .down, .enter],
        ]
        return j
    }()

    func testNoEnglishInChinese() throws {
        try DemoFixture.library.0.refreshActionsIfStale(now: DemoFixture.now)  // the actions the panes show
        let stored = try Self.storedWords(DemoFixture.library.0).union(Self.typed)
        var found: [String: String] = [:]  // word → where first seen
        for (width, height) in [(80, 24), (180, 50)] {
            for (i, keys) in Self.journeys.enumerated() {
                let (db, staff) = DemoFixture.library
                let t = MemoryTerminal(width: width, height: height)
                let runner = AppRunner(
                    terminal: t, data: AppData(database: db, staff: staff, clock: { DemoFixture.now }), language: .zhHans)
                runner.start()
                AppFixture.press(runner, t, keys)
                for line in t.screen.lines() {
                    for (word, cut) in Self.cutLatinWords(line)
                    where !stored.contains(word) && !Self.allowed.contains(word) && found[word] == nil {
                        if cut, stored.contains(where: { $0.hasPrefix(word) }) { continue }
                        found[word] = "\(width)x\(height) journey \(i): \(line)"
                    }
                }
            }
        }
        XCTAssertEqual(found.keys.sorted(), [], found.sorted { $0.key < $1.key }.map { "\($0.key) — \($0.value)" }.joined(separator: "\n"))
    }

    /// Confirmations and refusals in the status line and forms, and the core's errors, in Chinese.
    func testConfirmationsRefusalsAndErrorsInChinese() throws {
        let library = try AppFixture.library()
        let (runner, t) = try AppFixture.run(width: 80, height: 24, language: .zhHans, keys: [.enter, .char("c")], database: library)
        AppFixture.press(
            runner, t, AppFixture.keys("电话回访") + [.tab, .char("p"), .tab, .tab, .tab, .tab] + AppFixture.keys("2026-11-31") + [.ctrl("s")])
        XCTAssertEqual(runner.state.form?.error, "“2026-11-31”不是日期：请用 年-月-日（如 2026-12-01）")
        AppFixture.press(runner, t, Array(repeating: .backspace, count: 10) + [.ctrl("s")])
        XCTAssertEqual(runner.state.message, "已记录与 张三丰 的联系")

        let (db, staff) = library
        let actor = Actor(staff: staff, now: AppFixture.now)
        func zh(_ body: () throws -> Void) -> String {
            do { try body(); return "" } catch { return Words.error(error, .zhHans) }
        }
        XCTAssertEqual(zh { _ = try db.setTicketStatus(actor, id: 4, to: .resolved) }, "工单 #4 已是已解决")
        XCTAssertEqual(zh { _ = try db.setTicketStatus(actor, id: 4, to: .new) }, "工单 #4 为已解决，只能改为已关闭、处理中，不能改为新建")
        XCTAssertEqual(
            zh {
                var f = ReaderFields(); f.email = "bad"; _ = try db.updateReader(actor, card: "2026001", fields: f)
            },
            "“bad”不是有效的邮箱地址")
        XCTAssertEqual(zh { _ = try db.commentTicket(actor, id: 1, text: " ", internal: false) }, "内容不能为空")
        XCTAssertEqual(zh { _ = try db.ticketDetail(id: 99) }, "没有工单 #99")
        XCTAssertEqual(zh { _ = try db.reader(actor, card: "0000") }, "没有卡号为 0000 的读者")
    }
}
