import Foundation

/// An attachment as intake records it: its name and size only, never its content.
public struct MailAttachment: Sendable, Equatable {
    public var name: String
    public var bytes: Int
}

/// One RFC 5322 message, decoded: the headers intake needs, the text, the attachments.
public struct ParsedMail: Sendable {
    public var headers: [(name: String, value: String)]
    public var fromAddress: String
    public var fromName: String?
    public var subject: String
    public var messageId: String?
    /// In-Reply-To and References, each `<id>` without the angle brackets.
    public var inReplyTo: [String]
    public var text: String
    public var attachments: [MailAttachment]

    /// The first value of a header, encoded-words decoded.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map { MIMEEncoding.decodeHeader($0.value) }
    }

    /// Mail a machine sent on its own (vacation notices, bounces, lists): never answered (RFC 3834).
    public var isAutomatic: Bool {
        if let a = header("Auto-Submitted")?.trimmingCharacters(in: .whitespaces).lowercased(), !a.isEmpty, !a.hasPrefix("no") {
            return true
        }
        if let p = header("Precedence")?.trimmingCharacters(in: .whitespaces).lowercased(), ["bulk", "junk", "list"].contains(p) {
            return true
        }
        if header("X-Autoreply") != nil || header("X-Autorespond") != nil { return true }
        let from = fromAddress.lowercased()
        return from.hasPrefix("mailer-daemon@") || from.hasPrefix("postmaster@") || from.isEmpty
    }
}

/// Reads a message from its bytes. Refuses, with one line, what is not a message at all.
public enum MailParser {
    public static func parse(_ bytes: [UInt8]) throws -> ParsedMail {
        let (headerBytes, body) = split(bytes)
        let headers = parseHeaders(headerBytes)
        guard !headers.isEmpty, headers.contains(where: { $0.name.caseInsensitiveCompare("From") == .orderedSame }) else {
            throw ReaderDeskError.invalid("not a mail message: no From header", Phrase("error.mail.noFrom"))
        }
        let from = headers.first { $0.name.caseInsensitiveCompare("From") == .orderedSame }!.value
        guard let (name, address) = parseMailbox(MIMEEncoding.decodeHeader(from)) else {
            throw ReaderDeskError.invalid("not a mail message: the From header holds no address", Phrase("error.mail.fromNoAddress"))
        }
        var mail = ParsedMail(
            headers: headers, fromAddress: address, fromName: name, subject: "", messageId: nil,
            inReplyTo: [], text: "", attachments: [])
        mail.subject = Sanitizer.singleLine(mail.header("Subject") ?? "").trimmingCharacters(in: .whitespaces)
        mail.messageId = mail.header("Message-ID").flatMap { ids($0).first }
        mail.inReplyTo = ids((mail.header("In-Reply-To") ?? "") + " " + (mail.header("References") ?? ""))
        var texts: [(plain: Bool, text: String)] = []
        try walk(headers: headers, body: body, into: &texts, attachments: &mail.attachments)
        mail.text = (texts.first(where: \.plain) ?? texts.first)?.text ?? ""
        return mail
    }

