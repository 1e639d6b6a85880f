import Foundation
import ReaderDeskCore
import XCTest

@testable import ReaderDeskWords

/// The core's errors are codes with arguments that the catalogue renders in both languages, and the
/// core names no command-line flag (the command line names its flags, the app its form fields).
/// Reads the repository's own sources, found from this file.
final class CoreErrorsTests: XCTestCase {
    static let core = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ReaderDeskCore")

    /// Each Swift file of the core with its text, comments left out line by line.
    static func coreSources() throws -> [(name: String, text: String)] {
        let files =
            FileManager.default.enumerator(at: core, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        XCTAssertGreaterThan(files.count, 50, "the core's sources are found from #filePath")
        return try files.map { url in
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            let code = lines.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            return (url.path.replacingOccurrences(of: core.path + "/", with: ""), code.joined(separator: "\n"))
        }
    }

    static func matches(_ pattern: String, _ text: String) -> [[String]] {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            (0..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    func testTheCoreNamesNoFlags() throws {
        for (name, text) in try Self.coreSources() {
            for literal in Self.matches(#""((?:[^"\\\n]|\\.)*)""#, text).map({ $0[1] }) {
                XCTAssertTrue(
                    Self.matches(#"(^|[\s'(])--[A-Za-z]"#, literal).isEmpty,
                    "\(name): \"\(literal)\" names a flag: give the field as Phrase.field and let the command line name it")
            }
        }
    }

    /// Every error code the core can raise (`"error.…"`, `"server.…"`) has a text in English and in Chinese.
    func testEveryErrorCodeIsInBothLanguages() throws {
        var codes = Set<String>()
        for (_, text) in try Self.coreSources() {
            codes.formUnion(Self.matches(#""((?:error|server)\.[A-Za-z][A-Za-z0-9.\-]*)""#, text).map { $0[1] })
        }
        XCTAssertGreaterThan(codes.count, 10)
        for code in codes.sorted() {
            let b = Words.phrases[code] ?? Words.errors[code]
            XCTAssertNotNil(b, "\(code) is not in the catalogue")
            guard let b else { continue }
            XCTAssertFalse(b.en.isEmpty || b.zh.isEmpty, code)
            XCTAssertNotEqual(b.en, b.zh, "\(code) has no Chinese")
        }
    }

    /// Every error the core makes carries a phrase (`ReaderDeskError(…, phrase:)`, `.invalid(…, Phrase(…))`,
    /// `ImportError(…, phrase:)` and the parsers' `fail(…, Phrase(…))`).
    func testEveryCoreErrorHasAPhrase() throws {
        var missing: [String] = []
        for (name, text) in try Self.coreSources()
        where !name.hasSuffix("Support/ReaderDeskError.swift") && !name.hasSuffix("Import/ImportError.swift") {
            let chars = Array(text)
            let re = try NSRegularExpression(
                pattern:
                    #"(?<![A-Za-z])(ReaderDeskError|ReaderDeskError\.invalid|ReaderDeskError\.notFound|ReaderDeskError\.forbidden|\.invalid|\.notFound|\.forbidden|ImportError|fail)\("#
            )
            for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                // The call's arguments, up to its closing parenthesis.
                var i = text.distance(from: text.startIndex, to: Range(m.range, in: text)!.upperBound), depth = 1
                let start = i
                while i < chars.count, depth > 0 {
                    if chars[i] == "(" { depth += 1 } else if chars[i] == ")" { depth -= 1 }
                    i += 1
                }
                let arguments = String(chars[start..<max(start, i - 1)])
                if !arguments.contains("Phrase(") && !arguments.contains("phrase:") && !arguments.contains("Phrase.") {
                    let line = text[..<Range(m.range, in: text)!.lowerBound].filter { $0 == "\n" }.count + 1
                    missing.append("\(name):\(line)")
                }
            }
        }
        XCTAssertEqual(missing, [], "errors with no phrase: the app would show them in English")
    }

    /// The command line's English is the catalogue's: a field is named by its flag there.
    func testFieldsAreNamedByEachInterface() {
        let e = ReaderDeskError.invalid("cell must be 1 to 6, not 9", Phrase("error.field.range", [Phrase.field("cell"), "1", "6", "9"]))
        let flags: Words.FieldNamer = { raw, _ in raw == "cell" ? "--cell" : raw }
        XCTAssertEqual(Words.error(e, .en, fields: flags), "--cell must be 1 to 6, not 9")
        XCTAssertEqual(Words.error(e, .en), "Matrix cell must be 1 to 6, not 9")
        XCTAssertEqual(Words.error(e, .zhHans), "矩阵格应在 1 到 6 之间，而不是 9")
    }
}
