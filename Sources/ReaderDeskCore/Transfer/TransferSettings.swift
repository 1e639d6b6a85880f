import GRDB

/// Settings the importers remember between runs, as `KEY=VALUE` lists.
public enum TransferSettings {
    /// Koha category code → reader type, e.g. `PT=undergraduate,FAC=faculty`.
    public static let kohaCategories = "import.koha.categories"
    /// Client address range → location class, e.g. `10.1.0.0/16=onsite,10.0.0.0/8=campus`.
    public static let ezproxyLocations = "import.ezproxy.locations"
    /// The EZproxy server's own host names: requests to them are not usage.
    public static let ezproxyProxyHosts = "import.ezproxy.proxy-hosts"
    /// COUNTER database, title or platform name → service code, `;`-separated (names hold commas).
    public static let counterServices = "import.counter.services"

    public static let all: [SettingDefinition] = [
        SettingDefinition(kohaCategories, "", "Koha category codes and the reader type each means: CODE=type,…") { text in
            pairs(text, ",").first { ReaderType(rawValue: $0.value.lowercased()) == nil }
                .map {
                    .invalid(
                        "category \($0.key) maps to unknown reader type '\($0.value)'",
                        Phrase("error.setting.kohaCategory", [$0.key, $0.value]))
                }
        },
        SettingDefinition(ezproxyLocations, "", "client address ranges and their location class: CIDR=onsite|campus,… (others are remote)")
        { text in
            pairs(text, ",").first { IPRange(cidr: $0.key) == nil || Location(rawValue: $0.value.lowercased()) == nil }
                .map {
                    .invalid(
                        "'\($0.key)=\($0.value)' is not CIDR=onsite|campus|remote",
                        Phrase("error.setting.ezproxyRange", [$0.key, $0.value]))
                }
        },
        SettingDefinition(ezproxyProxyHosts, "", "the EZproxy server's own host names, comma-separated"),
        SettingDefinition(counterServices, "", "COUNTER names and the service each means: NAME=CODE;…"),
    ]

    /// `A=x,B=y` → [(A, x), (B, y)], in order; blank items are skipped.
    public static func pairs(_ text: String, _ separator: Character) -> [(key: String, value: String)] {
        text.split(separator: separator).compactMap { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2, !parts[0].isEmpty else { return nil }
            return (parts[0], parts[1])
        }
    }

    /// The inverse of `pairs`, keys sorted so the stored text is stable.
    static func text(_ map: [String: String], _ separator: String) -> String {
        map.keys.sorted().map { "\($0)=\(map[$0]!)" }.joined(separator: separator)
    }
}

extension SettingsCatalog {
    static var transfer: [SettingDefinition] { TransferSettings.all }
}

extension AppDatabase {
    /// Stores a setting inside an import's transaction: the mapping given on the command line
    /// is kept for next time only when the import itself succeeds.
    static func rememberSetting(_ db: Database, _ actor: Actor, _ key: String, _ value: String) throws {
        guard try setting(db, key) != value else { return }
        try db.execute(
            sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
        try audit(db, actor, "setting.set", detail: key)
    }
}
