import GRDB

/// A setting an administrator may change: its key, default and what values it takes.
public struct SettingDefinition: Sendable {
    public let key: String
    public let defaultValue: String
    public let help: String
    public let validate: @Sendable (String) -> ReaderDeskError?  // nil when fine, else why not

    public init(
        _ key: String, _ defaultValue: String, _ help: String,
        validate: @escaping @Sendable (String) -> ReaderDeskError? = { _ in nil }
    ) {
        self.key = key
        self.defaultValue = defaultValue
        self.help = help
        self.validate = validate
    }

    public static func number(_ key: String, _ value: Double, _ help: String, min: Double = 0) -> SettingDefinition {
        SettingDefinition(key, value == value.rounded() ? String(Int(value)) : String(value), help) { text in
            guard let v = Double(text), v.isFinite, v >= min else {
                let least = min == min.rounded() ? String(Int(min)) : String(min)
                return .invalid("\(key) takes a number ≥ \(least)", Phrase("error.setting.number", [key, least]))
            }
            _ = v
            return nil
        }
    }
}

/// Every known setting. Other parts of the core add theirs to `SettingsCatalog.all`.
public enum SettingsCatalog {
    public static let sla: [SettingDefinition] = [
        .number("sla.urgent.hours", 4, "hours to resolve an urgent ticket"),
        .number("sla.high.hours", 24, "hours to resolve a high-priority ticket"),
        .number("sla.normal.hours", 72, "hours to resolve a normal ticket"),
        .number("sla.low.hours", 168, "hours to resolve a low-priority ticket"),
        slaNoneKinds,
    ]
    public static let general: [SettingDefinition] = [
        SettingDefinition("library.timezone", "", "the time zone usage months were counted in (set by init)"),
        SettingDefinition("library.name", "ReaderDesk library", "the library's name, shown in the app"),
    ]
    public static var all: [SettingDefinition] {
        general + sla + privacy + transfer + AnalyticsSettings.all + MailSettings.definitions
            + LifecycleSettings.all
    }

    public static func definition(_ key: String) -> SettingDefinition? { all.first { $0.key == key } }
}

extension AppDatabase {
    /// The value of a setting, or its default.
    public func setting(_ key: String) throws -> String {
        try read { db in try Self.setting(db, key) }
    }

    static func setting(_ db: Database, _ key: String) throws -> String {
        if let v = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) { return v }
        if key == AnalyticsSettings.remindServices.key { return try AnalyticsSettings.remindDefault(db) }
        return SettingsCatalog.definition(key)?.defaultValue ?? ""
    }

    static func number(_ db: Database, _ key: String) throws -> Double {
        Double(try setting(db, key)) ?? Double(SettingsCatalog.definition(key)?.defaultValue ?? "") ?? 0
    }

    /// All settings with their values (defaults where unset).
    public func allSettings() throws -> [(key: String, value: String, help: String)] {
        try read { db in
            try SettingsCatalog.all.map { ($0.key, try Self.setting(db, $0.key), $0.help) }
        }
    }

    public func setSetting(_ actor: Actor, key: String, value: String) throws {
        try actor.require(.manageSettings)
        guard let def = SettingsCatalog.definition(key) else {
            throw ReaderDeskError.invalid(
                "unknown setting '\(key)': 'readerdesk settings list' shows them all", Phrase("error.setting.unknown", [key]))
        }
        if let why = def.validate(value) { throw why }
        try write { db in
            if let why = try Self.settingConflict(db, key: key, value: value) { throw why }
            try db.execute(
                sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, value])
            try Self.audit(db, actor, "setting.set", detail: key)
        }
    }
}
