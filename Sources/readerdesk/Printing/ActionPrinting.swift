import ArgumentParser
import ReaderDeskCore

struct ActionJSON: Encodable {
    let id: Int64
    let cell: Int
    let rule: String
    let reader, readerName, service: String?
    let reason, step, due, status: String
    let owner, snoozeUntil, dismissReason: String?
    enum CodingKeys: String, CodingKey {
        case id, cell, rule, reader, service, reason, step, due, status, owner
        case readerName = "reader_name", snoozeUntil = "snooze_until", dismissReason = "dismiss_reason"
    }
    init(_ a: ActionListing) {
        id = a.id; cell = a.cell; rule = a.rule; reader = a.card; readerName = a.readerName; service = a.service
        reason = a.reason; step = a.step; due = a.due; status = a.status.rawValue; owner = a.owner
        snoozeUntil = a.snoozeUntil; dismissReason = a.dismissReason
    }
}

enum ActionPrinting {
    static func table(_ rows: [ActionListing]) {
        Output.table(["ID", "DUE", "READER/SERVICE", "REASON", "STEP", "OWNER"], rows.map {
            ["\($0.id)", $0.due, $0.card ?? $0.service ?? "", $0.reason, $0.step, $0.owner ?? ""]
        })
    }
}
