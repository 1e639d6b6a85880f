import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The search terms of the readers an import adds, on their way to `reader_term` in term order,
/// never all held at once: an external merge sort of our own, done on the second core. Each
/// stretch's terms are sorted by the task that read it and appended to an unnamed temporary file
/// as one run; after the last stretch the runs are merged a batch at a time while SQLite appends
/// each batch to the B-tree. (SQLite's own `ORDER BY` sorted them all on the writing thread after
/// the last stretch, with the second core idle.)
///
/// Used by one task at a time: the reading tasks one after the other, then the merging ones.
final class TermRuns: @unchecked Sendable {
    /// A term and where it came from: the stretch and its row there (a stretch's rows become
    /// readers in order, so this order is the order of their ids).
    struct Entry {
        var term: String
        var stretch: Int
        var row: Int
        /// The term's first 8 bytes as a number, for quick comparisons.
        var key: UInt64
    }

    /// The first 8 bytes as a big-endian number, zeros after a shorter term: ordered as the bytes are.
    static func key(_ bytes: some Collection<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for (i, byte) in bytes.prefix(8).enumerated() { key |= UInt64(byte) << (56 - 8 * i) }
        return key
    }

    private let fd: Int32
    private var runs: [(stretch: Int, offset: Int, length: Int)] = []
    private var end = 0

    init() throws {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "readerdesk-terms-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TermRuns.fault() }
        unlink(path)
    }

    deinit {
        // A sort still writing (the import stopped early) needs the file open until it is done.
        for task in sorting { _ = try? task.value() }
        close(fd)
    }

    /// The temporary file could not be made, written or read back (a full disk).
    static func fault() -> ReaderDeskError {
        let folder = NSTemporaryDirectory()
        return ReaderDeskError(
            .io, "cannot write the import's temporary file in \(folder) (is the disk full?)",
            phrase: Phrase("error.import.scratch", [folder]))
    }

    /// Appends one stretch's terms (`terms[row]`) as a run, sorted on a task of its own: for each,
    /// its UTF-8 length (4 bytes), its bytes, its row (4 bytes). Its place in the file is set here,
    /// so runs are sorted while the next stretch is read; at most two wait to be sorted.
    func add(stretch: Int, _ terms: [[String]]) throws {
        let length = terms.reduce(0) { sum, list in list.reduce(sum) { $0 + $1.utf8.count + 8 } }
        guard length > 0 else { return }
        let (fd, offset) = (fd, end)
        runs.append((stretch, offset, length))
        end += length
        if sorting.count >= 2 { try sorting.removeFirst().value() }
        sorting.append(BackgroundTask { try Self.sortAndWrite(terms, fd: fd, at: offset) })
    }

    private var sorting: [BackgroundTask<Void>] = []

