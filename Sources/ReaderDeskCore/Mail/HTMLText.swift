import Foundation

/// HTML mail turned into plain text: tags dropped, blocks and breaks as new lines, the common
/// entities decoded, scripts and styles left out. Enough for a reader's question, not a renderer.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var out = "", i = html.startIndex, skipUntil: String? = nil
        let blocks: Set<String> = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol"]
        while i < html.endIndex {
            let ch = html[i]
            if ch == "<", let close = html[i...].firstIndex(of: ">") {
                let tag = html[html.index(after: i)..<close].lowercased()
                let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if let s = skipUntil {
                    if tag.hasPrefix("/") && name == s { skipUntil = nil }
                } else if name == "script" || name == "style" || name == "head" {
                    if !tag.hasSuffix("/") { skipUntil = name }
                } else if blocks.contains(name) {
                    if !out.hasSuffix("\n") { out += "\n" }
                }
                i = html.index(after: close)
                continue
            }
            if skipUntil == nil {
                if ch == "&", let semi = html[i...].prefix(10).firstIndex(of: ";"),
                    let e = entity(String(html[html.index(after: i)..<semi]))
                {
                    out.append(e)
                    i = html.index(after: semi)
                    continue
                }
                out.append(ch.isNewline ? " " : ch)
            }
            i = html.index(after: i)
        }
        // Collapse runs of spaces on each line and of blank lines.
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        var kept: [String] = []
        for l in lines where !(l.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(l) }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
                return Character(s)
            }
            if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) { return Character(s) }
            return nil
        }
    }
}
