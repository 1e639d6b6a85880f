import Foundation

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// The charsets readers' mail arrives in. Chinese mail clients still send GBK or Big5; the
/// GB18030 converter (a superset of GBK and GB2312) is the one the imports use.
public enum MailCharset {
    static let big5 = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.big5_HKSCS_1999.rawValue)))

    /// The text, or nil when the bytes are not in that charset (or the charset is unknown).
    public static func decode(_ bytes: [UInt8], charset: String) -> String? {
        switch charset.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) {
        case "", "us-ascii", "ascii", "utf-8", "utf8":
            // Unlabelled 8-bit mail is most often GB18030 from an old client.
            if TextDecoding.firstInvalidUTF8Offset(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
            return charset.isEmpty || charset.lowercased().contains("ascii")
                ? String(data: Data(bytes), encoding: TextDecoding.gb18030Encoding) : nil
        case "gb18030", "gbk", "gb2312", "cp936", "x-gbk", "euc-cn", "hz-gb-2312":
            return String(data: Data(bytes), encoding: TextDecoding.gb18030Encoding)
        case "big5", "big5-hkscs", "x-big5", "cp950":
            return String(data: Data(bytes), encoding: big5)
        case "iso-8859-1", "latin1", "iso_8859-1", "l1":
            return String(data: Data(bytes), encoding: .isoLatin1)
        case "windows-1252", "cp1252":
            return String(data: Data(bytes), encoding: .windowsCP1252)
        default:
            return nil
        }
    }
}
