/// A series as block characters, ▁ for the smallest and █ for the largest; blank for zero.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// A month still under way that is below the month before: not drawn as a fall.
    public static let partialMark: Character = "·"

    /// With `partialLast`, the last value is a month not yet over: drawn as `partialMark` when
    /// it is below the value before it (it is only "so far"), else as its block.
    public static func render(_ values: [Int], partialLast: Bool = false) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: values.count) }
        var out = String(values.map { v in v == 0 ? " " : blocks[min(7, (v * 8 - 1) / top)] })
        if partialLast, values.count >= 2, values[values.count - 1] < values[values.count - 2] {
            out.removeLast()
            out.append(partialMark)
        }
        return out
    }

    /// What a sparkline spans and its height: "2025-12 … 2026-11 (2026-11 so far) · max 42".
    public static func caption(
        months: [Int], max top: Int? = nil, partialLast: Bool, soFar: String = "so far",
        maxWord: String = "max"
    ) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        func m(_ k: Int) -> String { String(format: "%04d-%02d", k / 100, k % 100) }
        var text = m(first) + " … " + m(last)
        if partialLast { text += " (\(m(last)) \(soFar))" }
        if let top { text += " · \(maxWord) \(top)" }
        return text
    }
}
