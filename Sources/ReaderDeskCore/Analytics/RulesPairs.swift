import GRDB

/// ③ "Readers of A also use B" from the day's scan: each reader's services in the window are a bit
/// set, and pairs are counted in integer arrays (dense service indexes), not hashed sets.
extension MatrixRules {
    static func recommendPairs(
        _ c: RuleContext, _ scan: DailyScan, _ facts: ReaderFacts, only eligible: Set<Int64>
    ) throws -> [ActionCandidate] {
        let ns = scan.serviceIds.count
        guard ns > 1 else { return [] }
        var single = [Int](repeating: 0, count: ns), both = [Int](repeating: 0, count: ns * ns)
        var active = 0
        var used: [Int] = []
        for r in 0...scan.maxId {
            used = scan.services(scan.pBits, r)
            guard !used.isEmpty else { continue }
            active += 1
            for a in used {
                single[a] += 1
                for b in used where b != a { both[a * ns + b] += 1 }
            }
        }
        let n = Double(active)
        let minReaders = try c.int("matrix.recommend.min_readers")
        let minConfidence = try c.number("matrix.recommend.confidence"), minLift = try c.number("matrix.recommend.lift")
        var pairs: [ServicePair] = []  // by (a, b): dense indexes follow service ids
        for a in 0..<ns where single[a] > 0 {
            for b in 0..<ns where b != a && both[a * ns + b] >= minReaders {
                let confidence = Double(both[a * ns + b]) / Double(single[a])
                let lift = confidence / (Double(single[b]) / n)
                if confidence >= minConfidence && lift >= minLift {
                    pairs.append(
                        ServicePair(
                            a: Int64(a), b: Int64(b), both: both[a * ns + b], readersOfA: single[a], confidence: confidence, lift: lift))
                }
            }
        }
        guard !pairs.isEmpty else { return [] }
        let names = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(c.db, sql: "SELECT id, name FROM service").map { ($0[0] as Int64, $0[1] as String) })
        // "Never used": not in the window (the bit set), and not before it either.
        let usedBefore = try c.db.makeStatement(
            sql: """
                SELECT 1 FROM usage_month INDEXED BY usage_month_reader WHERE reader_id = ? AND month < ? AND service_id = ? LIMIT 1
                """)
        var out: [ActionCandidate] = []
        let words = scan.words
        func has(_ r: Int, _ s: Int64) -> Bool { scan.pBits[r * words + Int(s) >> 6] & (1 << UInt64(s & 63)) != 0 }
        for r in 0...scan.maxId
        where !facts.forgotten[r] && eligible.contains(Int64(r)) && scan.pBits[r * words..<(r + 1) * words].contains(where: { $0 != 0 }) {
            var best: [Int64: ServicePair] = [:]
            for p in pairs where has(r, p.a) && !has(r, p.b) {
                if let q = best[p.b], (q.confidence, q.lift) >= (p.confidence, p.lift) { continue }
                best[p.b] = p
            }
            for (b, p) in best.sorted(by: { $0.key < $1.key }) {
                let (aid, bid) = (scan.serviceIds[Int(p.a)], scan.serviceIds[Int(b)])
                if try usedBefore.yieldsRow(Int64(r), Int64(scan.plan.pairs.lowerBound), bid) { continue }
                let (an, bn) = (names[aid] ?? "?", names[bid] ?? "?")
                out.append(
                    ActionCandidate(
                        cell: 3, rule: "pair", readerId: Int64(r), serviceId: bid, key: "pair:\(r):\(bid)",
                        reason: Phrase("action.pair", [bn, an, "\(Int((p.confidence * 100).rounded()))", Phrase.decimal(p.lift)]),
                        step: Phrase("action.pair.step", [bn]), due: try c.defaultDue(), ownerId: facts.owner[r],
                        strength: p.confidence + p.lift / 1000))
            }
        }
        return out
    }
}
