import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords  // the word catalogue renders reasons and steps

struct ActionJSON: Encodable {
    let id: Int64
    let cell: Int
    let rule: String
    let reader, readerName, service: String?
    let reason, step, due, status: String
    /// The reason as a code and its arguments, for programs (`reason` is its English text).
    let reasonCode: String
    let reasonArgs: [String]
    let owner, snoozeUntil, dismissReason: String?
    let priority: Double
    let valueTier: String?
    let held: Bool
    let readers: Int?
    enum CodingKeys: String, CodingKey {
        case id, cell, rule, reader, service, reason, step, due, status, owner, priority, held, readers
        case readerName = "reader_name", snoozeUntil = "snooze_until", dismissReason = "dismiss_reason", valueTier = "value_tier"
        case reasonCode = "reason_code", reasonArgs = "reason_args"
    }
    init(_ a: ActionListing) {
        id = a.id; cell = a.cell; rule = a.rule; reader = a.card; readerName = a.readerName; service = a.service
        reason = Words.render(a.reason, .en); step = Words.render(a.step, .en); due = a.due
        reasonCode = a.reason.code; reasonArgs = a.reason.arguments; status = a.status.rawValue; owner = a.owner
        snoozeUntil = a.snoozeUntil; dismissReason = a.dismissReason
        priority = a.priority; valueTier = a.valueTier?.rawValue; held = a.held; readers = a.readers
    }
}

enum ActionPrinting {
    /// Highest priority first: the reader's name and value tier (or the service and its readers).
    static func table(_ rows: [ActionListing]) {
        let l = commandLineLanguage
        Output.table(
            [
                Column.id, Column.prio, Column.due, Column.status, Column.readerOrService, Column.name, Column.tier, Column.reason,
                Column.step, Column.owner,
            ],
            rows.map { a in
                let name: String = a.readerName ?? (a.readers.map { say(Line.readersCount, $0) } ?? "")
                let status: String = word(a.status) + (a.held ? say(Line.waiting) : "")
                return [
                    "\(a.id)", String(format: "%.1f", a.priority), a.due, status, a.card ?? a.service ?? "", name,
                    a.valueTier.map { word($0) } ?? "", Words.render(a.reason, l), Words.render(a.step, l), a.owner ?? "",
                ]
            })
    }
}
