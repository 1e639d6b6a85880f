import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// The JSON of one reader (docs/CONTRACTS.md §5: at least card, name, type, tier, dept, email, phone).
/// `card_type` is the card; `tier` repeats it for one release (deprecated); `value_tier` and
/// `value_score` are the reader's place in the pyramid.
struct ReaderJSON: Encodable {
    var card, name, type, cardType: String
    var valueTier: String?
    var valueScore: Double?
    var dept, subject, degree, email, phone, address, postcode, birthday: String?
    var attitude, problems, needs: String?
    var consent: [String]
    var lifecycle: String
    var awareOfReference: Bool
    var librarian: String?
    var contacts: [ContactJSON]?
    var tickets: [TicketListJSON]?
    var lifeEvents: [LifeEventJSON]?
    var use: [ServiceUse]?
    var sevenP: SevenP?

    enum CodingKeys: String, CodingKey {
        case card, name, type, tier, dept, subject, cardType = "card_type", valueTier = "value_tier", valueScore = "value_score", degree,
            email, phone, address, postcode, birthday
        case attitude, problems, needs, consent, lifecycle, librarian, contacts, tickets, use
        case awareOfReference = "aware_of_reference", lifeEvents = "life_events", sevenP = "seven_p"
    }

    init(_ r: Reader, value: SevenP.Value? = nil, librarian: String? = nil) {
        card = r.card; name = r.name; type = r.type.rawValue; cardType = r.cardType.rawValue
        valueTier = value?.tier.rawValue; valueScore = value?.score
        dept = r.dept; subject = r.subject; degree = r.degree; email = r.email; phone = r.phone
        address = r.address; postcode = r.postcode; birthday = r.birthday
        attitude = r.attitude; problems = r.problems; needs = r.needs
        consent = [r.consentEmail ? "email" : nil, r.consentPhone ? "phone" : nil, r.consentBirthday ? "birthday" : nil].compactMap { $0 }
        lifecycle = r.lifecycle.rawValue
        awareOfReference = r.awareOfReference
        self.librarian = librarian ?? nil
    }

    init(_ p: ReaderProfile, _ cal: LibraryCalendar, now: Int64) {
        self.init(p.reader, value: p.sevenP?.value ?? SevenP.Value(tier: .inactive, score: nil), librarian: p.owner?.login)
        contacts = p.contacts.map { ContactJSON($0, cal) }
        tickets = p.tickets.map { TicketListJSON($0, cal, now: now) }
        lifeEvents = p.lifeEvents.map { LifeEventJSON(kind: $0.kind.rawValue, date: $0.date, note: $0.note) }
        use = p.use
        sevenP = p.sevenP
    }

    /// `dept`, `email` and `phone` are part of the contract: written as null when empty, never left out.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(card, forKey: .card); try c.encode(name, forKey: .name); try c.encode(type, forKey: .type)
        try c.encode(cardType, forKey: .cardType); try c.encode(cardType, forKey: .tier)
        try c.encodeIfPresent(valueTier, forKey: .valueTier); try c.encodeIfPresent(valueScore, forKey: .valueScore)
        try c.encode(dept, forKey: .dept); try c.encode(email, forKey: .email)
        try c.encode(phone, forKey: .phone)
        try c.encodeIfPresent(subject, forKey: .subject); try c.encodeIfPresent(degree, forKey: .degree)
        try c.encodeIfPresent(address, forKey: .address); try c.encodeIfPresent(postcode, forKey: .postcode)
        try c.encodeIfPresent(birthday, forKey: .birthday); try c.encodeIfPresent(attitude, forKey: .attitude)
        try c.encodeIfPresent(problems, forKey: .problems); try c.encodeIfPresent(needs, forKey: .needs)
        try c.encode(consent, forKey: .consent); try c.encode(lifecycle, forKey: .lifecycle)
        try c.encode(awareOfReference, forKey: .awareOfReference); try c.encodeIfPresent(librarian, forKey: .librarian)
        try c.encodeIfPresent(contacts, forKey: .contacts); try c.encodeIfPresent(tickets, forKey: .tickets)
        try c.encodeIfPresent(lifeEvents, forKey: .lifeEvents); try c.encodeIfPresent(use, forKey: .use)
        try c.encodeIfPresent(sevenP, forKey: .sevenP)
    }
}

struct LifeEventJSON: Encodable { let kind, date: String; let note: String? }

enum ReaderPrinting {
    static func list(_ rows: [Reader], values: [Int64: SevenP.Value], json: Bool, total: Int? = nil) throws {
        let inactive = SevenP.Value(tier: .inactive, score: nil)
        func value(_ r: Reader) -> SevenP.Value { r.id.flatMap { values[$0] } ?? inactive }
        if json {
            try Output.json(rows.map { ReaderJSON($0, value: value($0)) })
        } else {
            Output.table(
                [
                    Column.card, Column.name, Column.type, Column.valueTier, Column.score, Column.cardType, Column.dept, Column.email,
                    Column.phone,
                ],
                rows.map { r in
                    let v = value(r)
                    return [
                        r.card, r.name, word(r.type), word(v.tier), v.score.map { String(format: "%.4f", $0) } ?? "",
                        word(r.cardType), r.dept ?? "", r.email ?? "", r.phone ?? "",
                    ]
                }, total: total)
        }
    }

