import GRDB

/// A reusable answer (常见问题答复): the same question answered once, well, in both languages.
public struct Answer: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var title: String
    public var bodyEn: String
    public var bodyZh: String
    public var keywords: String
    public var uses: Int
    enum CodingKeys: String, CodingKey { case id, title, keywords, uses, bodyEn = "body_en", bodyZh = "body_zh" }

    public var keywordList: [String] { Staff.splitList(keywords) }
    /// The text a reply takes: Chinese first, then English, whichever are written.
    public var replyText: String { [bodyZh, bodyEn].filter { !$0.isEmpty }.joined(separator: "\n\n") }

    /// Search forms of the title and each keyword: folded words, pinyin in full and by initials.
    var terms: Set<String> {
        ([title] + keywordList).reduce(into: Set<String>()) { $0.formUnion(SearchTerms.forReader(name: $1, email: nil, phone: nil)) }
    }
}

public struct AnswerInput: Sendable {
    public var title: String?
    public var bodyEn: String?
    public var bodyZh: String?
    public var keywords: [String]?
    public init(title: String? = nil, bodyEn: String? = nil, bodyZh: String? = nil, keywords: [String]? = nil) {
        self.title = title; self.bodyEn = bodyEn; self.bodyZh = bodyZh; self.keywords = keywords
    }
}

extension AppDatabase {
    static let answerSQL = "SELECT answer.*, (SELECT count(*) FROM answer_use WHERE answer_id = answer.id) AS uses FROM answer"

    @discardableResult
    public func addAnswer(_ actor: Actor, _ input: AnswerInput) throws -> Answer {
        try actor.require(.writeRecords)
        try Self.validate(input, new: true)
        let id = try write { db -> Int64 in
            try db.execute(
                sql:
                    "INSERT INTO answer(title, body_en, body_zh, keywords, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    input.title, input.bodyEn ?? "", input.bodyZh ?? "", (input.keywords ?? []).joined(separator: ","),
                    actor.staff.id, actor.now, actor.now,
                ])
            let id = db.lastInsertedRowID
            try Self.audit(db, actor, "answer.add", detail: "#\(id)")
            return id
        }
        return try answer(id: id)
    }

    @discardableResult
    public func editAnswer(_ actor: Actor, id: Int64, _ input: AnswerInput) throws -> Answer {
        try actor.require(.writeRecords)
        try Self.validate(input, new: false)
        var a = try answer(id: id)
        if let t = input.title { a.title = t }
        if let b = input.bodyEn { a.bodyEn = b }
        if let b = input.bodyZh { a.bodyZh = b }
        if let k = input.keywords { a.keywords = k.joined(separator: ",") }
        guard !a.replyText.isEmpty else {
            throw ReaderDeskError.invalid("an answer needs a text in at least one language", Phrase("error.answer.needsText"))
        }
        try write { db in
            try db.execute(
                sql: "UPDATE answer SET title = ?, body_en = ?, body_zh = ?, keywords = ?, updated_at = ? WHERE id = ?",
                arguments: [a.title, a.bodyEn, a.bodyZh, a.keywords, actor.now, id])
            try Self.audit(db, actor, "answer.edit", detail: "#\(id)")
        }
        return a
    }

    static func validate(_ i: AnswerInput, new: Bool) throws {
        if new || i.title != nil { try Validate.line(i.title ?? "", "title", required: true, max: 200) }
        if let b = i.bodyEn { try Validate.text(b, "body.en") }
        if let b = i.bodyZh { try Validate.text(b, "body.zh") }
        for k in i.keywords ?? [] { try Validate.line(k, "keyword", max: 60) }
        if new, (i.bodyEn ?? "").isEmpty, (i.bodyZh ?? "").isEmpty {
            throw ReaderDeskError.invalid(
                "an answer needs a body", Phrase("error.answer.needsBody", [Phrase.field("body.en"), Phrase.field("body.zh")]))
        }
    }

    public func answer(id: Int64) throws -> Answer {
        guard let a = try read({ db in try Answer.fetchOne(db, sql: Self.answerSQL + " WHERE id = ?", arguments: [id]) }) else {
            throw ReaderDeskError.notFound("no answer #\(id)", Phrase("error.answer.notFound", [String(id)]))
        }
        return a
    }

    /// All answers, or those whose title or keywords start with the query — in characters, in
    /// pinyin or by initials (`xwfw` finds 校外访问) —, the most used first.
    public func answers(matching query: String = "") throws -> [Answer] {
        let all = try read { db in try Answer.fetchAll(db, sql: Self.answerSQL + " ORDER BY uses DESC, id") }
        let q = SearchTerms.normaliseQuery(query)
        guard !q.isEmpty else { return all }
        return all.filter { a in a.terms.contains { $0.hasPrefix(q) } || Pinyin.fold(a.title).contains(q) }
    }

    /// Answers whose keywords occur in a ticket's subject: what staff may want to send.
    public func suggestedAnswers(subject: String) throws -> [Answer] {
        let s = Pinyin.fold(subject)
        return try answers().filter { a in
            a.keywordList.contains { k in
                let f = Pinyin.fold(k); return f.count >= 2 && s.contains(f)
            }
        }
    }

    /// Records that an answer went into a reply.
    public func recordAnswerUse(_ actor: Actor, answerId: Int64, ticketId: Int64?) throws {
        try actor.require(.writeRecords)
        try write { db in
            try db.execute(
                sql: "INSERT INTO answer_use(answer_id, ticket_id, staff_id, at) VALUES (?, ?, ?, ?)",
                arguments: [answerId, ticketId, actor.staff.id, actor.now])
        }
    }
}
