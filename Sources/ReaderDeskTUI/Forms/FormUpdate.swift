import ReaderDeskWords

/// Keys while a form is open. Characters and pastes are text (or a choice's key); the rest
/// go through the key table's `form` context: save, next and previous field, cancel, moves.
extension AppState {
    mutating func handleForm(_ key: Key) {
        guard var f = form else { return }
        f.error = nil
        if f.answers != nil {
            handleAnswerPick(key, &f)
            form = f
            return
        }
        if f.confirmingCancel {
            if key == .char("y") || key == .char("Y") || keys.action(for: key, in: .form) == .cancelForm {
                form = nil
                message = Words.Form.cancelled.text(language)
            } else {
                f.confirmingCancel = false
                form = f
            }
            return
        }
        switch key {
        case .char(let c): type(c, into: &f)
        case .paste(let text): if !f.focused.isChoice { f.fields[f.focus].editor.insert(text) }
        case .backspace, .ctrl("h"): f.fields[f.focus].editor.backspace()
        case .delete: f.fields[f.focus].editor.deleteForward()
        default:
            guard let action = keys.action(for: key, in: .form) else { break }
            if action == .cancelForm || action == .back {
                if f.isDirty {
                    f.confirmingCancel = true
                } else {
                    form = nil
                    message = Words.Form.cancelled.text(language)
                    return
                }
            } else {
                apply(action, to: &f)
            }
        }
        form = f
    }

    private func type(_ c: Character, into f: inout Form) {
        let i = f.focus
        guard case .choice(let options) = f.fields[i].kind else {
            f.fields[i].editor.insert(String(c))
            return
        }
        if let j = options.firstIndex(where: { $0.key == c }) ?? options.firstIndex(where: { $0.key == Character(c.lowercased()) }) {
            // A repeated first letter (two staff starting with w) steps to the next one.
            if options[f.fields[i].choice].key == options[j].key,
                let next = options.indices.first(where: { $0 > f.fields[i].choice && options[$0].key == options[j].key })
            {
                f.fields[i].choice = next
            } else {
                f.fields[i].choice = j
            }
        } else if c == " ", !options.isEmpty {
            f.fields[i].choice = (f.fields[i].choice + 1) % options.count
        }
    }

    private mutating func apply(_ action: Action, to f: inout Form) {
        let i = f.focus
        let isChoice = f.focused.isChoice
        let count = f.fields[i].options.count
        switch action {
        case .save: effects.append(.save)
        case .answers: openAnswerPick(&f)
        case .nextField: f.focus = (i + 1) % f.fields.count
        case .previousField: f.focus = (i + f.fields.count - 1) % f.fields.count
        case .confirmField:
            if i == f.fields.count - 1 { effects.append(.save) } else { f.focus = i + 1 }
        case .left:
            if isChoice {
                if count > 0 { f.fields[i].choice = (f.fields[i].choice + count - 1) % count }
            } else {
                f.fields[i].editor.left()
            }
        case .right:
            if isChoice { if count > 0 { f.fields[i].choice = (f.fields[i].choice + 1) % count } } else { f.fields[i].editor.right() }
        case .top: if !isChoice { f.fields[i].editor.home() }
        case .bottom: if !isChoice { f.fields[i].editor.end() }
        case .up, .down:
            // In a reader field the arrows pick among the hits; elsewhere they move between fields.
            if f.focused.kind == .reader, var l = f.lookup, !l.hits.isEmpty {
                l.selected = min(max(0, l.selected + (action == .up ? -1 : 1)), l.hits.count - 1)
                f.lookup = l
            } else {
                f.focus = action == .up ? max(0, i - 1) : min(f.fields.count - 1, i + 1)
            }
        case .quit: quit = true
        case .help: help = 0
        default: break
        }
    }
}
