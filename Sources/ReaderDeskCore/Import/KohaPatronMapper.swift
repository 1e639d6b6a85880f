/// Maps Koha's patron import CSV to reader rows. Columns are found by header name
/// because the column set differs between Koha versions. Passwords and the other
/// columns ReaderDesk has no use for are never kept.
public struct KohaPatronMapper: Sendable {
    /// How `dateofbirth` is written: `YYYY-MM-DD`, `MM/DD/YYYY` or `DD/MM/YYYY` (also `DD.MM.YYYY`).
    public enum DateFormat: String, Sendable, CaseIterable { case iso, us, eu }

    public let categoryTypes: [String: ReaderType]
    public let defaultType: ReaderType?
    public let dateFormat: DateFormat

    /// `categoryTypes` maps Koha category codes (e.g. `PT`, `ST`) to reader type names;
    /// categories not listed take `defaultType`, or the import is refused.
    public init(
        categoryTypes: [String: String], defaultType: String? = nil,
        dateFormat: DateFormat = .iso
    ) throws(ImportError) {
        var types: [String: ReaderType] = [:]
        for (code, name) in categoryTypes {
            guard let type = ReaderType(rawValue: name.lowercased()) else {
                throw ImportError(
                    "category \(ImportError.quoted(code)) maps to unknown reader type \(ImportError.quoted(name))",
                    phrase: Phrase("error.import.kohaCategory", [ImportError.quoted(code), ImportError.quoted(name)]))
            }
            types[code.trimmingSpaces().uppercased()] = type
        }
        if let defaultType {
            guard let type = ReaderType(rawValue: defaultType.lowercased()) else {
                throw ImportError(
                    "unknown default reader type \(ImportError.quoted(defaultType))",
                    phrase: Phrase("error.import.kohaDefault", [ImportError.quoted(defaultType)]))
            }
            self.defaultType = type
        } else {
            self.defaultType = nil
        }
        self.categoryTypes = types
        self.dateFormat = dateFormat
    }

    /// Reads a whole Koha export (UTF-8 bytes). Unmapped categories refuse the file,
    /// naming every unmapped code at once so that the setting can be fixed in one go.
    public func map(_ bytes: [UInt8], file: String = "") throws(ImportError) -> ImportResult<ReaderRow> {
        var reader = CSVReader(bytes: bytes, file: file)
        let header = try reader.header()
        try header.require(defaultType == nil ? ["cardnumber", "categorycode"] : ["cardnumber"])
        if header.index(of: "surname") == nil && header.index(of: "firstname") == nil {
            try header.require(["surname"])
        }
        var result = ImportResult<ReaderRow>()
        var unmapped: [String] = []
        while let record = try reader.next() {
            do {
                let (row, code) = try self.row(from: record, header: header)
                if row.type == nil, let code, !unmapped.contains(code) { unmapped.append(code) }
                result.rows.append(row)
            } catch {
                result.errors.append(error)
            }
        }
        if !unmapped.isEmpty {
            throw ImportError(
                file: file,
                "unmapped Koha category code\(unmapped.count == 1 ? "" : "s") "
                    + unmapped.map { ImportError.quoted($0) }.joined(separator: ", ")
                    + ": map each to a reader type in settings, or give a default type",
                phrase: Phrase(
                    unmapped.count == 1 ? "error.import.kohaUnmapped" : "error.import.kohaUnmappedMany",
                    [unmapped.map { ImportError.quoted($0) }.joined(separator: ", ")]))
        }
        return result
    }

    private func row(from record: CSVRecord, header: CSVHeader) throws(ImportError) -> (ReaderRow, String?) {
        try rejectControlCharacters(record, header: header)
        func value(_ name: String) -> String? {
            guard let index = header.index(of: name) else { return nil }
            let text = record[index].trimmingSpaces()
            return text.isEmpty ? nil : text
        }
        func fail(_ message: String, _ phrase: Phrase) -> ImportError {
            ImportError(file: header.file, line: record.line, message, phrase: phrase)
        }
        guard let card = value("cardnumber") else { throw fail("cardnumber is empty", Phrase("error.import.kohaNoCard")) }
        guard let name = Self.fullName(surname: value("surname"), firstname: value("firstname")) else {
            throw fail(
                "surname and firstname are both empty for card \(ImportError.quoted(card))",
                Phrase("error.import.kohaNoName", [ImportError.quoted(card)]))
        }
        let address = ["address", "address2", "city", "state", "country"].compactMap(value).joined(separator: ", ")
        var row = ReaderRow(
            card: card, name: name, dept: value("sort1"), subject: value("sort2"),
            email: value("email") ?? value("emailpro"), phone: value("phone") ?? value("mobile"),
            address: address.isEmpty ? nil : address, postcode: value("zipcode"), line: record.line)
        if let text = value("dateofbirth") {
            guard let date = Self.isoDate(text, format: dateFormat) else {
                throw fail(
                    "dateofbirth \(ImportError.quoted(text)) does not fit the \(dateFormat.rawValue) date format",
                    Phrase("error.import.kohaBirth", [ImportError.quoted(text), dateFormat.rawValue]))
            }
            row.birthday = date
        }
        if let branch = value("branchcode") { row.extra["branchcode"] = branch }
        let code = value("categorycode")?.uppercased()
        if let code { row.extra["categorycode"] = code }
        row.type = code.flatMap { categoryTypes[$0] } ?? defaultType
        return (row, code ?? "(empty)")
    }

    /// 张 + 三丰 → 张三丰 (CJK: surname first, no space); Ada + Lovelace → "Ada Lovelace".
    public static func fullName(surname: String?, firstname: String?) -> String? {
        switch (surname, firstname) {
        case let (s?, f?): return isCJK(s) && isCJK(f) ? s + f : f + " " + s
        case let (s?, nil): return s
        case let (nil, f?): return f
        case (nil, nil): return nil
        }
    }

    static func isCJK(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x3007, 0x00B7, 0x30FB, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F:
                return true
            default: return false
            }
        }
    }

    /// Koha dates → `YYYY-MM-DD`, or nil when the text does not fit the format.
    public static func isoDate(_ text: String, format: DateFormat) -> String? {
        let separators: Set<Character> = format == .iso ? ["-"] : format == .us ? ["/"] : ["/", "."]
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return nil }
        let (year, month, day, yearDigits) =
            switch format {
            case .iso: (a, b, c, parts[0].count)
            case .us: (c, a, b, parts[2].count)
            case .eu: (c, b, a, parts[2].count)
            }
        guard yearDigits == 4, ImportTime.isValidDate(year: year, month: month, day: day) else { return nil }
        func pad(_ n: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
