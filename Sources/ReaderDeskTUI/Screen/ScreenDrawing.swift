import ReaderDeskCore

/// Lines and boxes in Unicode box-drawing characters (all one column wide everywhere).
public enum BorderKind: Sendable {
    case single, double, rounded, heavy

    var glyphs: (h: Character, v: Character, tl: Character, tr: Character, bl: Character, br: Character) {
        switch self {
        case .single: return ("─", "│", "┌", "┐", "└", "┘")
        case .double: return ("═", "║", "╔", "╗", "╚", "╝")
        case .rounded: return ("─", "│", "╭", "╮", "╰", "╯")
        case .heavy: return ("━", "┃", "┏", "┓", "┗", "┛")
        }
    }
}

extension Screen {
    public mutating func horizontalLine(
        x: Int, y: Int, width w: Int, style: Style = Style(.border),
        kind: BorderKind = .single
    ) {
        fill(x: x, y: y, width: w, height: 1, character: kind.glyphs.h, style: style)
    }

    public mutating func verticalLine(
        x: Int, y: Int, height h: Int, style: Style = Style(.border),
        kind: BorderKind = .single
    ) {
        fill(x: x, y: y, width: 1, height: h, character: kind.glyphs.v, style: style)
    }

    /// Draws a border around the rectangle (the inside is left as it is), with an optional
    /// title in the top edge, clipped so the corners survive.
    public mutating func box(
        x: Int, y: Int, width w: Int, height h: Int, style: Style = Style(.border),
        kind: BorderKind = .single, title: String? = nil, titleStyle: Style = Style(.title),
        detail: String? = nil, detailStyle: Style = .normal
    ) {
        guard w >= 2 && h >= 2 else { return }
        let g = kind.glyphs
        horizontalLine(x: x + 1, y: y, width: w - 2, style: style, kind: kind)
        horizontalLine(x: x + 1, y: y + h - 1, width: w - 2, style: style, kind: kind)
        verticalLine(x: x, y: y + 1, height: h - 2, style: style, kind: kind)
        verticalLine(x: x + w - 1, y: y + 1, height: h - 2, style: style, kind: kind)
        set(x: x, y: y, Cell(g.tl, style: style))
        set(x: x + w - 1, y: y, Cell(g.tr, style: style))
        set(x: x, y: y + h - 1, Cell(g.bl, style: style))
        set(x: x + w - 1, y: y + h - 1, Cell(g.br, style: style))
        if let title, w > 4 {
            let room = w - 4
            let shown = DisplayWidth.truncate(Sanitizer.singleLine(title), to: room)
            let end = put(" " + shown + " ", x: x + 1, y: y, style: titleStyle, maxWidth: w - 2)
            // The detail (a count, a position) changes as one moves; in a plain style it costs
            // fewer bytes on the wire than the title's bold colour.
            if let detail, case let left = x + w - 2 - end, left > 3 {
                put(
                    "· " + DisplayWidth.truncate(Sanitizer.singleLine(detail), to: left - 3) + " ", x: end, y: y,
                    style: detailStyle, maxWidth: left)
            }
        }
    }
}
