import GRDB

/// What a setting's value alone cannot tell: whether the service codes it names exist and
/// whether the pyramid's shares stay in order. Checked in the transaction that stores it.
extension AppDatabase {
    static let pyramidShares = ["vip", "key", "mid"].map { "pyramid.\($0).percent" }

    /// Why `value` may not be stored under `key` in this library, or nil when it may.
    static func settingConflict(_ db: Database, key: String, value: String) throws -> ReaderDeskError? {
        var codes: [String] = []
        switch key {
        case AnalyticsSettings.remindServices.key:
            codes = AnalyticsSettings.parseRemind(value).values.flatMap { $0 }
        case TransferSettings.counterServices:
            codes = TransferSettings.pairs(value, ";").map(\.value)
        case _ where pyramidShares.contains(key):
            return try pyramidShareConflict(db, key: key, value: Double(value) ?? 0)
        default:
            return nil
        }
        let known = Set(try String.fetchAll(db, sql: "SELECT lower(code) FROM service"))
        if let unknown = codes.first(where: { !known.contains($0.lowercased()) }) {
            return .invalid(
                "\(key) names no service '\(unknown)': 'readerdesk service list' shows the codes",
                Phrase("error.setting.noService", [key, unknown]))
        }
        return nil
    }

    /// The shares are cumulative (vip, then vip + key, then vip + key + mid): each at most the next, all ≤ 100.
    private static func pyramidShareConflict(_ db: Database, key: String, value: Double) throws -> ReaderDeskError? {
        guard value <= 100 else { return .invalid("\(key) is a share of readers: at most 100", Phrase("error.setting.shareMax", [key])) }
        var shares = try pyramidShares.map { try number(db, $0) }
        shares[pyramidShares.firstIndex(of: key)!] = value
        guard shares[0] <= shares[1], shares[1] <= shares[2] else {
            let text = zip(["vip", "key", "mid"], shares).map { "\($0) \(Self.shareText($1))" }.joined(separator: ", ")
            return .invalid(
                "the pyramid's shares must grow: vip ≤ key ≤ mid (this would make \(text))", Phrase("error.setting.sharesGrow", [text]))
        }
        return nil
    }

    private static func shareText(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}

extension AnalyticsSettings {
    /// The default life-stage suggestions, keeping only the services this library has
    /// (a kind whose services are all missing is left out; none at all when no service exists).
    static func remindDefault(_ db: Database) throws -> String {
        let known = Set(try String.fetchAll(db, sql: "SELECT lower(code) FROM service"))
        return parseRemindInOrder(remindServices.defaultValue).compactMap { kind, codes in
            let kept = codes.filter { known.contains($0.lowercased()) }
            return kept.isEmpty ? nil : "\(kind.rawValue)=\(kept.joined(separator: ","))"
        }.joined(separator: ";")
    }

    private static func parseRemindInOrder(_ text: String) -> [(LifeEventKind, [String])] {
        text.split(separator: ";").compactMap { part in
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let kind = LifeEventKind(rawValue: kv[0].trimmingCharacters(in: .whitespaces)) else { return nil }
            return (kind, Staff.splitList(String(kv[1])))
        }
    }
}
