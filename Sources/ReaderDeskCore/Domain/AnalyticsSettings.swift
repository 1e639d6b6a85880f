/// Settings of the value score and the matrix rules (filled in by the analytics part).
public enum AnalyticsSettings {
    public static var all: [SettingDefinition] { [] }
}
