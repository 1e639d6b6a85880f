import GRDB

/// The search terms of the readers an import adds. They are made and sorted on the second core
/// with each stretch of the file (`ReaderStretch`, `TermRuns`) and written at the end in term
/// order, merged on the second core a batch at a time while SQLite appends each batch to the
/// `reader_term` B-tree instead of seeking a random page for each of millions of terms.
struct ReaderImportTerms {
    private let runs: TermRuns
    /// The first id the import gives, and for each stretch, each row's id less that (-1: the row
    /// added no reader).
    private let firstNewId: Int64
    private var ids: [[Int32]] = []
    /// New readers whose sorted terms a later row of the file replaced (that row wrote its own).
    private var superseded: Set<Int64> = []

    init(_ runs: TermRuns, firstNewId: Int64) {
        self.runs = runs
        self.firstNewId = firstNewId
    }

    /// Row `row` of stretch `stretch` added the reader `id`: its terms are that row's.
    mutating func added(stretch: Int, row: Int, id: Int64) {
        while ids.count <= stretch { ids.append([]) }
        while ids[stretch].count <= row { ids[stretch].append(-1) }
        ids[stretch][row] = Int32(id - firstNewId)
    }

    /// Whether the reader `id`, added by this import, still has its first terms waiting here.
    func isPending(_ id: Int64) -> Bool { !superseded.contains(id) }

    /// A later row changed the reader `id` this import added: its terms are that row's to write.
    mutating func supersede(_ id: Int64) { superseded.insert(id) }

    /// Writes the terms of the readers still added, in term order.
    func write(_ db: Database) throws {
        let merge = try runs.merged()
        let (ids, first, superseded) = (ids, firstNewId, superseded)
        // The next batch is merged (and its ids found) on the second core while this one is written.
        let batch = { @Sendable in
            BackgroundTask<(terms: TermBatch, isLast: Bool)> {
                let entries = try merge.next(50_000)
                var terms = TermBatch()
                terms.bytes.reserveCapacity(entries.count * 12)
                terms.starts.reserveCapacity(entries.count + 1)
                terms.readers.reserveCapacity(entries.count)
                for e in entries where e.stretch < ids.count && e.row < ids[e.stretch].count && ids[e.stretch][e.row] >= 0 {
                    let id = first + Int64(ids[e.stretch][e.row])
                    // Mostly none: no hashing of eleven million ids to learn it.
                    if !superseded.isEmpty, superseded.contains(id) { continue }
                    terms.append(e.term, reader: id)
                }
                return (terms, entries.count < 50_000)
            }
        }
        var next: BackgroundTask? = batch()
        while let part = try next?.value() {
            next = part.isLast ? nil : batch()
            try part.terms.insert(db)
        }
    }
}