    private static func sortAndWrite(_ terms: [[String]], fd: Int32, at offset: Int) throws {
        // The terms' bytes end to end, each with its first 8 bytes as a number: most comparisons
        // are one of those, the rest a memcmp (Swift's String order normalises, which is slow).
        var text: [UInt8] = []
        var starts: [Int] = [], rows: [UInt32] = []
        for (row, list) in terms.enumerated() {
            for term in list {
                starts.append(text.count)
                text.append(contentsOf: term.utf8)
                rows.append(UInt32(row))
            }
        }
        starts.append(text.count)
        // Each term's first 8 bytes beside its place, so that most comparisons read one array in
        // order. Terms were appended row by row, so their places are in row order too.
        var order: [(key: UInt64, index: UInt32)] = []
        order.reserveCapacity(rows.count)
        text.withUnsafeBufferPointer { text in
            starts.withUnsafeBufferPointer { starts in
                for i in 0..<rows.count { order.append((key(text[starts[i]..<starts[i + 1]]), UInt32(i))) }
                // SQLite's BINARY order (bytes, then the shorter first; no term holds a NUL),
                // then by row.
                order.sort { a, b in
                    if a.key != b.key { return a.key < b.key }
                    let x = Int(a.index), y = Int(b.index)
                    let la = starts[x + 1] - starts[x], lb = starts[y + 1] - starts[y]
                    let common = min(la, lb) - 8
                    if common > 0 {
                        let c = memcmp(text.baseAddress! + starts[x] + 8, text.baseAddress! + starts[y] + 8, common)
                        if c != 0 { return c < 0 }
                    }
                    if la != lb { return la < lb }
                    return a.index < b.index
                }
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + order.count * 8)
        for (_, index) in order {
            let i = Int(index)
            let term = text[starts[i]..<starts[i + 1]]
            withUnsafeBytes(of: UInt32(term.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: term)
            withUnsafeBytes(of: rows[i].littleEndian) { bytes.append(contentsOf: $0) }
        }
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = pwrite(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                guard n > 0 else { throw TermRuns.fault() }
                done += n
            }
        }
    }

    /// The runs merged, once sorted: every entry, in order of term, stretch and row.
    func merged() throws -> Merge {
        while !sorting.isEmpty { try sorting.removeFirst().value() }
        return Merge(self)
    }

    /// Reads one run a block at a time.
    private struct RunReader {
        let fd: Int32
        let stretch: Int
        var offset: Int
        let end: Int
        let blockBytes: Int
        var buffer: [UInt8] = []
        var at = 0

        mutating func next() throws -> Entry? {
            guard let length = try take(4).map(Self.uint32) else { return nil }
            guard let bytes = try take(Int(length)), case let term = String(decoding: bytes, as: UTF8.self),
                let row = try take(4).map(Self.uint32)
            else { throw TermRuns.fault() }
            return Entry(term: term, stretch: stretch, row: Int(row), key: TermRuns.key(bytes))
        }

        private static func uint32(_ b: ArraySlice<UInt8>) -> UInt32 {
            var v: UInt32 = 0
            for (i, byte) in b.enumerated() { v |= UInt32(byte) << (8 * i) }
            return v
        }

        /// The next `count` bytes, reading on when the block runs out; nil at the run's end.
        private mutating func take(_ count: Int) throws -> ArraySlice<UInt8>? {
            if buffer.count - at < count {
                let left = Array(buffer[at...])
                let want = min(max(blockBytes, count), end - offset)
                guard want + left.count >= count else { return nil }
                buffer = left + [UInt8](repeating: 0, count: want)
                let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + left.count, want, off_t(offset)) }
                guard got == want else { throw TermRuns.fault() }
                offset += want
                at = 0
            }
            defer { at += count }
            return buffer[at..<at + count]
        }
    }

    /// The merge in progress: the head of each run in a heap, smallest first.
    final class Merge: @unchecked Sendable {
        private var readers: [RunReader]
        private var heap: [(entry: Entry, run: Int)] = []
        private let source: TermRuns

        fileprivate init(_ runs: TermRuns) {
            source = runs
            // Blocks of 256 KB, smaller when there are many runs: at most about 32 MB in all.
            let block = max(16 << 10, min(256 << 10, (32 << 20) / max(1, runs.runs.count)))
            readers = runs.runs.map {
                RunReader(fd: runs.fd, stretch: $0.stretch, offset: $0.offset, end: $0.offset + $0.length, blockBytes: block)
            }
        }

        private var started = false

        /// Up to `count` entries, in order; fewer only at the end.
        func next(_ count: Int) throws -> [Entry] {
            if !started {
                started = true
                for i in readers.indices { if let e = try readers[i].next() { push((e, i)) } }
            }
            var out: [Entry] = []
            out.reserveCapacity(count)
            while out.count < count, let top = heap.first {
                out.append(top.entry)
                if let e = try readers[top.run].next() { replaceTop((e, top.run)) } else { popTop() }
            }
            return out
        }

        /// The runs' own order: bytes, then stretch and row.
        private static func less(_ a: (entry: Entry, run: Int), _ b: (entry: Entry, run: Int)) -> Bool {
            if a.entry.key != b.entry.key { return a.entry.key < b.entry.key }
            let c = compare(a.entry.term, b.entry.term)
            if c != 0 { return c < 0 }
            return (a.entry.stretch, a.entry.row) < (b.entry.stretch, b.entry.row)
        }

        /// Byte order, as SQLite's BINARY: negative, zero or positive.
        private static func compare(_ a: String, _ b: String) -> Int {
            let fast = a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y -> Int in
                    guard let p = x.baseAddress, let q = y.baseAddress else { return x.count - y.count }
                    let c = memcmp(p, q, min(x.count, y.count))
                    return c != 0 ? Int(c) : x.count - y.count
                }
            }
            if let fast, let order = fast { return order }
            if a.utf8.elementsEqual(b.utf8) { return 0 }
            return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
        }

        private func push(_ item: (entry: Entry, run: Int)) {
            heap.append(item)
            var i = heap.count - 1
            while i > 0, Self.less(heap[i], heap[(i - 1) / 2]) {
                heap.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }

        private func popTop() {
            let last = heap.removeLast()
            if !heap.isEmpty { replaceTop(last) }
        }

        private func replaceTop(_ item: (entry: Entry, run: Int)) {
            heap[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count, Self.less(heap[l], heap[m]) { m = l }
                if r < heap.count, Self.less(heap[r], heap[m]) { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
    }
}
