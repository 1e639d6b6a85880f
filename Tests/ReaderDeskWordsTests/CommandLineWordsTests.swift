import Foundation
import ReaderDeskCore
import XCTest

@testable import ReaderDeskWords

/// The command line prints no English of its own: its lines, headings and labels are catalogue
/// entries (`Words.Line`, `Words.Column`), in both languages. Reads the repository's sources.
final class CommandLineWordsTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each Swift file under `folder` with its text, comment lines left out.
    static func sources(_ folder: String) throws -> [(name: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        let files =
            FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { url in
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            let code = lines.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            return (url.lastPathComponent, code.joined(separator: "\n"))
        }
    }

    /// The text between the parenthesis that ends at `start` and its closing one.
    static func arguments(_ chars: [Character], from start: Int) -> String {
        var i = start, depth = 1, inString = false
        while i < chars.count, depth > 0 {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count { i += 2; continue }
            if c == "\"" { inString.toggle() } else if !inString { depth += c == "(" ? 1 : c == ")" ? -1 : 0 }
            i += 1
        }
        return String(chars[start..<max(start, i - 1)])
    }

    /// The string literals of `code` with their interpolations taken out.
    static func literals(_ code: String) -> [String] {
        var out: [String] = [], current = "", inString = false, depth = 0
        let chars = Array(code)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inString && depth == 0 {
                if c == "\\", i + 1 < chars.count, chars[i + 1] == "(" { depth = 1; i += 2; continue }
                if c == "\\" { current.append(c); if i + 1 < chars.count { current.append(chars[i + 1]) }; i += 2; continue }
                if c == "\"" { out.append(current); current = ""; inString = false } else { current.append(c) }
            } else if inString {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if c == "\"" {
                inString = true
            }
            i += 1
        }
        return out
    }

    /// A literal without its escapes (`\n`, `\u{1B}`) and number formats (`%.1f`): what is left to read.
    static func words(_ literal: String) -> String {
        let noEscapes = literal.replacingOccurrences(of: #"\\(u\{[0-9A-Fa-f]+\}|.)"#, with: "", options: .regularExpression)
        return noEscapes.replacingOccurrences(of: #"%[-0-9.]*[dfs@]"#, with: "", options: .regularExpression)
    }

    /// What a person reads is not written in English in the command line's sources: `print`,
    /// `Output.table`, `Output.fields` and messages written to stderr take catalogue entries.
    /// JSON and CSV go through encoders; `--help` texts are arguments of the parser, not printed here.
    func testTheCommandLinePrintsNoEnglishLiterals() throws {
        let sources = try Self.sources("Sources/readerdesk")
        XCTAssertGreaterThan(sources.count, 30, "the command line's sources are found from #filePath")
        let calls = try NSRegularExpression(pattern: #"(?<![A-Za-z.])(print|Output\.table|Output\.fields|standardError\.write)\("#)
        // The program's name, names that are the same in both languages, and dictionary keys.
        let allowed: Set<String> = ["readerdesk: ", "7P", "中文", "English", "staff", "reader"]
        var english: [String] = []
        for (name, text) in sources {
            let chars = Array(text)
            for m in calls.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let start = text.distance(from: text.startIndex, to: Range(m.range, in: text)!.upperBound)
                for literal in Self.literals(Self.arguments(chars, from: start))
                where !allowed.contains(literal) && Self.words(literal).contains(where: { $0.isASCII && $0.isLetter }) {
                    english.append("\(name): \"\(literal)\"")
                }
            }
        }
        XCTAssertEqual(english, [], "English the command line prints: put it in WordsCommandLine.swift")
    }

    /// Every entry of the command line's catalogue has both languages, and the Chinese is Chinese
    /// (or, for a code the library uses as is, the same).
    func testEveryCommandLineEntryIsInBothLanguages() throws {
        let sameInBoth: Set<String> = ["COUNTER", "— %@", " — %@"]
        var checked = 0
        for (name, text) in try Self.sources("Sources/ReaderDeskWords") where name == "WordsCommandLine.swift" {
            let pairs = CoreErrorsTests.matches(#"Bilingual\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)"#, text)
            for p in pairs {
                checked += 1
                XCTAssertFalse(p[1].isEmpty || p[2].isEmpty, p[0])
                guard !sameInBoth.contains(p[1]) else { continue }
                let hasLetters = p[1].replacingOccurrences(of: "%@", with: "").contains { $0.isLetter }
                if hasLetters { XCTAssertNotEqual(p[1], p[2], "\(p[1]) has no Chinese") }
                // The same placeholders in both (positional ones count as theirs).
                func count(_ s: String) -> Int { CoreErrorsTests.matches(#"%(\d\$)?[d@]"#, s).count }
                XCTAssertEqual(count(p[1]), count(p[2]), "placeholders differ: \(p[0])")
            }
        }
        XCTAssertGreaterThan(checked, 150)
        XCTAssertEqual(Words.Line.weekdays.count, 7)
    }

    /// The catalogue's English of a matrix cell is the core's, and every setting's help has Chinese.
    func testCellsAndSettingsAreInTheCatalogue() {
        for info in MatrixCellInfo.all {
            XCTAssertEqual(Words.Line.cellTitles[info.cell]?.en, info.title)
            XCTAssertEqual(Words.Line.cellObjects[info.object]?.en, info.object)
            XCTAssertEqual(Words.Line.cellPurposes[info.purpose]?.en, info.purpose)
        }
        for s in SettingsCatalog.all {
            XCTAssertEqual(Words.settingHelp(s.key, english: s.help, .en), s.help)
            XCTAssertNotEqual(Words.settingHelp(s.key, english: s.help, .zhHans), s.help, "\(s.key) has no Chinese help")
        }
    }

    func testLinesFillInBothOrders() {
        XCTAssertEqual(
            Words.format(Words.Line.todayHeading, .en, "2026-10-05", "lin", 3, 20, 1),
            "Today 2026-10-05 for lin: 3 of capacity 20; backlog 1")
        XCTAssertEqual(
            Words.format(Words.Line.contactLogged, .zhHans, "12", "2026001"), "已记录与 2026001 的联系 12")
        XCTAssertEqual(
            Words.format(Words.Line.progress, .en, "importing readers", "██", 50, "1,000", "900", "0:01"),
            "importing readers ██ 50%  1,000 rows  900 rows/s  0:01 left")
    }
}
