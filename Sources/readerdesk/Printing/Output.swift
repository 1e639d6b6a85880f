import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// Printing: one JSON document with `--json`, else an aligned table for people.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let data = try jsonEncoder().encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// The one JSON style of every command.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Columns aligned by display width (CJK names take two columns per character), as wide as
    /// the terminal allows (`columnWidths`). A listing cut at its limit says so after the table.
    /// The headings come from the catalogue (`Words.Column`), in the command line's language.
    static func table(_ header: [Bilingual], _ rows: [[String]], total: Int? = nil) {
        table(strings: header.map { $0.text(commandLineLanguage) }, rows, total: total)
    }

    static func table(strings header: [String], _ rows: [[String]], total: Int? = nil) {
        let clean = rows.map { $0.map(Sanitizer.singleLine) }
        var natural = header.map { DisplayWidth.width(of: $0) }
        for row in clean {
            for (i, cell) in row.enumerated() where i < natural.count { natural[i] = max(natural[i], DisplayWidth.width(of: cell)) }
        }
        let widths = columnWidths(natural, headers: header.map { DisplayWidth.width(of: $0) }, room: terminalWidth())
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let cut = DisplayWidth.truncate(c, to: widths[i])
                return i == cells.count - 1 ? cut : cut + String(repeating: " ", count: widths[i] - DisplayWidth.width(of: cut))
            }.joined(separator: "  ")
        }
        print(line(header))
        for row in clean { print(line(row)) }
        if let total, total > rows.count { cutNotice(shown: rows.count, of: total) }
    }

    /// Tables of `Listed` rows: the rows, then the notice if the limit cut them.
    static func table<R>(_ header: [Bilingual], _ listed: Listed<R>, _ cells: (R) -> [String]) {
        table(header, listed.rows.map(cells), total: listed.total)
    }

    /// "1000 of 2000 shown; --limit N for more", on stderr so the table itself stays clean for a pipe.
    static func cutNotice(shown: Int, of total: Int) {
        FileHandle.standardError.write(Data((say(Line.cutNotice, shown, total) + "\n").utf8))
    }

    /// The columns the terminal has: $COLUMNS, else the terminal's own size (80 if it will not say).
    /// Not a terminal (a pipe, a file, a script's `grep`): no limit, so no value is ever cut.
    static func terminalWidth() -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        guard isatty(STDOUT_FILENO) != 0 else { return Int.max / 4 }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Each column as wide as its widest cell when the line fits `room`; else the last column
    /// (the free text: subject, summary, detail) gives up columns first, down to 20, then the
    /// widest ones, none narrower than its heading (or 6), so short columns stay whole.
    static func columnWidths(_ natural: [Int], headers: [Int], room: Int, gap: Int = 2) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) + gap * max(0, widths.count - 1) - room
        let floor = zip(natural, headers).map { min($0, max($1, 6)) }
        if excess > 0, let last = widths.indices.last {
            let give = min(excess, max(0, widths[last] - max(floor[last], 20)))
            widths[last] -= give
            excess -= give
        }
        while excess > 0 {
            guard let i = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[i] -= 1
            excess -= 1
        }
        return widths
    }

    /// "key: value" lines for one record.
    /// Tickets' median hours to the first reply and to resolution, by kind (nothing if none).
    static func ticketTimes(first: [String: Durations], resolution: [String: Durations]) {
        let kinds = Set(first.keys).union(resolution.keys).sorted()
        guard !kinds.isEmpty else { return }
        func h(_ d: Durations?) -> String { d?.medianHours.map { say(Line.hours, String(format: "%.1f", $0)) } ?? "" }
        print(say(Line.section, say(Line.ticketTimes)))
        table(
            [Column.kind, Column.firstResponse, Column.resolution],
            kinds.map { [word($0, as: TicketKind.self), h(first[$0]), h(resolution[$0])] })
    }

    /// The labels come from the catalogue; aligned by display width (a Chinese label is twice as wide).
    static func fields(_ pairs: [(Bilingual, String?)]) {
        let labels = pairs.map { say($0.0) }
        let width = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
        for ((_, v), k) in zip(pairs, labels) {
            guard let v, !v.isEmpty else { continue }
            print(k + String(repeating: " ", count: width - DisplayWidth.width(of: k)) + "  " + Sanitizer.singleLine(v))
        }
    }
}
