import ReaderDeskCore
import ReaderDeskWords

/// The reusable answers offered in a reply form (Ctrl-T): what is typed searches titles and
/// keywords (characters, pinyin, initials); with nothing typed, those suggested by the ticket's
/// subject come first. Enter puts the picked answer into the text.
public struct AnswerPick: Sendable, Equatable {
    public var ticket: Int64
    public var query = ""
    public var hits: [Answer] = []
    public var selected = 0
    /// The loader fetches the hits again.
    public var stale = true
}

extension AppState {
    mutating func openAnswerPick(_ f: inout Form) {
        guard case .comment(let ticket, _, _) = f.purpose else {
            message = Words.Answers.onlyInReply.text(language)
            return
        }
        f.answers = AnswerPick(ticket: ticket)
    }

    /// Keys while the answers are open: typing searches, ↑/↓ pick, Enter inserts, Esc or Ctrl-T closes.
    mutating func handleAnswerPick(_ key: Key, _ f: inout Form) {
        guard var pick = f.answers else { return }
        switch key {
        case .char(let c): pick.query.append(c); pick.stale = true
        case .paste(let text): pick.query += text; pick.stale = true
        case .backspace, .ctrl("h"):
            if !pick.query.isEmpty { pick.query.removeLast(); pick.stale = true }
        default:
            switch keys.action(for: key, in: .form) {
            case .cancelForm?, .back?, .answers?:
                f.answers = nil
                return
            case .up?: pick.selected = max(0, pick.selected - 1)
            case .down?: pick.selected = min(max(0, pick.hits.count - 1), pick.selected + 1)
            case .confirmField?, .save?:
                if pick.hits.indices.contains(pick.selected), let i = f.fields.firstIndex(where: { $0.id == .text }) {
                    let answer = pick.hits[pick.selected]
                    if !f.fields[i].editor.text.isEmpty && !f.fields[i].editor.text.hasSuffix("\n") { f.fields[i].editor.insert("\n") }
                    f.fields[i].editor.insert(answer.replyText)
                    if !f.usedAnswers.contains(answer.id) { f.usedAnswers.append(answer.id) }
                    f.focus = i
                }
                f.answers = nil
                return
            default: break
            }
        }
        f.answers = pick
    }
}

enum AnswerPickView {
    static func lines(_ pick: AnswerPick, width: Int, _ l: Language) -> [StyledLine] {
        var out = [
            StyledLine(""),
            StyledLine(Words.Answers.search.text(l) + " ", Style(.header, [.bold]))
                .adding(pick.query + "▏", Style(.input)),
        ]
        if pick.stale {
            out.append(StyledLine("…", Style(.dim)))
        } else if pick.hits.isEmpty {
            out.append(StyledLine(Words.Answers.noMatch.text(l), Style(.warning)))
        }
        for (i, a) in pick.hits.prefix(6).enumerated() {
            let mark = i == pick.selected ? "→ " : "  "
            let text = mark + Sanitizer.singleLine(a.title) + "  " + Sanitizer.singleLine(a.replyText)
            out.append(StyledLine(DisplayWidth.truncate(text, to: width), i == pick.selected ? Style(.accent, [.bold]) : Style(.normal)))
        }
        out.append(StyledLine(Words.Answers.hint.text(l), Style(.dim)))
        return out
    }
}
