/// A first look at TOML text before TOMLKit parses it. toml++ (under TOMLKit) stops the whole
/// program with an assertion on a table header whose name does not start like a key (`[`, `[ .a]`,
/// `[#`, `[=` …), so such a line would kill the app, and an `/etc` file would kill it for
/// everyone. This finds those lines and names them; everything else is left to the real parser.
public enum TOMLCheck {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func firstProblem(_ text: String) -> Problem? {
        var multiline: String? = nil  // the closing quotes of an open """ or ''' string
        var depth = 0  // open [ or { inside a value (arrays and inline tables)
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(raw.unicodeScalars)
            var i = 0
            if multiline == nil, depth == 0 {
                while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
                if i < line.count, line[i] == "[" {
                    var j = i + 1
                    if j < line.count, line[j] == "[" { j += 1 }
                    while j < line.count, line[j] == " " || line[j] == "\t" { j += 1 }
                    guard j < line.count, isKeyStart(line[j]) else {
                        return Problem(line: n + 1, message: "a table header needs a name, as in [keys]")
                    }
                    continue  // a header's own brackets are not a value's
                }
            }
            var inValue = depth > 0
            while i < line.count {
                let c = line[i]
                if let close = multiline {
                    if match(line, i, close) { multiline = nil; i += 3 } else { i += (c == "\\" && close == "\"\"\"") ? 2 : 1 }
                    continue
                }
                if c == "#" { break }
                if match(line, i, "\"\"\"") || match(line, i, "'''") {
                    multiline = c == "\"" ? "\"\"\"" : "'''"; i += 3; continue
                }
                if c == "\"" || c == "'" {
                    i += 1
                    while i < line.count, line[i] != c { i += (c == "\"" && line[i] == "\\") ? 2 : 1 }
                    i += 1; continue
                }
                if c == "=" { inValue = true }
                if inValue, c == "[" || c == "{" { depth += 1 }
                if depth > 0, c == "]" || c == "}" { depth -= 1 }
                i += 1
            }
        }
        return nil
    }

    static func isKeyStart(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "\"" || c == "'" || c == "]"
    }

    static func match(_ line: [Unicode.Scalar], _ i: Int, _ s: String) -> Bool {
        let pattern = Array(s.unicodeScalars)
        return i + pattern.count <= line.count && Array(line[i..<(i + pattern.count)]) == pattern
    }
}
