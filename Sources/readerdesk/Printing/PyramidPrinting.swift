import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

struct PeriodJSON: Encodable {
    let from, to, label: String
    init(_ p: Period) { from = p.from; to = p.to; label = p.label }
}

struct PyramidJSON: Encodable {
    struct Entry: Encodable { let card, name, tier: String; let score: Double; let position: Int }
    let period: PeriodJSON
    let active, inactive: Int
    let tiers: TierCounts
    /// Each tier's goal (settings pyramid.goal.*).
    let goal: [String: String]?
    let readers: [Entry]?
    init(_ p: Pyramid, listing: Bool = true, goals: [ValueTier: String] = [:]) {
        period = PeriodJSON(p.period); active = p.active; inactive = p.inactive; tiers = p.tiers
        goal = goals.isEmpty ? nil : Dictionary(uniqueKeysWithValues: goals.map { ($0.key.rawValue, $0.value) })
        readers = listing ? Self.entries(p.readers[...]) : nil
    }

    static func entries(_ readers: ArraySlice<RankedReader>) -> [Entry] {
        readers.map {
            Entry(
                card: $0.card, name: $0.name, tier: $0.tier.rawValue, score: ($0.score * 10_000).rounded() / 10_000, position: $0.position)
        }
    }

    /// The same document as `Output.json(PyramidJSON(p))`, with the readers encoded a slice at a
    /// time: a million readers never sit in memory as one JSON tree.
    static func write(_ p: Pyramid, goals: [ValueTier: String], slice: Int = 5_000) throws {
        let encoder = Output.jsonEncoder()
        let head = String(decoding: try encoder.encode(PyramidJSON(p, listing: false, goals: goals)), as: UTF8.self)
        // Keys are sorted: "readers" goes just before "tiers", the only key at this depth so named.
        guard !p.readers.isEmpty, let tiers = head.range(of: "\n  \"tiers\" : ") else {
            return try Output.json(PyramidJSON(p, goals: goals))
        }
        let out = FileHandle.standardOutput
        out.write(Data((head[..<tiers.lowerBound] + "\n  \"readers\" : [\n").utf8))
        for start in stride(from: 0, to: p.readers.count, by: slice) {
            let text = String(decoding: try encoder.encode(entries(p.readers[start..<min(p.readers.count, start + slice)])), as: UTF8.self)
            // "[\n", the entries at depth 1, "\n]": here they go one level deeper.
            let entries = "  " + text.dropFirst(2).dropLast(2).replacingOccurrences(of: "\n", with: "\n  ")
            out.write(Data(((start == 0 ? "" : ",\n") + entries).utf8))
        }
        out.write(Data(("\n  ]," + head[tiers.lowerBound...] + "\n").utf8))
    }
}

struct PyramidCompareJSON: Encodable {
    let earlier, later: PyramidJSON
    let up, down: [TierMove]
    let flows: [String: [String: Int]]
    init(_ c: PyramidComparison) {
        earlier = PyramidJSON(c.earlier, listing: false); later = PyramidJSON(c.later, listing: false)
        up = c.up; down = c.down
        flows = Dictionary(
            uniqueKeysWithValues: c.flows.map {
                ($0.key.rawValue, Dictionary(uniqueKeysWithValues: $0.value.map { ($0.key.rawValue, $0.value) }))
            })
    }
}

enum PyramidPrinting {
    static func show(_ p: Pyramid, limit: Int, goals: [ValueTier: String] = [:]) {
        print(say(Line.pyramidHeading, label(p.period), p.period.from, p.period.to, p.active, p.inactive))
        draw(p.tiers)
        print(say(Line.inactive, p.inactive))
        if !goals.isEmpty {
            print(say(Line.goals))
            for t in ValueTier.allCases {
                if let g = goals[t] { print("  \(padded(word(t), 8)) \(g)") }
            }
        }
        guard limit > 0, !p.readers.isEmpty else { return }
        print("")
        Output.table(
            [Column.number, Column.card, Column.name, Column.tier, Column.score],
            p.readers.prefix(limit).map {
                ["\($0.position)", $0.card, $0.name, word($0.tier), String(format: "%.4f", $0.score)]
            }, total: p.readers.count)
    }

    /// The pyramid drawn as a pyramid: widths grow with the tier's place, labels give the sizes.
    static func draw(_ t: TierCounts) {
        let rows: [(ValueTier, Int)] = [(.vip, 1), (.key, 3), (.mid, 7), (.basic, 11)]
        for (tier, width) in rows {
            let pad = String(repeating: " ", count: (11 - width) / 2)
            let bar = String(repeating: "█", count: width)
            print(pad + bar + pad + "  " + padded(word(tier), 6) + "\(t[tier])")
        }
    }

    static func compare(_ c: PyramidComparison) {
        print(say(Line.pyramidMoves, label(c.earlier.period), label(c.later.period), c.up.count, c.down.count))
        let tiers = ValueTier.allCases
        Output.table(
            strings: [say(Column.fromTo)] + tiers.map { word($0) },
            tiers.map { f in
                [word(f)] + tiers.map { t in String(c.flows[f]?[t] ?? 0) }
            })
        for (title, moves) in [(Line.movedUp, c.up), (Line.movedDown, c.down)] where !moves.isEmpty {
            print(say(Line.section, say(title)))
            Output.table(
                [Column.card, Column.name, Column.from, Column.to],
                moves.prefix(50).map { [$0.card, $0.name, word($0.from), word($0.to)] })
            if moves.count > 50 { print(say(Line.andMore, moves.count - 50)) }
        }
    }
}