    /// Headers and body split at the first empty line (CRLF or LF).
    static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 10 {
                if i + 1 < bytes.count, bytes[i + 1] == 10 { return (Array(bytes[..<i]), Array(bytes[(i + 2)...])) }
                if i + 2 < bytes.count, bytes[i + 1] == 13, bytes[i + 2] == 10 { return (Array(bytes[..<i]), Array(bytes[(i + 3)...])) }
            }
            i += 1
        }
        return (bytes, [])
    }

    /// Unfolded headers. Raw 8-bit header bytes (against the RFC, but common) are read as
    /// UTF-8 or else GB18030. A line that is no header ends the block.
    static func parseHeaders(_ bytes: [UInt8]) -> [(name: String, value: String)] {
        let text = MailCharset.decode(bytes, charset: "") ?? String(decoding: bytes, as: UTF8.self)
        var out: [(name: String, value: String)] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let raw = line.hasSuffix("\r") ? line.dropLast() : line
            if raw.first == " " || raw.first == "\t" {
                guard !out.isEmpty else { return [] }
                out[out.count - 1].value += " " + raw.trimmingCharacters(in: .whitespacesAndNewlines)
                continue
            }
            if out.isEmpty, raw.hasPrefix("From ") { continue }  // mbox separator
            guard let colon = raw.firstIndex(of: ":"), colon != raw.startIndex,
                raw[..<colon].allSatisfy({ $0.isASCII && $0 != " " && !$0.isWhitespace && $0.asciiValue! > 32 })
            else { return out.isEmpty ? [] : out }
            out.append((String(raw[..<colon]), raw[raw.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return out
    }

    /// `Name <a@b>`, `"Name" <a@b>`, `a@b (Name)` or `a@b`; the address lower-cased.
    static func parseMailbox(_ value: String) -> (String?, String)? {
        var name: String?, address: String
        if let lt = value.lastIndex(of: "<"), let gt = value[lt...].firstIndex(of: ">") {
            address = String(value[value.index(after: lt)..<gt])
            let n = value[..<lt].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            name = n.isEmpty ? nil : Sanitizer.singleLine(n)
        } else {
            address = String(value.split(separator: " ").first ?? "")
        }
        address = address.trimmingCharacters(in: .whitespaces).lowercased()
        guard address.contains("@"), address.count <= 254, !address.contains(where: { $0.isWhitespace || $0.isNewline }) else { return nil }
        return (name, address)
    }

    /// Message ids in a header, without their angle brackets.
    static func ids(_ value: String) -> [String] {
        var out: [String] = []
        var rest = Substring(value)
        while let lt = rest.firstIndex(of: "<"), let gt = rest[lt...].firstIndex(of: ">") {
            let id = rest[rest.index(after: lt)..<gt]
            if !id.isEmpty, id.count <= 250 { out.append(String(id)) }
            rest = rest[rest.index(after: gt)...]
        }
        return out
    }

    /// `type/subtype; a=b; c="d"` → ("type/subtype", [a: b, c: d]); parameter names lower-cased.
    static func contentParameters(_ value: String) -> (String, [String: String]) {
        var parts: [String] = [], current = "", quoted = false
        for ch in value {
            if ch == "\"" { quoted.toggle(); continue }
            if ch == ";" && !quoted { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        parts.append(current)
        var params: [String: String] = [:]
        for p in parts.dropFirst() {
            guard let eq = p.firstIndex(of: "=") else { continue }
            var key = p[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var v = p[p.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            // RFC 2231: filename*=UTF-8''%E4%BD%A0.pdf
            if key.hasSuffix("*") {
                key.removeLast()
                let segments = v.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if segments.count == 3, let decoded = segments[2].removingPercentEncoding { v = decoded }
            }
            params[key] = MIMEEncoding.decodeHeader(v)
        }
        return (parts[0].trimmingCharacters(in: .whitespaces).lowercased(), params)
    }

    /// Collects the text parts (plain ones marked) and lists the attachments of one part, recursively.
    static func walk(
        headers: [(name: String, value: String)], body: [UInt8], into texts: inout [(plain: Bool, text: String)],
        attachments: inout [MailAttachment], depth: Int = 0
    ) throws {
        func h(_ n: String) -> String? { headers.first { $0.name.caseInsensitiveCompare(n) == .orderedSame }?.value }
        let (type, params) = contentParameters(h("Content-Type") ?? "text/plain")
        let (disposition, dparams) = contentParameters(h("Content-Disposition") ?? "")
        if type.hasPrefix("multipart/"), let boundary = params["boundary"], !boundary.isEmpty, depth < 10 {
            for part in parts(body, boundary: boundary) {
                let (ph, pb) = split(part)
                try walk(headers: parseHeaders(ph), body: pb, into: &texts, attachments: &attachments, depth: depth + 1)
            }
            return
        }
        let decoded = decodeTransfer(body, h("Content-Transfer-Encoding"))
        let filename = dparams["filename"] ?? params["name"]
        if disposition == "attachment" || filename != nil || !(type == "text/plain" || type == "text/html") {
            let name = Sanitizer.singleLine(filename ?? type)
            attachments.append(MailAttachment(name: name, bytes: decoded.count))
            return
        }
        let charset = params["charset"] ?? ""
        guard let text = MailCharset.decode(decoded, charset: charset) else {
            throw ReaderDeskError.invalid(
                "the \(type) part is not valid \(charset.isEmpty ? "text" : charset)",
                Phrase("error.mail.badPart", [type, charset.isEmpty ? "text" : charset]))
        }
        let lf = text.replacingOccurrences(of: "\r\n", with: "\n")
        texts.append((type == "text/plain", type == "text/html" ? HTMLText.plain(lf) : lf))
    }

    static func decodeTransfer(_ body: [UInt8], _ encoding: String?) -> [UInt8] {
        let e = (encoding ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if e == "base64" { return MIMEEncoding.decodeBase64(body) ?? body }
        if e == "quoted-printable" { return MIMEEncoding.decodeQuotedPrintable(body) }
        return body
    }

    /// The parts between `--boundary` lines (the preamble and epilogue dropped).
    static func parts(_ body: [UInt8], boundary: String) -> [[UInt8]] {
        let marker = Array(("--" + boundary).utf8)
        var result: [[UInt8]] = [], start: Int? = nil, lineStart = 0
        while lineStart < body.count {
            var end = lineStart
            while end < body.count, body[end] != 10 { end += 1 }
            let line = body[lineStart..<end]
            if line.starts(with: marker) {
                if let s = start {
                    var e = lineStart
                    if e > s, body[e - 1] == 10 { e -= 1 }
                    if e > s, body[e - 1] == 13 { e -= 1 }
                    result.append(Array(body[s..<max(s, e)]))
                }
                if line.dropFirst(marker.count).starts(with: [45, 45]) { return result }  // closing --boundary--
                start = end + 1
            }
            lineStart = end + 1
        }
        if let s = start, s < body.count { result.append(Array(body[s...])) }  // no closing line
        return result
    }
}