    static func show(_ p: ReaderProfile, _ cal: LibraryCalendar) {
        let r = p.reader
        print(say(Line.section, say(Line.originalRecord)))
        Output.fields([
            (Line.card, r.card), (Line.name, r.name), (Line.type, word(r.type)), (Line.cardType, word(r.cardType)),
            (
                Line.valueTier,
                p.sevenP.map { word($0.value.tier) + ($0.value.score.map { say(Line.scored, String(format: "%.4f", $0)) } ?? "") }
            ),
            (Line.department, r.dept), (Line.subject, r.subject), (Line.degree, r.degree), (Line.email, r.email),
            (Line.phone, r.phone), (Line.address, r.address), (Line.postcode, r.postcode), (Line.birthday, r.birthday),
            (Line.lifecycle, word(r.lifecycle)), (Line.librarian, p.owner.map { "\($0.name) (\($0.login))" }),
        ])
        print(say(Line.section, say(Line.analysis)))
        if p.analysisHidden {
            print(say(Line.forLibrariansOnly))
        } else {
            Output.fields([(Line.attitude, r.attitude), (Line.problems, r.problems), (Line.needs, r.needs)])
        }
        let consents = [
            r.consentEmail ? Line.email : nil, r.consentPhone ? Line.phone : nil, r.consentBirthday ? Line.birthdayGreetings : nil,
        ].compactMap { $0 }.map { say($0) }
        print(say(Line.consent, consents.isEmpty ? say(Line.none) : consents.joined(separator: say(Line.listComma))))
        if !p.use.isEmpty {
            print(say(Line.section, say(Line.useByService, p.months.count)))
            print(Sparkline.caption(months: p.months, partialLast: true))
            Output.table(
                [Column.service, Column.total, Column.trend, Column.max],
                p.use.map {
                    [$0.service, String($0.total), Sparkline.render($0.monthly, partialLast: true), String($0.monthly.max() ?? 0)]
                })
        }
        if !p.contacts.isEmpty {
            print(say(Line.section, say(Line.contacts)))
            Output.table(
                [Column.when, Column.by, Column.channel, Column.cell, Column.summary],
                p.contacts.prefix(20).map {
                    [cal.dayString($0.at), $0.staff, word($0.channel), $0.cell.map(String.init) ?? "", $0.summary]
                })
        }
        if !p.tickets.isEmpty {
            print(say(Line.section, say(Line.tickets)))
            Output.table(
                [Column.id, Column.kind, Column.status, Column.subject],
                p.tickets.map { ["#\($0.id)", word($0.kind), word($0.status), $0.subject] })
        }
        if !p.lifeEvents.isEmpty {
            print(say(Line.section, say(Line.lifeStages)))
            Output.table([Column.date, Column.kind, Column.note], p.lifeEvents.map { [$0.date, word($0.kind), $0.note ?? ""] })
        }
        if let s = p.sevenP { sevenP(s, cal) }
    }

    static func sevenP(_ s: SevenP, _ cal: LibraryCalendar) {
        func list(_ m: [String: Int]) -> String {
            m.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                separator: ", ")
        }
        print(say(Line.section, "7P"))
        let none = say(Line.none)
        Output.fields([
            (
                Line.profiling,
                [s.profiling.type, s.profiling.dept, s.profiling.subject, s.profiling.lifecycle].compactMap { $0 }.joined(separator: ", ")
            ),
            (Line.persistency, s.persistency.map { "\($0.quarter) \(word($0.tier))" }.joined(separator: " → ")),
            (Line.value, word(s.value.tier) + (s.value.score.map { say(Line.scored, String(format: "%.4f", $0)) } ?? "")),
            (
                Line.performance,
                say(
                    Line.performanceValue, s.performance.total, s.performance.services.count, s.performance.months,
                    list(s.performance.services).isEmpty ? none : list(s.performance.services),
                    list(s.performance.channels).isEmpty ? none : list(s.performance.channels))
            ),
            (
                Line.prospecting,
                say(Line.prospectingValue, s.prospecting.trend, s.prospecting.recent, s.prospecting.days, s.prospecting.before)
            ),
            (
                Line.products,
                say(
                    Line.productsValue, s.products.used.joined(separator: ", "),
                    s.products.suggested.isEmpty ? none : s.products.suggested.joined(separator: ", "))
            ),
            (Line.promotion, say(Line.promotionValue, s.promotion.received.count, s.promotion.responses)),
        ])
    }
}
