import CNcursesw

/// The curses look of each colour role: one colour pair per role (pair 0 when colour is
/// off) and the attribute bits. Computed once per theme so flushing is a table lookup.
struct NcursesColours {
    struct Look { var pair: Int16; var attributes: TextAttributes }
    private var looks: [ColourRole: Look] = [:]
    private let theme: Theme
    private let mode: ColourMode

    /// Defines the colour pairs with init_pair; call after start_color().
    init(theme: Theme, mode: ColourMode) {
        self.theme = theme
        self.mode = mode
        let maxPairs = mode == .none ? 0 : Int(rd_color_pairs()) - 1
        for (i, role) in ColourRole.allCases.enumerated() {
            let r = theme.resolve(role, mode: mode)
            var pair: Int16 = 0
            if mode != .none && i < maxPairs && (r.foreground >= 0 || r.background >= 0) {
                pair = Int16(i + 1)
                init_pair(pair, Int16(r.foreground), Int16(r.background))
            }
            looks[role] = Look(pair: pair, attributes: r.attributes)
        }
    }

    func look(_ style: Style) -> (pair: Int16, attr: attr_t) {
        let l = looks[style.role] ?? Look(pair: 0, attributes: [])
        return (l.pair, Self.attr(l.attributes.union(style.attributes)))
    }

    static func attr(_ a: TextAttributes) -> attr_t {
        var out = rd_a_normal()
        if a.contains(.bold) { out |= rd_a_bold() }
        if a.contains(.reverse) { out |= rd_a_reverse() }
        if a.contains(.underline) { out |= rd_a_underline() }
        if a.contains(.dim) { out |= rd_a_dim() }
        return out
    }
}
