import Foundation

/// The encodings of RFC 2045–2047 both ways: base64, quoted-printable and encoded-words.
/// Readers' names and subjects are Chinese, so every header and body must survive any mail path.
public enum MIMEEncoding {
    /// `=?UTF-8?B?…?=` words for text that is not plain printable ASCII, each at most 75 characters
    /// and split on character boundaries (a Chinese character's bytes never straddle two words).
    public static func encodedWords(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var words: [String] = [], chunk: [UInt8] = []
        for ch in text {
            let bytes = Array(String(ch).utf8)
            // 45 bytes make 60 base64 characters: with the 12 of the wrapping, under 75.
            if chunk.count + bytes.count > 45 { words.append(word(chunk)); chunk = [] }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=" }

    /// A mailbox header value: `Name <addr>`, the name quoted or encoded as needed.
    public static func mailbox(name: String?, address: String) -> String {
        guard let name, !name.isEmpty else { return address }
        let plain = name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if plain {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(address)>"
        }
        return encodedWords(name) + " <\(address)>"
    }

    /// Quoted-printable (RFC 2045 §6.7) with CRLF line ends and soft breaks under 76 characters.
    public static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            var width = 0
            let bytes = Array(line.utf8)
            for (i, b) in bytes.enumerated() {
                let last = i == bytes.count - 1
                let literal = (b >= 33 && b <= 126 && b != 61) || ((b == 32 || b == 9) && !last)
                let piece: [UInt8] = literal ? [b] : [61, hex[Int(b >> 4)], hex[Int(b & 15)]]
                if width + piece.count > 75 { out += [61, 13, 10]; width = 0 }
                out += piece
                width += piece.count
            }
            if n < lines.count - 1 { out += [13, 10] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decodeQuotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 61 {  // '='
                if i + 1 < bytes.count, bytes[i + 1] == 10 { i += 2; continue }  // soft break (LF)
                if i + 2 < bytes.count, bytes[i + 1] == 13, bytes[i + 2] == 10 { i += 3; continue }  // soft break (CRLF)
                if i + 2 < bytes.count, let h = hexValue(bytes[i + 1]), let l = hexValue(bytes[i + 2]) {
                    out.append(h << 4 | l); i += 3; continue
                }
            }
            out.append(b)
            i += 1
        }
        return out
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }

    /// Base64 that skips line breaks and anything else outside the alphabet, as mail needs.
    public static func decodeBase64(_ bytes: [UInt8]) -> [UInt8]? {
        let kept = bytes.filter { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 43 || $0 == 47 }
        var text = String(decoding: kept, as: UTF8.self)
        while text.utf8.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text).map { [UInt8]($0) }
    }

    /// Base64 in lines of 76 characters.
    public static func base64Lines(_ bytes: [UInt8]) -> String {
        let s = Data(bytes).base64EncodedString()
        var lines: [Substring] = [], i = s.startIndex
        while i < s.endIndex {
            let j = s.index(i, offsetBy: 76, limitedBy: s.endIndex) ?? s.endIndex
            lines.append(s[i..<j]); i = j
        }
        return lines.joined(separator: "\r\n")
    }

    /// Decodes every encoded-word in a header value; whitespace between two words goes (RFC 2047 §6.2).
    public static func decodeHeader(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var out = "", rest = Substring(value), lastWasWord = false, pendingSpace = ""
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            guard let decoded = parseWord(rest[start.lowerBound...]) else {
                out += pendingSpace + before + "=?"; pendingSpace = ""; lastWasWord = false
                rest = rest[start.upperBound...]; continue
            }
            if !(lastWasWord && before.allSatisfy(\.isWhitespace)) { out += pendingSpace + before }
            pendingSpace = ""
            out += decoded.text
            lastWasWord = true
            rest = rest[decoded.end...]
        }
        return out + pendingSpace + rest
    }

    private static func parseWord(_ s: Substring) -> (text: String, end: Substring.Index)? {
        // =?charset?enc?text?=
        let parts = s.dropFirst(2)
        guard let q1 = parts.firstIndex(of: "?") else { return nil }
        let charset = parts[..<q1]
        let afterCharset = parts[parts.index(after: q1)...]
        guard let q2 = afterCharset.firstIndex(of: "?") else { return nil }
        let enc = afterCharset[..<q2].uppercased()
        let payload = afterCharset[afterCharset.index(after: q2)...]
        guard let endMark = payload.range(of: "?=") else { return nil }
        let raw = Array(payload[..<endMark.lowerBound].utf8)
        guard !raw.contains(32) else { return nil }
        let bytes: [UInt8]?
        switch enc {
        case "B": bytes = decodeBase64(raw)
        case "Q": bytes = decodeQuotedPrintable(raw.map { $0 == 95 ? 32 : $0 })  // '_' is a space
        default: bytes = nil
        }
        // RFC 2231 language tags ride on the charset: UTF-8*zh
        let name = String(charset.split(separator: "*").first ?? "")
        guard let bytes, let text = MailCharset.decode(bytes, charset: name) else { return nil }
        return (text, endMark.upperBound)
    }
}
