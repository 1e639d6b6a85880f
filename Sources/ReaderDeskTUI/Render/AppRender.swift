import ReaderDeskCore
import ReaderDeskWords

/// Rendering: a pure function of the state into a grid of cells. The runner flushes the
/// grid; tests compare its text.
public enum AppRender {
    public static func render(_ s: AppState) -> Screen {
        var screen = Screen(width: s.size.width, height: s.size.height)
        let layout = s.layout
        if layout.tooSmall {
            drawTooSmall(&screen, s)
            return screen
        }
        if let bar = layout.tabBar { TabBar.draw(&screen, s, in: bar) }
        for pane in PaneID.ordered {
            guard let rect = layout.rect(of: pane, focus: s.focus) else { continue }
            pane.room.draw(&screen, s, in: rect, focused: pane == s.focus)
        }
        StatusLine.draw(&screen, s, in: layout.statusLine)
        FormView.draw(&screen, s)
        if let scroll = s.help { HelpOverlay.draw(&screen, s, scroll: scroll) }
        return screen
    }

    /// Where the text cursor goes: in the focused text field of a form, at the end of the
    /// search field while typing, else hidden.
    public static func cursor(_ s: AppState) -> (x: Int, y: Int)? {
        if s.keyContext == .form, !s.layout.tooSmall { return FormView.plan(s)?.cursor }
        guard s.keyContext == .textInput, !s.layout.tooSmall, let search = s.readers.search,
            let rect = s.layout.rect(of: .readers, focus: s.focus)
        else { return nil }
        let inner = rect.inner
        let x = inner.x + DisplayWidth.width(of: s.text[Words.searchPrompt]) + DisplayWidth.width(of: Sanitizer.singleLine(search.text))
        return (min(x, inner.x + inner.width - 1), inner.y)
    }

    /// A pane's frame: a box whose title names the pane; the focused one stands out. `detail`
    /// (a count, the position in a list) follows the title in a plain style.
    static func frame(
        _ screen: inout Screen, _ s: AppState, _ rect: Rect, focused: Bool, title: String,
        detail: String? = nil
    ) {
        let highlight = focused && s.layout.wide
        screen.box(
            x: rect.x, y: rect.y, width: rect.width, height: rect.height,
            style: Style(highlight ? .accent : .border), kind: highlight ? .heavy : .single,
            title: title, titleStyle: Style(focused ? .title : .dim, focused ? [.bold] : []),
            detail: detail, detailStyle: focused ? .normal : Style(.dim))
    }

    private static func drawTooSmall(_ screen: inout Screen, _ s: AppState) {
        let lines = [
            s.text.terminalTooSmall(need: Layout.minimum, have: (s.size.width, s.size.height)),
            s.text[Words.terminalTooSmallHint],
        ]
        let top = max(0, s.size.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let w = DisplayWidth.width(of: line)
            screen.put(line, x: max(0, (s.size.width - w) / 2), y: top + i, style: Style(i == 0 ? .warning : .dim))
        }
    }
}

enum TabBar {
    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect) {
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.tabInactive))
        var x = rect.x
        for pane in PaneID.ordered {
            let label = " \(pane.number) \(s.text[pane.title]) "
            x = screen.put(
                label, x: x, y: rect.y,
                style: Style(
                    pane == s.focus ? .tabActive : .tabInactive,
                    pane == s.focus ? [.bold] : []))
            x += 1
        }
        let name = "ReaderDesk "
        screen.put(name, x: rect.x + rect.width - DisplayWidth.width(of: name), y: rect.y, style: Style(.tabInactive))
    }
}

enum StatusLine {
    /// Who, the counts and the clock. When the line is short (80 columns and a long login, a
    /// follow-up count) words go first — the role, "? help", then the counts' long labels, then
    /// the login — and the counts (pending, overdue, follow-ups) stay.
    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect) {
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.status))
        let v = variant(s, width: rect.width)
        let rightX = rect.x + rect.width - DisplayWidth.width(of: v.right)
        var x = screen.put(v.who, x: rect.x, y: rect.y, style: Style(.status))
        if let message = s.message {
            // A message takes the counts' place until the next key.
            screen.put(message, x: x, y: rect.y, style: Style(.warning, [.bold]), maxWidth: max(0, rightX - x - 1))
        } else {
            for (i, part) in v.counts.enumerated() {
                if i > 0 { x = screen.put(" · ", x: x, y: rect.y, style: Style(.status)) }
                // The overdue count in the warning colour, so it is seen.
                let danger = i == 1 && s.status.overdue > 0
                x = screen.put(
                    part, x: x, y: rect.y, style: danger ? Style(.danger, [.bold]) : Style(.status), maxWidth: max(0, rightX - x))
            }
        }
        screen.put(v.right, x: rightX, y: rect.y, style: Style(.status))
    }

    /// The fullest status line that fits `width`.
    static func variant(_ s: AppState, width: Int) -> (who: String, counts: [String], right: String) {
        let l = s.language
        func count(_ n: String, _ word: String) -> String { l == .zhHans ? "\(word) \(n)" : "\(n) \(word)" }
        let pending = s.status.pending.map(String.init) ?? "—", overdue = String(s.status.overdue), followUps = s.status.followUps
        let full =
            [count(pending, s.text[Words.statusPending]), count(overdue, s.text[Words.statusOverdue])]
            + (followUps > 0 ? [Words.format(Words.followUpsDue, l, followUps)] : [])
        let short =
            [count(pending, Words.pendingShort.text(l)), count(overdue, Words.overdueShort.text(l))]
            + (followUps > 0 ? [count(String(followUps), Words.followUpsShort.text(l))] : [])
        let clock = TimeText.clock(s.status.now, s.calendar)
        let login = " \(s.status.login) · ", role = Words.vocabulary(s.status.role, l) + " · "
        let help = " \(Words.help.text(l))  \(clock) ", bare = " \(clock) "
        let variants = [(login + role, full, help), (login, full, help), (login, full, bare), (login, short, bare), (" ", short, bare)]
        return variants.first { who, counts, right in
            DisplayWidth.width(of: who) + DisplayWidth.width(of: counts.joined(separator: " · ")) + 1 + DisplayWidth.width(of: right)
                <= width
        } ?? variants.last!
    }
}

enum HelpOverlay {
    static func draw(_ screen: inout Screen, _ s: AppState, scroll: Int) {
        let lines = s.keys.helpLines(language: s.language)
        let width = min(s.size.width - 4, 76)
        let height = min(s.size.height - 2, lines.count + 3)
        let x = (s.size.width - width) / 2, y = (s.size.height - height) / 2
        screen.fill(x: x, y: y, width: width, height: height, style: Style(.help))
        screen.box(x: x, y: y, width: width, height: height, style: Style(.border), kind: .double, title: s.text[Words.helpTitle])
        let body = Rect(x: x + 2, y: y + 1, width: width - 4, height: height - 3)
        let styled = lines.map { line -> StyledLine in
            line.hasPrefix("  ") || line.isEmpty ? StyledLine(line, Style(.help)) : StyledLine(line, Style(.header, [.bold]))
        }
        screen.draw(styled, in: body, scroll: scroll)
        screen.put(s.text[Words.helpClose], x: x + 2, y: y + height - 2, style: Style(.dim), maxWidth: width - 4)
    }
}
