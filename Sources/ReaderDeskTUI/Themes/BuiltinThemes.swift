/// Built-in copies of Themes/*.toml, so a release binary copied anywhere still has its
/// themes. Each copy lives in its own file (BuiltinTheme*.swift), generated from the
/// TOML file; a test checks they stay identical.
enum BuiltinThemes {
    static let all: [String: String] = [
        "default": defaultTheme,
        "high-contrast": highContrastTheme,
        "monochrome": monochromeTheme,
    ]
    static let names = ["default", "high-contrast", "monochrome"]
}
