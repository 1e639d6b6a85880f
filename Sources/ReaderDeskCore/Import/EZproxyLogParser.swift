/// One request line of an EZproxy log. Transient: ReaderDesk keeps neither the
/// address nor the URL, only the service-level event the sessionizer makes of it.
public struct EZproxyRequest: Equatable, Sendable {
    public var clientAddress: String
    /// `%u`: the reader's card (or login), `-` when nobody was logged in.
    public var user: String
    /// Unix epoch seconds.
    public var time: Int64
    public var method: String
    /// Lowercased host of the proxied URL without its port; nil for a relative URL
    /// (a request to EZproxy itself).
    public var host: String?
    /// The URL path without its query, used only to recognise EZproxy's own pages.
    public var path: String
    public var status: Int
    /// nil when logged as `-`.
    public var bytes: Int?
    public var line: Int
}

/// Reads EZproxy logs in the default `LogFormat %h %l %u %t "%r" %s %b`, line by line.
/// A file whose first non-empty line does not fit is refused; later lines that
/// do not fit are collected in `errors` and skipped.
public struct EZproxyLogParser: Sendable {
    public static let logFormat = "%h %l %u %t \"%r\" %s %b"

    public let file: String
    public private(set) var errors: [ImportError] = []
    private let bytes: [UInt8]
    private var position = 0
    private var line = 0
    private var seenOne = false

    /// How far reading has got, in bytes: for progress bars.
    public var offset: Int { min(position, bytes.count) }

    public init(bytes: [UInt8], file: String = "") {
        self.bytes = bytes
        self.file = file
    }

    /// Reads a whole log; fine for tests and modest files.
    public static func parse(_ bytes: [UInt8], file: String = "") throws(ImportError) -> ImportResult<EZproxyRequest> {
        var parser = EZproxyLogParser(bytes: bytes, file: file)
        var result = ImportResult<EZproxyRequest>()
        while let request = try parser.next() { result.rows.append(request) }
        result.errors = parser.errors
        return result
    }

    public mutating func next() throws(ImportError) -> EZproxyRequest? {
        while position < bytes.count {
            let start = position
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            position = end + 1  // the last line may lack its newline
            line += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if bytes[start..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if let request = Self.request(bytes[start..<lineEnd], line: line) {
                seenOne = true
                return request
            }
            if !seenOne {
                throw ImportError(
                    file: file, line: line,
                    "not an EZproxy log in the default LogFormat \(Self.logFormat)",
                    phrase: Phrase("error.import.notEZproxy", [Self.logFormat]))
            }
            errors.append(
                ImportError(
                    file: file, line: line, "line does not fit LogFormat \(Self.logFormat)",
                    phrase: Phrase("error.import.logFormat", [Self.logFormat])))
        }
        return nil
    }

    static func request(_ b: ArraySlice<UInt8>, line: Int) -> EZproxyRequest? {
        func text(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        func word(from i: Int) -> Range<Int>? {
            guard let space = b[i...].firstIndex(of: 0x20), space > i else { return nil }
            return i..<space
        }
        // %h %l %u
        guard let host = word(from: b.startIndex), let ident = word(from: host.upperBound + 1),
            let user = word(from: ident.upperBound + 1)
        else { return nil }
        // %t
        let open = user.upperBound + 1
        guard open < b.endIndex, b[open] == 0x5B, let close = b[open...].firstIndex(of: 0x5D),
            let time = Self.time(Array(b[(open + 1)..<close])),
            close + 2 < b.endIndex, b[close + 1] == 0x20, b[close + 2] == 0x22
        else { return nil }
        // %s %b from the end, so that quotes inside the request cannot mislead.
        guard let lastSpace = b.lastIndex(of: 0x20), lastSpace > close,
            let statusSpace = b[..<lastSpace].lastIndex(of: 0x20), statusSpace > close + 3,
            b[statusSpace - 1] == 0x22
        else { return nil }
        let statusText = text((statusSpace + 1)..<lastSpace), sizeText = text((lastSpace + 1)..<b.endIndex)
        guard statusText.utf8.count == 3, let status = Int(statusText), statusText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        var size: Int?
        if sizeText != "-" {
            guard !sizeText.isEmpty, sizeText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(sizeText) else { return nil }
            size = n
        }
        // %r: METHOD URL [PROTOCOL]
        let request = text((close + 3)..<(statusSpace - 1)).split(separator: " ", omittingEmptySubsequences: true)
        guard request.count == 2 || request.count == 3 else { return nil }
        let (urlHost, path) = Self.hostAndPath(request[1])
        return EZproxyRequest(
            clientAddress: text(host), user: text(user), time: time, method: String(request[0]),
            host: urlHost, path: path, status: status, bytes: size, line: line)
    }

    /// `http://www.sciencedirect.com:80/science?x` → ("www.sciencedirect.com", "/science").
    static func hostAndPath(_ url: Substring) -> (String?, String) {
        var rest = url
        if let scheme = rest.range(of: "://"), rest[..<scheme.lowerBound].allSatisfy({ $0.isLetter }) {
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("/") {
            return (nil, String(rest.prefix { $0 != "?" && $0 != "#" }))
        }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let path = rest[authority.endIndex...].prefix { $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let hostName =
            authority.hasPrefix("[")
            ? authority.prefix { $0 != "]" }.dropFirst()
            : authority.prefix { $0 != ":" }
        return (hostName.isEmpty ? nil : hostName.lowercased(), path.isEmpty ? "/" : String(path))
    }

    /// `30/Nov/2012:00:13:10 +0100` → Unix seconds.
    static func time(_ b: [UInt8]) -> Int64? {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard b.count == 26, b[2] == 0x2F, b[6] == 0x2F, b[11] == 0x3A, b[14] == 0x3A, b[17] == 0x3A, b[20] == 0x20,
            let day = ImportTime.number(b, 0, 2), let year = ImportTime.number(b, 7, 4),
            let month = months.firstIndex(of: String(decoding: b[3..<6], as: UTF8.self)).map({ $0 + 1 }),
            ImportTime.isValidDate(year: year, month: month, day: day),
            let hh = ImportTime.number(b, 12, 2), let mm = ImportTime.number(b, 15, 2),
            let ss = ImportTime.number(b, 18, 2), hh < 24, mm < 60, ss < 61,
            b[21] == 0x2B || b[21] == 0x2D, let oh = ImportTime.number(b, 22, 2),
            let om = ImportTime.number(b, 24, 2), om < 60
        else { return nil }
        let local =
            ImportTime.daysSinceEpoch(year: year, month: month, day: day) * 86_400
            + Int64(hh * 3600 + mm * 60 + ss)
        let offset = Int64(oh * 3600 + om * 60)
        return b[21] == 0x2B ? local - offset : local + offset
    }
}
