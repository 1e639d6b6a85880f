/// An RFC 4180 reader over UTF-8 bytes that hands out one record at a time.
///
/// It works on bytes and copies each record's fields into one reused buffer, so a
/// usage file of millions of rows costs no per-character String building; Strings
/// are made per field only when asked for. Broken quoting is a file-level error
/// (thrown), because nothing after it can be trusted.
public struct CSVReader: Sendable {
    public let file: String
    public let separator: UInt8
    public let maxFieldBytes: Int
    /// When false, `"` is an ordinary character (tab-separated COUNTER files).
    public let quoting: Bool

    /// The text read so far and not yet handed out (all of it, for bytes given whole).
    private var bytes: [UInt8]
    private var position: Int
    /// Where more text comes from; nil once `bytes` reaches the end of the input.
    private var text: ImportText?
    /// Offset of `bytes` in the whole text, and the input's size, for progress.
    private var base = 0
    private var total: Int
    private var line = 1
    private var buffer: [UInt8] = []
    private var ends: [Int] = []

    public init(
        bytes: [UInt8], file: String = "", separator: UInt8 = UInt8(ascii: ","),
        maxFieldBytes: Int = 64 * 1024, quoting: Bool = true
    ) {
        self.bytes = bytes
        self.file = file
        self.separator = separator
        self.maxFieldBytes = maxFieldBytes
        self.quoting = quoting
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        total = bytes.count
    }

    /// Reads `text` a block at a time: a record is complete in memory when handed out, the
    /// file never is.
    init(text: ImportText, file: String) {
        self.init(bytes: [], file: file)
        self.text = text.isAtEnd ? nil : text
        total = text.input.byteCount
    }

    /// How far reading has got, in bytes: for progress bars.
    public var offset: Int { min(base + position, total) }
    public var byteCount: Int { total }

    /// Reads the first record as the header row.
    public mutating func header() throws(ImportError) -> CSVHeader {
        guard let record = try next() else {
            throw ImportError(file: file, line: 1, "the file is empty: no header row", phrase: Phrase("error.import.empty"))
        }
        return try CSVHeader(record, file: file)
    }

    /// The next record, or nil at the end. Blank lines are skipped.
    public mutating func next() throws(ImportError) -> CSVRecord? {
        // Take the buffers out of self so that they stay uniquely referenced.
        var buffer = self.buffer, ends = self.ends
        self.buffer = []; self.ends = []
        defer { self.buffer = buffer; self.ends = ends }
        while true {
            buffer.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            let (start, startLine) = (position, line)
            let bytes = self.bytes, final = text == nil
            let outcome = bytes.withUnsafeBufferPointer { p in
                scan(p, final: final, into: &buffer, ends: &ends)
            }
            switch outcome {
            case .end: return nil
            case .failure(let error): throw error
            case .record(let startLine): return CSVRecord(line: startLine, storage: buffer, ends: ends)
            case .needMore:
                // The record runs past what has been read: read on, and scan it again from its start.
                position = start
                line = startLine
                try readMore()
            }
        }
    }

    private mutating func readMore() throws(ImportError) {
        guard var text else { return }
        let block = try text.next()
        self.text = text.isAtEnd ? nil : text
        var kept = Array(bytes[position...])
        base += position
        position = 0
        if let block { kept.append(contentsOf: block) }
        bytes = kept
    }

    /// `needMore`: the bytes end inside a record (or a line break) and more may follow.
    private enum Outcome { case record(Int), end, failure(ImportError), needMore }

