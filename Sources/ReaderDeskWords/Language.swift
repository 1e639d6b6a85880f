/// The two languages of the interface.
public enum Language: String, CaseIterable, Sendable {
    case en
    case zhHans = "zh-Hans"

    /// `READERDESK_LANG` (en, zh-Hans, zh...) wins; otherwise the first of LC_ALL,
    /// LC_MESSAGES, LANG that is set and non-empty decides: Chinese if it starts with "zh".
    public static func detect(environment: [String: String]) -> Language {
        if let explicit = environment["READERDESK_LANG"], !explicit.isEmpty {
            return explicit.lowercased().hasPrefix("zh") ? .zhHans : .en
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zhHans : .en
            }
        }
        return .en
    }
}

/// A text in both languages.
public struct Bilingual: Sendable, Equatable {
    public var en: String
    public var zh: String
    public init(_ en: String, _ zh: String) { self.en = en; self.zh = zh }
    public func text(_ language: Language) -> String { language == .zhHans ? zh : en }
}
