import Foundation
import ReaderDeskCore

/// Printing: one JSON document with `--json`, else an aligned table for people.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Columns aligned by display width (CJK names take two columns per character).
    static func table(_ header: [String], _ rows: [[String]]) {
        let clean = rows.map { $0.map(Sanitizer.singleLine) }
        var widths = header.map { DisplayWidth.width(of: $0) }
        for row in clean { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], min(40, DisplayWidth.width(of: cell))) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let cut = DisplayWidth.truncate(c, to: widths[i])
                return i == cells.count - 1 ? cut : cut + String(repeating: " ", count: widths[i] - DisplayWidth.width(of: cut))
            }.joined(separator: "  ")
        }
        print(line(header))
        for row in clean { print(line(row)) }
    }

    /// "key: value" lines for one record.
    /// Tickets' median hours to the first reply and to resolution, by kind (nothing if none).
    static func ticketTimes(first: [String: Durations], resolution: [String: Durations]) {
        let kinds = Set(first.keys).union(resolution.keys).sorted()
        guard !kinds.isEmpty else { return }
        func h(_ d: Durations?) -> String { d?.medianHours.map { String(format: "%.1f h", $0) } ?? "" }
        print("— tickets (median hours)")
        table(["KIND", "FIRST RESPONSE", "RESOLUTION"], kinds.map { [$0, h(first[$0]), h(resolution[$0])] })
    }

    static func fields(_ pairs: [(String, String?)]) {
        let width = pairs.map { $0.0.count }.max() ?? 0
        for (k, v) in pairs {
            guard let v, !v.isEmpty else { continue }
            print(k.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Sanitizer.singleLine(v))
        }
    }
}
