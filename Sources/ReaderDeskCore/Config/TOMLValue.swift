/// One TOML value on one line, as text: a basic string (escapes undone), a literal string, or a
/// bare token (a number, a boolean, a date). What follows it may only be a `# comment`.
enum TOMLValue {
    struct Failure: Error {
        let message: String
        var phrase: Phrase
    }

    static func scalar(_ s: [Unicode.Scalar]) -> Result<String, Failure> {
        var i = 0
        func skipSpace() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }
        skipSpace()
        guard i < s.count, s[i] != "#" else {
            return .failure(Failure(message: "a value is missing after '='", phrase: Phrase("error.config.noValue")))
        }
        var value = ""
        if s[i] == "\"" || s[i] == "'" {
            let quote = s[i]
            i += 1
            var closed = false
            while i < s.count {
                let c = s[i]
                if c == quote { closed = true; i += 1; break }
                if quote == "\"", c == "\\" {
                    guard i + 1 < s.count else { break }
                    let e = s[i + 1]
                    i += 2
                    switch e {
                    case "\"": value += "\""
                    case "\\": value += "\\"
                    case "n": value += "\n"
                    case "t": value += "\t"
                    case "r": value += "\r"
                    case "b": value += "\u{8}"
                    case "f": value += "\u{C}"
                    case "u", "U":
                        let width = e == "u" ? 4 : 8
                        guard i + width <= s.count, let code = UInt32(String(String.UnicodeScalarView(s[i..<(i + width)])), radix: 16),
                            let scalar = Unicode.Scalar(code)
                        else {
                            return .failure(Failure(message: "a bad \\\(e) escape", phrase: Phrase("error.config.badEscape", [String(e)])))
                        }
                        value.unicodeScalars.append(scalar)
                        i += width
                    default:
                        return .failure(
                            Failure(
                                message: "an unknown escape \\\(e) in a string", phrase: Phrase("error.config.unknownEscape", [String(e)])))
                    }
                    continue
                }
                value.unicodeScalars.append(c)
                i += 1
            }
            guard closed else {
                return .failure(Failure(message: "a string is not closed on its line", phrase: Phrase("error.config.unclosed")))
            }
        } else {
            while i < s.count, s[i] != " ", s[i] != "\t", s[i] != "#" { value.unicodeScalars.append(s[i]); i += 1 }
            let allowed = value.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-_.:".unicodeScalars.contains($0)
            }
            guard allowed else {
                return .failure(
                    Failure(message: "'\(value)' is not a TOML value: put text in quotes", phrase: Phrase("error.config.notValue", [value]))
                )
            }
        }
        skipSpace()
        guard i == s.count || s[i] == "#" else {
            return .failure(
                Failure(message: "unexpected text after the value: start a comment with #", phrase: Phrase("error.config.afterValue")))
        }
        return .success(value)
    }
}

extension Result where Failure == TOMLValue.Failure {
    func mapError(_ make: (String, Phrase) -> ReaderDeskError) throws -> Success {
        switch self {
        case .success(let v): return v
        case .failure(let f): throw make(f.message, f.phrase)
        }
    }
}
