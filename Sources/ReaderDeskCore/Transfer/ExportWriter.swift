import Foundation

/// One cell of an exported row.
public enum ExportValue: Sendable, Equatable {
    case text(String)
    case int(Int64)
    case null
}

/// Writes rows as RFC 4180 CSV (header first) or as a JSON array of flat objects, into a
/// buffer handed to `sink` in large pieces: millions of usage rows without a JSONEncoder each.
struct ExportWriter {
    let format: Exporter.Format
    let columns: [String]
    let sink: ([UInt8]) throws -> Void
    private var buffer: [UInt8] = []
    private var rows = 0

    init(format: Exporter.Format, columns: [String], sink: @escaping ([UInt8]) throws -> Void) {
        self.format = format
        self.columns = columns
        self.sink = sink
        buffer.reserveCapacity(1 << 16)
        switch format {
        case .csv:
            for (i, name) in columns.enumerated() {
                if i > 0 { buffer.append(UInt8(ascii: ",")) }
                Self.csv(name, into: &buffer)
            }
            buffer.append(0x0A)
        case .json:
            buffer.append(UInt8(ascii: "["))
        }
    }

    mutating func write(_ values: [ExportValue]) throws {
        switch format {
        case .csv:
            for (i, value) in values.enumerated() {
                if i > 0 { buffer.append(UInt8(ascii: ",")) }
                switch value {
                case .text(let s): Self.csv(s, into: &buffer)
                case .int(let n): buffer.append(contentsOf: String(n).utf8)
                case .null: break
                }
            }
            buffer.append(0x0A)
        case .json:
            buffer.append(contentsOf: (rows == 0 ? "\n  {" : ",\n  {").utf8)
            for (i, value) in values.enumerated() {
                if i > 0 { buffer.append(contentsOf: ", ".utf8) }
                Self.json(columns[i], into: &buffer)
                buffer.append(contentsOf: ": ".utf8)
                switch value {
                case .text(let s): Self.json(s, into: &buffer)
                case .int(let n): buffer.append(contentsOf: String(n).utf8)
                case .null: buffer.append(contentsOf: "null".utf8)
                }
            }
            buffer.append(UInt8(ascii: "}"))
        }
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    mutating func finish() throws {
        if format == .json { buffer.append(contentsOf: (rows == 0 ? "]\n" : "\n]\n").utf8) }
        try flush()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Quoted only when needed: a separator, quote or line break inside, or spaces at an end.
    static func csv(_ s: String, into out: inout [UInt8]) {
        let utf8 = s.utf8
        let needsQuotes =
            utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needsQuotes else { out.append(contentsOf: utf8); return }
        out.append(0x22)
        for b in utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    static func json(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}

/// ISO 8601 local times with their offset, e.g. `2026-03-01T09:30:00+08:00`, without a
/// formatter per row; the offset is looked up once per quarter hour.
struct ExportClock {
    let timeZone: TimeZone
    private var offsets: [Int64: Int] = [:]

    init(_ timeZone: TimeZone) { self.timeZone = timeZone }

    mutating func timestamp(_ epoch: Int64) -> String {
        let bucket = epoch >= 0 ? epoch / 900 : (epoch - 899) / 900
        let offset: Int
        if let hit = offsets[bucket] {
            offset = hit
        } else {
            offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epoch)))
            offsets[bucket] = offset
        }
        let local = epoch + Int64(offset)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secs = Int(local - days * 86_400)
        let (y, m, d) = LocalClock.civil(days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let zone = offset == 0 ? "Z" : "\(offset < 0 ? "-" : "+")\(two(abs(offset) / 3600)):\(two(abs(offset) % 3600 / 60))"
        return "\(y)-\(two(m))-\(two(d))T\(two(secs / 3600)):\(two(secs % 3600 / 60)):\(two(secs % 60))\(zone)"
    }
}
