import Foundation

/// One figure of the benchmark: its JSON key, what it is, the value (nil: not measured) and its target.
struct Metric {
    var key: String
    var what: String
    var value: Double?
    var unit: String
    /// The target as people read it ("< 300 ms"); empty when the figure is only informative.
    var target = ""
    /// Met when value < limit (or ≤ with `inclusive`).
    var limit: Double?
    var inclusive = false
    /// Why there is no value, or what to know about it.
    var note: String?

    var met: Bool? {
        guard let value, let limit else { return nil }
        return inclusive ? value <= limit : value < limit
    }
}

/// Every figure in order, printed as a table for people or as one JSON object.
struct Report {
    static let notBuilt = "n/a (not built yet)"
    var metrics: [Metric] = []
    var info: [String: String] = [:]

    mutating func add(_ m: Metric) { metrics.append(m) }

    mutating func missing(_ key: String, _ what: String, unit: String, target: String = "", why: String = Report.notBuilt) {
        metrics.append(Metric(key: key, what: what, value: nil, unit: unit, target: target, note: why))
    }

    static func format(_ v: Double, _ unit: String) -> String {
        switch unit {
        case "bytes": return "\(Int(v.rounded())) bytes"
        case "×": return String(format: "%.2f×", v)
        case "MB": return String(format: "%.1f MB", v)
        case "ms":
            return v >= 10_000
                ? String(format: "%.1f s", v / 1000)
                : v >= 100
                    ? String(format: "%.0f ms", v)
                    : String(format: "%.2f ms", v)
        default: return String(format: "%.2f %@", v, unit)
        }
    }

    func table() -> String {
        var rows = [["WHAT", "MEASURED", "TARGET", "MET"]]
        var notes: [String] = []
        for m in metrics {
            if let note = m.note, m.value != nil || note != Report.notBuilt {
                notes.append("note: \(m.what.trimmingCharacters(in: .whitespaces)): \(note)")
            }
            let value = m.value.map { Report.format($0, m.unit) } ?? (m.note == Report.notBuilt ? Report.notBuilt : "n/a (see note)")
            let met = m.met.map { $0 ? "yes" : "NO" } ?? ""
            rows.append([m.what, value, m.target, met])
        }
        let widths = (0..<4).map { c in rows.map { $0[c].count }.max() ?? 0 }
        var lines = rows.map { r in
            (0..<4).map { c in r[c].padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        // One note per distinct text: a failed import explains all four of its figures once.
        var seen = Set<String>()
        for n in notes where seen.insert(n.components(separatedBy: ": ").dropFirst().joined()).inserted { lines.append(n) }
        return lines.joined(separator: "\n")
    }

    /// `{"first_frame_ms": 12.3, …, "search_p99_ms": null, "info": {…}}`: numbers rounded to 0.01.
    func json() -> String {
        var parts: [String] = []
        for m in metrics {
            let v = m.value.map { String(format: "%.2f", $0) } ?? "null"
            parts.append("  \(quote(m.key)): \(v)")
        }
        let met = metrics.compactMap { m in m.met.map { "\(quote(m.key)): \($0)" } }
        parts.append("  \"met\": {\(met.joined(separator: ", "))}")
        let notes = metrics.compactMap { m in m.note.map { "\(quote(m.key)): \(quote($0))" } }
        parts.append("  \"notes\": {\(notes.joined(separator: ", "))}")
        let info = self.info.keys.sorted().map { "\(quote($0)): \(quote(self.info[$0]!))" }
        parts.append("  \"info\": {\(info.joined(separator: ", "))}")
        return "{\n" + parts.joined(separator: ",\n") + "\n}"
    }

    private func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out += u.value < 0x20 ? String(format: "\\u%04x", u.value) : String(u)
            }
        }
        return out + "\""
    }
}
