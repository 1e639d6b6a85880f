import Foundation

/// Whether a month's use is a trend, and against what. A library's year has terms and breaks:
/// September against the summer vacation always "rises". So a month is compared with the same
/// month a year earlier when the service has use then (a year of history), else — a newer
/// service — with the mean of the three months before, as before. Integer cross-multiplication:
/// no rounding decides a case.
struct TrendComparison: Equatable {
    /// Use in the month judged.
    let recent: Int
    /// What it is compared with, as three months' worth: three times the month a year earlier,
    /// or the sum of the three months before.
    let base: Int
    /// The month a year earlier (YYYYMM) when that is the comparison; nil for the three months before.
    let yearEarlier: Int?

    var rising: Bool { 3 * recent > base }
    /// The change in whole percent.
    var change: Int { Int((Double(3 * recent - base) * 100 / Double(base)).rounded()) }

    /// The phrase code of a rule's reason: `RULE.rising` or `RULE.falling` against the three
    /// months before, with `.year` against the same month a year earlier.
    func code(_ rule: String) -> String { rule + (rising ? ".rising" : ".falling") + (yearEarlier == nil ? "" : ".year") }

    /// The reason's last arguments: the mean of the three months before, or the use a year
    /// earlier and that month ("30", "2025-09").
    var baseArguments: [String] {
        guard let month = yearEarlier else { return [Phrase.decimal(Double(base) / 3)] }
        return ["\(base / 3)", String(format: "%04d-%02d", month / 100, month % 100)]
    }

    /// The comparison of `month` (YYYYMM) when it is a trend of at least `percent` with at least
    /// `minBase` uses in the three months' worth it is compared with; nil when it is not.
    static func judge(month: Int, recent: Int, threeBefore: Int, yearEarlier: Int, percent: Double, minBase: Int) -> TrendComparison? {
        let c =
            yearEarlier > 0
            ? TrendComparison(recent: recent, base: 3 * yearEarlier, yearEarlier: month - 100)
            : TrendComparison(recent: recent, base: threeBefore, yearEarlier: nil)
        guard c.base >= minBase, Double(abs(3 * c.recent - c.base)) * 100 >= percent * Double(c.base) else { return nil }
        return c
    }
}
