/// A series as block characters, ▁ for the smallest and █ for the largest; blank for zero.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: values.count) }
        return String(values.map { v in v == 0 ? " " : blocks[min(7, (v * 8 - 1) / top)] })
    }
}
