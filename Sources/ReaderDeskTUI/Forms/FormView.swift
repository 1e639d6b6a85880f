import ReaderDeskCore
import ReaderDeskWords

/// The open form drawn as a box over the panes: one row per field (a reader field adds its
/// hits), then a note, the refusal if any, and the keys. `plan` is shared by drawing and by
/// the text cursor, so both agree on where the cursor is.
enum FormView {
    static let labelWidth = 14

    struct Plan {
        var box: Rect
        var lines: [StyledLine]
        var cursor: (x: Int, y: Int)?
    }

    static func plan(_ s: AppState) -> Plan? {
        guard let f = s.form else { return nil }
        let l = s.language
        let width = min(s.size.width - 2, 84)
        let valueWidth = max(10, width - 4 - labelWidth)
        var rows: [StyledLine] = []
        var focusRow = 0, cursorColumn: Int?
        for (i, field) in f.fields.enumerated() {
            let focused = i == f.focus
            if focused { focusRow = rows.count }
            let label = StyledLine(
                DisplayWidth.pad(field.label.text(l), to: labelWidth),
                focused ? Style(.header, [.bold]) : Style(.dim))
            switch field.kind {
            case .text, .reader:
                let shown = field.editor.visible(width: valueWidth)
                if focused { cursorColumn = labelWidth + shown.cursorColumn }
                rows.append(label.adding(DisplayWidth.pad(shown.text, to: valueWidth), Style(.input)))
                if field.kind == .reader { rows += lookupLines(f, focused: focused, l) }
            case .choice(let options):
                rows += choiceLines(label, options, field.choice, focused: focused, width: valueWidth, l)
            }
        }
        if let pick = f.answers {
            focusRow = rows.count
            rows += AnswerPickView.lines(pick, width: width - 4, l)
            cursorColumn = nil
        }
        var tail: [StyledLine] = [StyledLine()]
        if let note = f.note { tail.append(StyledLine(note, Style(.dim))) }
        if let error = f.error { tail.append(StyledLine(error, Style(.danger, [.bold]))) }
        tail.append(
            f.confirmingCancel
                ? StyledLine(Words.Form.discard.text(l), Style(.warning, [.bold]))
                : StyledLine(Words.Form.hint.text(l), Style(.dim)))
        // Fields scroll when the terminal is short; the tail always shows.
        let room = max(1, s.size.height - 2 - 2 - tail.count)
        let start = max(0, min(focusRow - room / 2, rows.count - room))
        let shown = Array(rows.dropFirst(start).prefix(room))
        let height = shown.count + tail.count + 2
        let box = Rect(x: (s.size.width - width) / 2, y: max(0, (s.size.height - 1 - height) / 2), width: width, height: height)
        let cursor = cursorColumn.map { (box.x + 2 + $0, box.y + 1 + focusRow - start) }
        return Plan(box: box, lines: shown + tail, cursor: f.confirmingCancel ? nil : cursor)
    }

    static func draw(_ screen: inout Screen, _ s: AppState) {
        guard let p = plan(s), let f = s.form else { return }
        let b = p.box
        screen.fill(x: b.x, y: b.y, width: b.width, height: b.height, style: Style(.normal))
        screen.box(
            x: b.x, y: b.y, width: b.width, height: b.height, style: Style(.accent), kind: .double,
            title: f.title, titleStyle: Style(.title, [.bold]))
        screen.draw(p.lines, in: Rect(x: b.x + 2, y: b.y + 1, width: b.width - 4, height: b.height - 2), scroll: 0)
    }

    /// Every option with its key, over two rows if need be; more than that shows the chosen
    /// one between arrows (a long staff list).
    private static func choiceLines(
        _ label: StyledLine, _ options: [Choice], _ chosen: Int, focused: Bool,
        width: Int, _ l: Language
    ) -> [StyledLine] {
        if options.isEmpty { return [label.adding(Words.Form.loadingStaff.text(l), Style(.dim))] }
        let texts = options.map { o in
            let label = o.label.text(l)
            return label == String(o.key) ? " \(label) " : " \(o.key) \(label) "
        }
        var lines = [label]
        var used = 0
        for (i, t) in texts.enumerated() {
            let w = DisplayWidth.width(of: t)
            if used + w > width {
                lines.append(StyledLine(String(repeating: " ", count: labelWidth)))
                used = 0
            }
            lines[lines.count - 1] = lines[lines.count - 1]
                .adding(t, i == chosen ? Style(focused ? .selected : .accent, [.bold]) : Style(.dim))
            used += w
        }
        if lines.count <= 2 { return lines }
        let t = options.indices.contains(chosen) ? texts[chosen] : ""
        return [
            label.adding("‹" + t + "›", Style(focused ? .selected : .accent, [.bold]))
                .adding("  " + Words.Form.choiceHint.text(l), Style(.dim))
        ]
    }

    private static func lookupLines(_ f: Form, focused: Bool, _ l: Language) -> [StyledLine] {
        let pad = String(repeating: " ", count: labelWidth)
        guard let query = f[.reader], !query.isEmpty else {
            return focused ? [StyledLine(pad + Words.Form.lookupHint.text(l), Style(.dim))] : []
        }
        guard let lookup = f.lookup, lookup.query == query else { return [StyledLine(pad + "…", Style(.dim))] }
        if lookup.hits.isEmpty { return [StyledLine(pad + Words.Form.noMatch.text(l), Style(.warning))] }
        let hits = focused ? Array(lookup.hits.enumerated()) : [(lookup.selected, lookup.hits[lookup.selected])]
        return hits.map { i, r in
            let mark = i == lookup.selected ? "→ " : "  "
            let text = mark + r.name + "  " + r.card + (r.dept.map { "  " + $0 } ?? "")
            return StyledLine(pad).adding(text, i == lookup.selected ? Style(.accent, [.bold]) : Style(.normal))
        }
    }
}
