#if canImport(Glibc)
    import Glibc
#endif

/// Where an import's bytes come from: bytes already in memory, or an open file read a block at
/// a time, so that a file of gigabytes costs a block of memory, not its size.
public struct ImportInput: Sendable {
    enum Storage: Sendable {
        case bytes([UInt8])
        /// Read with `pread`, so that any thread may read any part; the caller closes it.
        case file(descriptor: Int32, size: Int)
    }
    let storage: Storage

    public static func bytes(_ bytes: [UInt8]) -> ImportInput { ImportInput(storage: .bytes(bytes)) }

    /// An open file (the caller keeps it open while the import runs, and closes it).
    public static func file(descriptor: Int32) -> ImportInput {
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        return ImportInput(storage: .file(descriptor: descriptor, size: size))
    }

    public var byteCount: Int {
        switch storage {
        case .bytes(let bytes): bytes.count
        case .file(_, let size): size
        }
    }

    /// Up to `count` bytes from `offset`; fewer only at the end.
    func read(at offset: Int, count: Int, file: String) throws(ImportError) -> [UInt8] {
        switch storage {
        case .bytes(let bytes):
            return Array(bytes[min(offset, bytes.count)..<min(offset + count, bytes.count)])
        case .file(let fd, _):
            var failure: Int32 = 0
            let result = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
                while done < count {
                    let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
                    if n < 0, errno == EINTR { continue }
                    if n <= 0 { failure = n < 0 ? errno : 0; break }
                    done += n
                }
            }
            if failure != 0 {
                let reason = String(cString: strerror(failure))
                throw ImportError("cannot read \(file): \(reason)", phrase: Phrase("error.file.read", [file, reason]))
            }
            return result
        }
    }

    /// The whole input at once, for the formats read whole (EZproxy logs, COUNTER reports, Koha exports).
    public func allBytes(file: String = "") throws(ImportError) -> [UInt8] {
        if case .bytes(let bytes) = storage { return bytes }
        return try read(at: 0, count: byteCount, file: file)
    }
}

/// The text of an import as UTF-8, a block of whole lines at a time (a block ends after a line
/// feed, which is never part of a longer UTF-8 or GB18030 character). The input is checked once
/// in full when this is made — encoding, and its line count — so a bad byte late in the file is
/// refused before anything is written, as when the whole file was decoded up front.
struct ImportText: Sendable {
    let input: ImportInput
    let file: String
    /// Line feeds in the input: at most this many rows.
    let lineCount: Int
    private let gb18030: Bool
    /// The whole text, when the input was in memory (decoded as before: one block).
    private var whole: [UInt8]?
    private var offset = 0
    private(set) var isAtEnd = false

    /// About this much of the input is read and decoded at a time.
    static let defaultBlockSize = 1 << 20

    /// `blockSize` given: read in blocks of about that size even from bytes in memory (tests
    /// prove with a few bytes that blocks change nothing).
    init(_ input: ImportInput, encoding: TextEncoding, file: String, blockSize: Int? = nil) throws(ImportError) {
        self.input = input
        self.file = file
        let size = blockSize ?? Self.defaultBlockSize
        if case .bytes(let bytes) = input.storage, blockSize == nil {
            let text = try TextDecoding.utf8Bytes(bytes, encoding: encoding, file: file)
            whole = text
            lineCount = Importer.lineCount(text)
            gb18030 = false
            return
        }
        // First pass: is it UTF-8 throughout, and how many lines.
        var lines = 0, scan = Blocks(input: input, file: file, size: size), badUTF8: Int?
        while let (start, block) = try scan.next() {
            lines += Importer.lineCount(block)
            if badUTF8 == nil, let bad = TextDecoding.firstInvalidUTF8Offset(block) { badUTF8 = start + bad }
        }
        lineCount = lines
        switch (encoding, badUTF8) {
        case (.utf8, let bad?): throw try Self.invalid("UTF-8", at: bad, input, file)
        case (.auto, nil), (.utf8, nil): gb18030 = false
        default:
            gb18030 = true
            // The same checks as decoding the whole file: a malformed byte anywhere first, then
            // the first line Foundation will not decode.
            let label = encoding == .auto ? "UTF-8 or GB18030" : "GB18030"
            var blocks = Blocks(input: input, file: file, size: size)
            while let (start, block) = try blocks.next() {
                if let bad = TextDecoding.firstInvalidGB18030Offset(block) {
                    throw try Self.invalid(label, at: start + bad, input, file)
                }
            }
            blocks = Blocks(input: input, file: file, size: size)
            while let (start, block) = try blocks.next() {
                if TextDecoding.decodeGB18030Block(block) == nil {
                    throw try Self.invalid(label, at: start + TextDecoding.firstUndecodableLineOffset(block), input, file)
                }
            }
        }
        scanBlocks = Blocks(input: input, file: file, size: size)
    }

    private var scanBlocks: Blocks?

    /// The next block of UTF-8 text (no byte-order mark), or nil at the end.
    mutating func next() throws(ImportError) -> [UInt8]? {
        if let text = whole {
            whole = nil
            isAtEnd = true
            return text
        }
        guard var blocks = scanBlocks, let (start, block) = try blocks.next() else {
            isAtEnd = true
            return nil
        }
        scanBlocks = blocks
        offset = start + block.count
        isAtEnd = offset >= input.byteCount
        var text = block
        if gb18030 {
            var decoded = TextDecoding.decodeGB18030Block(block) ?? ""
            if start == 0, decoded.hasPrefix("\u{FEFF}") { decoded.removeFirst() }
            text = Array(decoded.utf8)
        } else if start == 0 {
            text = TextDecoding.stripUTF8BOM(text)
        }
        return text
    }

    private static func invalid(_ name: String, at offset: Int, _ input: ImportInput, _ file: String) throws(ImportError) -> ImportError {
        // The byte and its line, read again: this happens once, when the import is refused.
        let byte = try input.read(at: offset, count: 1, file: file).first ?? 0
        var line = 1, blocks = Blocks(input: input, file: file, size: defaultBlockSize)
        while let (start, block) = try blocks.next(), start < offset {
            let upTo = min(block.count, offset - start)
            line += TextDecoding.lineNumber(at: upTo, in: block) - 1
        }
        return TextDecoding.invalid(name, byte: byte, at: offset, line: line, file: file)
    }

    /// The input in blocks of whole lines, with where each starts.
    struct Blocks: Sendable {
        let input: ImportInput
        let file: String
        var offset = 0
        /// What was read past the last line feed of the previous block.
        var carry: [UInt8] = []
        let size: Int

        init(input: ImportInput, file: String, size: Int) { self.input = input; self.file = file; self.size = size }

        mutating func next() throws(ImportError) -> (start: Int, bytes: [UInt8])? {
            let start = offset - carry.count
            var block = carry
            carry = []
            while true {
                let more = try input.read(at: offset, count: size, file: file)
                offset += more.count
                block.append(contentsOf: more)
                if more.isEmpty {
                    return block.isEmpty ? nil : (start, block)
                }
                if let lastFeed = more.lastIndex(of: 0x0A) {
                    let cut = block.count - (more.count - lastFeed - 1)
                    carry = Array(block[cut...])
                    block.removeSubrange(cut...)
                    return (start, block)
                }
            }
        }
    }
}
