import Foundation

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// The `--encoding` choice for imports. Chinese libraries still hand over GBK/GB2312
/// exports from older systems; GB18030 is a superset of both.
public enum TextEncoding: String, Sendable, CaseIterable {
    case auto
    case utf8 = "utf-8"
    case gb18030

    /// Accepts the usual spellings: `utf8`, `UTF-8`, `gbk`, `gb2312`, `GB18030`.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}

public enum TextDecoding {
    /// Foundation on Linux decodes GB18030 through CoreFoundation's converters.
    public static let gb18030Encoding = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    /// Returns the text as UTF-8 bytes without a byte-order mark, ready for `CSVReader`.
    /// `auto` keeps valid UTF-8 as it is and reads anything else as GB18030.
    public static func utf8Bytes(
        _ bytes: [UInt8], encoding: TextEncoding = .auto,
        file: String = ""
    ) throws(ImportError) -> [UInt8] {
        let bad = firstInvalidUTF8Offset(bytes)
        switch encoding {
        case .utf8:
            if let bad { throw invalid("UTF-8", at: bad, in: bytes, file: file) }
            return stripUTF8BOM(bytes)
        case .auto where bad == nil:
            return stripUTF8BOM(bytes)
        case .auto, .gb18030:
            var text = try decodeGB18030(
                bytes, file: file,
                label: encoding == .auto ? "UTF-8 or GB18030" : "GB18030")
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return Array(text.utf8)
        }
    }

    /// Decodes to a String; for small files such as a COUNTER report or a Koha export.
    public static func string(
        _ bytes: [UInt8], encoding: TextEncoding = .auto,
        file: String = ""
    ) throws(ImportError) -> String {
        String(decoding: try utf8Bytes(bytes, encoding: encoding, file: file), as: UTF8.self)
    }

    static func stripUTF8BOM(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    static func decodeGB18030(_ bytes: [UInt8], file: String, label: String) throws(ImportError) -> String {
        if let text = decodeGB18030Block(bytes) { return text }
        // Foundation only says "no"; find the first bad byte ourselves so the
        // message can point at it.
        let offset = firstInvalidGB18030Offset(bytes) ?? firstUndecodableLineOffset(bytes)
        throw invalid(label, at: offset, in: bytes, file: file)
    }

    /// GB18030 bytes as text, or nil when Foundation will not decode them.
    static func decodeGB18030Block(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: gb18030Encoding)
    }

    static func invalid(_ name: String, at offset: Int, in bytes: [UInt8], file: String) -> ImportError {
        invalid(name, byte: bytes[offset], at: offset, line: lineNumber(at: offset, in: bytes), file: file)
    }

    static func invalid(_ name: String, byte: UInt8, at offset: Int, line: Int, file: String) -> ImportError {
        let hex = String(byte, radix: 16, uppercase: true)
        return ImportError(
            file: file, line: line,
            "not valid \(name): byte 0x\(hex) at offset \(offset)",
            phrase: Phrase("error.import.encoding", [name, hex, String(offset), Phrase.field("encoding")]))
    }

    /// 1-based physical line of a byte offset; CRLF, LF and a lone CR each end a line.
    public static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
            }
            i += 1
        }
        return line
    }

    /// Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or nil.
    public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            let n = p.count
            var i = 0
            while i < n {
                // Most import data is ASCII: test eight bytes at a time.
                if i + 8 <= n,
                    UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                    continue
                }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                var need = 0, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return i
                }
                guard i + need < n, p[i + 1] >= lo, p[i + 1] <= hi else { return i }
                if need >= 2 {
                    for k in 2...need where p[i + k] & 0xC0 != 0x80 { return i }
                }
                i += need + 1
            }
            return nil
        }
    }

    /// Structural GB18030 check: 1 byte 00–7F; 2 bytes 81–FE + 40–7E/80–FE;
    /// 4 bytes 81–FE 30–39 81–FE 30–39.
    static func firstInvalidGB18030Offset(_ bytes: [UInt8]) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81, b <= 0xFE, i + 1 < n else { return i }
            let c = bytes[i + 1]
            if (0x40...0x7E).contains(c) || (0x80...0xFE).contains(c) { i += 2; continue }
            guard (0x30...0x39).contains(c), i + 3 < n,
                (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3])
            else { return i }
            i += 4
        }
        return nil
    }

    /// Well-formed but unmapped sequences: find the first line Foundation refuses.
    static func firstUndecodableLineOffset(_ bytes: [UInt8]) -> Int {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            if String(data: Data(bytes[start..<end]), encoding: gb18030Encoding) == nil { return start }
            start = end
        }
        return 0
    }
}
