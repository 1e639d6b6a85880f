/// One reader read from an import file: the original-record part of the reader
/// master file. Rows upsert by card number; nil means "not given in the file".
public struct ReaderRow: Equatable, Sendable {
    public var card: String
    public var name: String
    public var type: ReaderType?
    public var cardType: CardType?
    public var dept: String?
    public var subject: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var postcode: String?
    /// `YYYY-MM-DD`, checked to be a real date.
    public var birthday: String?
    /// Columns the importer does not know, by header name as written.
    public var extra: [String: String]
    /// Physical line in the import file, for messages.
    public var line: Int

    public init(
        card: String, name: String, type: ReaderType? = nil, cardType: CardType? = nil,
        dept: String? = nil, subject: String? = nil, email: String? = nil, phone: String? = nil,
        address: String? = nil, postcode: String? = nil, birthday: String? = nil,
        extra: [String: String] = [:], line: Int = 0
    ) {
        self.card = card; self.name = name; self.type = type; self.cardType = cardType
        self.dept = dept; self.subject = subject; self.email = email; self.phone = phone
        self.address = address; self.postcode = postcode; self.birthday = birthday
        self.extra = extra; self.line = line
    }
}

/// Reads `import readers --format csv`:
/// `card,name,type,tier,dept,subject,email,phone,birthday` in any order (`card_type` is read as `tier`)
/// (`address` and `postcode` are recognised too; other columns go to `extra`).
public struct ReaderCSVParser: Sendable {
    public static let knownColumns = [
        "card", "name", "type", "tier", "card_type", "dept", "subject",
        "email", "phone", "address", "postcode", "birthday",
    ]
    public let header: CSVHeader
    /// The known columns' places, found once (looking each up by name for every row of a
    /// million-row file costs more than reading the row).
    private let card: Int?, name: Int?, type: Int?, tier: Int?, cardType: Int?, dept: Int?, subject: Int?
    private let email: Int?, phone: Int?, address: Int?, postcode: Int?, birthday: Int?
    private let extraColumns: [(name: String, index: Int)]

    public init(header: CSVHeader) throws(ImportError) {
        try header.require(["card", "name"])
        self.header = header
        (card, name, type, tier, cardType) = (
            header.index(of: "card"), header.index(of: "name"), header.index(of: "type"), header.index(of: "tier"),
            header.index(of: "card_type")
        )
        (dept, subject, email, phone) = (
            header.index(of: "dept"), header.index(of: "subject"), header.index(of: "email"), header.index(of: "phone")
        )
        (address, postcode, birthday) = (header.index(of: "address"), header.index(of: "postcode"), header.index(of: "birthday"))
        extraColumns = header.names.enumerated()
            .filter { !$0.element.isEmpty && !Self.knownColumns.contains($0.element.lowercased()) }
            .map { ($0.element, $0.offset) }
    }

    /// Reads a whole file: thrown errors concern the file, row errors are collected.
    public static func parse(_ bytes: [UInt8], file: String = "") throws(ImportError) -> ImportResult<ReaderRow> {
        var reader = CSVReader(bytes: bytes, file: file)
        let parser = try ReaderCSVParser(header: try reader.header())
        var result = ImportResult<ReaderRow>()
        while let record = try reader.next() {
            do { result.rows.append(try parser.row(from: record)) } catch { result.errors.append(error) }
        }
        return result
    }

    public func row(from record: CSVRecord) throws(ImportError) -> ReaderRow {
        try rejectControlCharacters(record, header: header)
        func value(_ column: Int?) -> String? {
            guard let index = column else { return nil }
            let text = record[index].trimmingSpaces()
            return text.isEmpty ? nil : text
        }
        func fail(_ message: String, _ phrase: Phrase) -> ImportError {
            ImportError(file: header.file, line: record.line, message, phrase: phrase)
        }
        guard let card = value(self.card) else { throw fail("card is empty", Phrase("error.import.noCard")) }
        guard let name = value(self.name) else {
            throw fail("name is empty for card \(ImportError.quoted(card))", Phrase("error.import.noName", [ImportError.quoted(card)]))
        }
        var row = ReaderRow(
            card: card, name: name, dept: value(dept), subject: value(subject),
            email: value(email), phone: value(phone), address: value(address),
            postcode: value(postcode), line: record.line)
        if let text = value(self.type) {
            // Lower case already, mostly: no new string then.
            guard let type = ReaderType(rawValue: text) ?? ReaderType(rawValue: text.lowercased()) else {
                throw fail(
                    "unknown reader type \(ImportError.quoted(text)) (expected \(ReaderType.allCases.map(\.rawValue).joined(separator: "|")))",
                    Phrase(
                        "error.import.readerType", [ImportError.quoted(text), ReaderType.allCases.map(\.rawValue).joined(separator: "|")])
                )
            }
            row.type = type
        }
        if let text = value(cardType) ?? value(tier) {
            guard let tier = CardType(rawValue: text) ?? CardType(rawValue: text.lowercased()) else {
                throw fail(
                    "unknown card type \(ImportError.quoted(text)) (expected \(CardType.allCases.map(\.rawValue).joined(separator: "|")))",
                    Phrase("error.import.cardType", [ImportError.quoted(text), CardType.allCases.map(\.rawValue).joined(separator: "|")]))
            }
            row.cardType = tier
        }
        if let text = value(birthday) {
            guard ImportTime.parseDate(text) != nil else {
                throw fail(
                    "birthday \(ImportError.quoted(text)) is not a date YYYY-MM-DD",
                    Phrase("error.import.birthday", [ImportError.quoted(text)]))
            }
            row.birthday = text
        }
        for (name, index) in extraColumns {
            let text = record[index]
            if !text.isEmpty { row.extra[name] = text }
        }
        return row
    }
}

/// Imported text is shown on terminals later; control characters are refused at the door.
func rejectControlCharacters(_ record: CSVRecord, header: CSVHeader) throws(ImportError) {
    guard let index = record.firstFieldWithControlCharacter() else { return }
    let name = index < header.names.count && !header.names[index].isEmpty ? header.names[index] : "field \(index + 1)"
    throw ImportError(
        file: header.file, line: record.line, "column \(name) holds a control character", phrase: Phrase("error.import.control", [name]))
}
