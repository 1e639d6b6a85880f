import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// One line of a text view: runs of text, each with its own style.
public struct StyledLine: Sendable, Equatable {
    public var spans: [(text: String, style: Style)]

    public init(_ text: String = "", _ style: Style = .normal) { spans = text.isEmpty ? [] : [(text, style)] }

    public static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.spans.map(\.text) == b.spans.map(\.text) && a.spans.map(\.style) == b.spans.map(\.style)
    }

    public func adding(_ text: String, _ style: Style = .normal) -> StyledLine {
        var l = self
        l.spans.append((text, style))
        return l
    }

    /// "Label   value" with the label in a fixed column, for the master file's fields.
    public static func field(_ label: String, _ value: String?, width: Int = 14) -> StyledLine {
        StyledLine("  " + DisplayWidth.pad(label, to: width), Style(.dim)).adding(value ?? "—")
    }
}

extension Screen {
    /// Draws a styled line, clipped to `width` columns; the rest of the row keeps `fill`.
    mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int) {
        var col = x
        for span in line.spans {
            let room = x + width - col
            if room <= 0 { break }
            col = put(span.text, x: col, y: y, style: span.style, maxWidth: room)
        }
    }

    /// Draws `lines` from `scroll` into `rect`, one per row.
    mutating func draw(_ lines: [StyledLine], in rect: Rect, scroll: Int) {
        let start = min(max(0, scroll), max(0, lines.count - rect.height))
        for row in 0..<rect.height where start + row < lines.count {
            draw(lines[start + row], x: rect.x, y: rect.y + row, width: rect.width)
        }
    }
}

/// Cells of a table row, padded by display width so CJK and Latin names share columns.
struct TableColumn {
    var width: Int
    var align: DisplayWidth.Alignment = .left

    static func row(_ values: [String], _ columns: [TableColumn]) -> String {
        zip(values, columns).map { DisplayWidth.pad($0, to: $1.width, align: $1.align) }.joined(separator: " ")
    }
}

/// Times as the desk reads them, in the library's time zone.
enum TimeText {
    static func parts(_ epoch: Int64, _ calendar: LibraryCalendar) -> DateComponents {
        calendar.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
    }

    static func clock(_ epoch: Int64, _ calendar: LibraryCalendar) -> String {
        let d = parts(epoch, calendar)
        return String(format: "%02d:%02d", d.hour ?? 0, d.minute ?? 0)
    }

    static func dayAndTime(_ epoch: Int64, _ calendar: LibraryCalendar) -> String {
        let d = parts(epoch, calendar)
        return String(format: "%04d-%02d-%02d %02d:%02d", d.year ?? 0, d.month ?? 0, d.day ?? 0, d.hour ?? 0, d.minute ?? 0)
    }

    /// A span of time in its largest unit: "45m", "5h", "3d"; "45 分钟", "5 小时", "3 天".
    static func span(_ seconds: Int64, _ l: Language) -> String {
        let s = abs(seconds)
        if s < 3600 { return Words.format(Words.minutesSpan, l, s / 60) }
        if s < 86400 { return Words.format(Words.hoursSpan, l, s / 3600) }
        return Words.format(Words.daysSpan, l, s / 86400)
    }

    static func month(_ key: Int) -> String { String(format: "%04d-%02d", key / 100, key % 100) }
}
