import ReaderDeskCore
import ReaderDeskWords

/// The 7P view as lines, every figure from the core's `SevenP` (the one `reader show` prints), so
/// the app and the command line say the same about a reader.
enum SevenPLines {
    static func build(_ s: SevenP, _ l: Language) -> [StyledLine] {
        func t(_ b: Bilingual) -> String { b.text(l) }
        func counts(_ m: [String: Int], _ name: (String) -> String) -> String {
            m.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\(name($0.key)) \($0.value)" }.joined(
                separator: ", ")
        }
        func word<V: Vocabulary>(_ type: V.Type, _ raw: String) -> String { V(rawValue: raw).map { Words.vocabulary($0, l) } ?? raw }
        let profiling = [
            word(ReaderType.self, s.profiling.type), s.profiling.dept, s.profiling.subject, word(Lifecycle.self, s.profiling.lifecycle),
        ]
        .compactMap { $0 }.joined(separator: " · ")
        let persistency = s.persistency.map { "\($0.quarter) \(Words.vocabulary($0.tier, l))" }.joined(separator: " → ")
        let services = counts(s.performance.services) { $0 }
        let channels = counts(s.performance.channels) { word(Channel.self, $0) }
        var performance = Words.format(Words.sevenPUses, l, s.performance.total, s.performance.services.count, s.performance.months)
        if !services.isEmpty { performance += t(Words.colon) + services }
        if !channels.isEmpty { performance += t(Words.semicolon) + Words.format(Words.sevenPChannels, l, channels) }
        let p = s.prospecting
        let trend = Words.trendNames[p.trend].map(t) ?? p.trend
        let none = t(Words.none)
        return [
            .field(t(Words.profiling), profiling),
            .field(t(Words.persistency), persistency),
            .field(t(Words.value), Words.value(s.value, l)),
            .field(t(Words.performance), performance),
            .field(t(Words.prospecting), Words.format(Words.sevenPProspecting, l, trend, p.recent, p.days, p.before)),
            .field(
                t(Words.products),
                Words.format(
                    Words.sevenPProducts, l,
                    s.products.used.isEmpty ? none : s.products.used.joined(separator: ", "),
                    s.products.suggested.isEmpty ? none : s.products.suggested.joined(separator: ", "))),
            .field(t(Words.promotion), Words.format(Words.sevenPPromotion, l, s.promotion.received.count, s.promotion.responses)),
        ]
    }
}
