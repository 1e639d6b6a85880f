import Foundation
import GRDB

/// Short texts (cards, names) in one buffer: a million readers' cards take a few megabytes
/// instead of a String and an allocation each.
struct PackedStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int32] = []
    var count: Int { ends.count }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(Int32(bytes.count))
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(Int32(bytes.count))
    }

    func string(_ i: Int) -> String {
        let a = i == 0 ? 0 : Int(ends[i - 1]), b = Int(ends[i])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// The bytes of text `i`, borrowed for the call.
    func withBytes<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let a = i == 0 ? 0 : Int(ends[i - 1]), b = Int(ends[i])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[a..<b])) }
    }

    /// `body` gets an order of the texts by their bytes, as SQLite's BINARY collation (and
    /// `lexicographicallyPrecedes` on UTF-8) sorts them, without a bounds check or a copy a call.
    func withByteOrder<T>(_ body: ((Int, Int) -> Bool) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { b in
            try ends.withUnsafeBufferPointer { e in
                try body { i, j in
                    let a0 = i == 0 ? 0 : Int(e[i - 1]), a1 = Int(e[i])
                    let b0 = j == 0 ? 0 : Int(e[j - 1]), b1 = Int(e[j])
                    let (la, lb) = (a1 - a0, b1 - b0)
                    let common = min(la, lb)
                    if common > 0, let base = b.baseAddress {
                        let c = memcmp(base + a0, base + b0, common)
                        if c != 0 { return c < 0 }
                    }
                    return la < lb
                }
            }
        }
    }
}

/// The active readers of a period with the raw components of their score (docs/CONTRACTS.md §1),
/// a column each: what the ranking reads, in a tenth of the memory of a struct a reader.
struct ValueColumns {
    var readerId: [Int64] = []
    var recency: [Int64] = [], frequency: [Int64] = [], value: [Int64] = [], breadth: [Int64] = [], type: [Int64] = []
    var cards = PackedStrings()
    /// Empty when the caller needs no names.
    var names = PackedStrings()
    var count: Int { readerId.count }

    init() {}

    init(_ readers: [ValueComponents]) {
        readerId = readers.map(\.readerId)
        recency = readers.map(\.recency); frequency = readers.map(\.frequency); value = readers.map(\.value)
        breadth = readers.map(\.breadth); type = readers.map(\.type)
        for r in readers { cards.append(r.card); names.append(r.name) }
    }

    mutating func reserve(_ n: Int) {
        for k in [\ValueColumns.readerId, \.recency, \.frequency, \.value, \.breadth, \.type] as [WritableKeyPath<ValueColumns, [Int64]>] {
            self[keyPath: k].reserveCapacity(n)
        }
    }
}

extension AppDatabase {
    /// R, F, M, S and T of every active reader of a period, in reader id order; cards always
    /// (they break ties), names when asked for.
    func valueColumns(_ db: Database, _ period: Period, _ s: ScoreSettings, names: Bool = true) throws -> ValueColumns {
        let use = try periodUse(db, period)
        var c = ValueColumns()
        guard use.active > 0 else { return c }
        c.reserve(use.active)
        let classes = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, class FROM service").map { ($0[0] as Int64, $0[1] as String) })
        let classPoints = use.serviceIds.map { Int64(s.classPoints[ServiceClass(rawValue: classes[$0] ?? "") ?? .basic] ?? 0) }
        // The type's points in SQL (the enum's own words and the settings' integers), so the pass
        // reads integers and two short texts a reader.
        let undergraduate = s.typePoints[.undergraduate] ?? 0
        let typePoints = ReaderType.allCases.map { "WHEN '\($0.rawValue)' THEN \(s.typePoints[$0] ?? 0)" }.joined(separator: " ")
        let sql = "SELECT id, CASE type \(typePoints) ELSE \(undergraduate) END, card\(names ? ", name" : "") FROM reader"
        try db.eachRawRow(sql) { row in
            guard let slot = use.slot(ofReader: row.int(0)), use.isActive(slot) else { return }
            c.readerId.append(row.int(0))
            c.recency.append(use.last[slot]); c.frequency.append(use.quantity[slot]); c.value.append(use.value[slot])
            c.breadth.append(use.sum(slot, classPoints)); c.type.append(row.int(1))
            c.cards.append(row.text(2))
            if names { c.names.append(row.text(3)) }
        }
        return c
    }
}