    private static let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// `final`: `p` runs to the end of the input. When it does not, anything that depends on
    /// the bytes after `p` answers `needMore` instead.
    private mutating func scan(
        _ p: UnsafeBufferPointer<UInt8>, final: Bool, into buffer: inout [UInt8],
        ends: inout [Int]
    ) -> Outcome {
        let n = p.count, sep = separator, quote = Self.quote, cr = Self.cr, lf = Self.lf
        var i = position
        while i < n, p[i] == lf || p[i] == cr {
            if p[i] == cr, i + 1 >= n, !final { return .needMore }
            if p[i] == cr, i + 1 < n, p[i + 1] == lf { i += 1 }
            i += 1; line += 1
        }
        position = i
        if i >= n { return final ? .end : .needMore }
        let startLine = line
        func fail(_ message: String, _ phrase: Phrase, line: Int) -> Outcome {
            .failure(ImportError(file: file, line: line, message, phrase: phrase))
        }
        while true {
            let fieldStart = buffer.count
            let fieldNumber = ends.count + 1
            if quoting, i < n, p[i] == quote {
                let openedOn = line
                i += 1
                while true {
                    var j = i
                    while j < n, p[j] != quote {
                        if p[j] == lf || (p[j] == cr && (j + 1 >= n || p[j + 1] != lf)) { line += 1 }
                        j += 1
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                    if buffer.count - fieldStart > maxFieldBytes {
                        return fail(
                            "field \(fieldNumber) too long (over \(maxFieldBytes) bytes)",
                            Phrase("error.import.fieldTooLong", [String(fieldNumber), String(maxFieldBytes)]), line: openedOn)
                    }
                    if j >= n {
                        guard final else { return .needMore }
                        return fail(
                            "unterminated quoted field \(fieldNumber) (quote opened here)",
                            Phrase("error.import.unterminated", [String(fieldNumber)]), line: openedOn)
                    }
                    if j + 1 >= n, !final { return .needMore }
                    if j + 1 < n, p[j + 1] == quote { buffer.append(quote); i = j + 2; continue }
                    i = j + 1
                    break
                }
                if i >= n, !final { return .needMore }
                if i < n, p[i] != sep, p[i] != lf, p[i] != cr {
                    return fail(
                        "unexpected character after the closing quote of field \(fieldNumber)",
                        Phrase("error.import.afterQuote", [String(fieldNumber)]), line: line)
                }
            } else {
                var j = i
                while j < n {
                    let b = p[j]
                    if b == sep || b == lf || b == cr { break }
                    if b == quote && quoting {
                        return fail(
                            "stray quote in unquoted field \(fieldNumber) (quote the whole field and double inner quotes)",
                            Phrase("error.import.strayQuote", [String(fieldNumber)]), line: line)
                    }
                    j += 1
                }
                if j >= n, !final { return .needMore }
                if j - i > maxFieldBytes {
                    return fail(
                        "field \(fieldNumber) too long (over \(maxFieldBytes) bytes)",
                        Phrase("error.import.fieldTooLong", [String(fieldNumber), String(maxFieldBytes)]), line: line)
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                i = j
            }
            ends.append(buffer.count)
            if i >= n {
                if final { break }
                return .needMore
            }
            let b = p[i]
            i += 1
            if b == sep { continue }
            if b == cr, i >= n, !final { return .needMore }
            if b == cr, i < n, p[i] == lf { i += 1 }
            line += 1
            break
        }
        position = i
        return .record(startLine)
    }
}

/// One record: its fields and the physical line where it starts.
public struct CSVRecord: Sendable {
    /// 1-based physical line of the record's first byte (quoted fields may span lines).
    public let line: Int
    let storage: [UInt8]
    let ends: [Int]

    public var count: Int { ends.count }

    /// The field as a String; "" for a column the record does not have.
    public subscript(index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Zero-copy access to a field's bytes (empty for a missing column).
    public func withFieldBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index >= 0, index < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = index == 0 ? 0 : ends[index - 1]
        return try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    public var fields: [String] { (0..<count).map { self[$0] } }

    /// True when every field is empty (e.g. a COUNTER separator row of tabs).
    public var isBlank: Bool { storage.isEmpty }

    /// Index of the first field holding a control character (C0, DEL or C1), or nil. Tabs and
    /// line breaks are layout, not terminal controls: quoted fields may hold them, and fields
    /// that must be one line say so when they are checked.
    public func firstFieldWithControlCharacter() -> Int? {
        storage.withUnsafeBufferPointer { p -> Int? in
            for i in 0..<p.count {
                let b = p[i]
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F
                    || (b == 0xC2 && i + 1 < p.count && (0x80...0x9F).contains(p[i + 1]))
                {
                    return ends.firstIndex { $0 > i }
                }
            }
            return nil
        }
    }
}
