import ReaderDeskCore
import ReaderDeskWords

/// The key map in force: the default table with the user's overrides applied. It answers
/// "what does this key do here?" and lists the same bindings for the help overlay.
public struct KeyBindings: Sendable {
    public private(set) var bindings: [KeyBinding]
    private var scoped: [KeyContext: [Key: Action]] = [:]
    private var global: [Key: Action] = [:]

    public init(_ bindings: [KeyBinding] = KeyBinding.defaults) {
        self.bindings = bindings
        rebuild()
    }

    /// Replaces the keys of some actions (a user's `[keys]` section). Keys taken by an
    /// override are removed from whatever default action had them in the same scope,
    /// so the user's choice always wins.
    public mutating func override(_ keysByAction: [Action: [Key]]) {
        for (action, keys) in keysByAction {
            guard let i = bindings.firstIndex(where: { $0.action == action }) else { continue }
            let scope = bindings[i].contexts
            for j in bindings.indices where j != i && KeyBindings.overlap(bindings[j].contexts, scope) {
                bindings[j].keys.removeAll { keys.contains($0) }
            }
            bindings[i].keys = keys
        }
        rebuild()
    }

    /// The action for `key` in `context`. Bindings of the context come before global ones.
    /// While typing (`.textInput`) plain characters are text, so they never map to actions.
    public func action(for key: Key, in context: KeyContext? = nil) -> Action? {
        if context == .textInput || context == .form, case .char = key { return nil }
        if let context, let a = scoped[context]?[key] { return a }
        return global[key]
    }

    /// Keys bound to an action, for hints like "c: log contact".
    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    public func binding(for action: Action) -> KeyBinding? {
        bindings.first { $0.action == action }
    }

    /// The help overlay's content: groups in order, each with (keys, description) rows.
    /// With a context, bindings that do not apply there are left out.
    public func helpSections(language: Language, context: KeyContext? = nil) -> [HelpSection] {
        BindingGroup.allCases.compactMap { group in
            let rows = bindings.filter { b in
                b.group == group && !b.keys.isEmpty
                    && (context == nil || b.contexts == nil || b.contexts!.contains(context!))
            }.map { b in
                HelpRow(
                    action: b.action, keys: b.keys.map(\.displayName).joined(separator: " "),
                    text: b.help.text(language))
            }
            return rows.isEmpty ? nil : HelpSection(title: Localisation(language)[group.title], rows: rows)
        }
    }

    /// Help as ready-to-draw lines, keys padded to one column width (by display width).
    public func helpLines(language: Language, context: KeyContext? = nil) -> [String] {
        let sections = helpSections(language: language, context: context)
        let keyWidth = sections.flatMap(\.rows).map { DisplayWidth.width(of: $0.keys) }.max() ?? 0
        var lines: [String] = []
        for s in sections {
            if !lines.isEmpty { lines.append("") }
            lines.append(s.title)
            for r in s.rows { lines.append("  " + DisplayWidth.pad(r.keys, to: keyWidth) + "  " + r.text) }
        }
        return lines
    }

    private mutating func rebuild() {
        scoped = [:]
        global = [:]
        // Earlier rows win when two share a key, so iterate in reverse and overwrite.
        for b in bindings.reversed() {
            for k in b.keys {
                if let contexts = b.contexts {
                    for c in contexts { scoped[c, default: [:]][k] = b.action }
                } else {
                    global[k] = b.action
                }
            }
        }
    }

    private static func overlap(_ a: Set<KeyContext>?, _ b: Set<KeyContext>?) -> Bool {
        guard let a, let b else { return true }
        return !a.isDisjoint(with: b)
    }
}

public struct HelpSection: Sendable, Equatable {
    public var title: String
    public var rows: [HelpRow]
}

public struct HelpRow: Sendable, Equatable {
    public var action: Action
    public var keys: String
    public var text: String
}
