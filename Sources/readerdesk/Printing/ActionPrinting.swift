import ArgumentParser
import Foundation
import ReaderDeskCore

struct ActionJSON: Encodable {
    let id: Int64
    let cell: Int
    let rule: String
    let reader, readerName, service: String?
    let reason, step, due, status: String
    let owner, snoozeUntil, dismissReason: String?
    let priority: Double
    let valueTier: String?
    let held: Bool
    let readers: Int?
    enum CodingKeys: String, CodingKey {
        case id, cell, rule, reader, service, reason, step, due, status, owner, priority, held, readers
        case readerName = "reader_name", snoozeUntil = "snooze_until", dismissReason = "dismiss_reason", valueTier = "value_tier"
    }
    init(_ a: ActionListing) {
        id = a.id; cell = a.cell; rule = a.rule; reader = a.card; readerName = a.readerName; service = a.service
        reason = a.reason; step = a.step; due = a.due; status = a.status.rawValue; owner = a.owner
        snoozeUntil = a.snoozeUntil; dismissReason = a.dismissReason
        priority = a.priority; valueTier = a.valueTier?.rawValue; held = a.held; readers = a.readers
    }
}

enum ActionPrinting {
    /// Highest priority first: the reader's name and value tier (or the service and its readers).
    static func table(_ rows: [ActionListing]) {
        Output.table(["ID", "PRIO", "DUE", "STATUS", "READER/SERVICE", "NAME", "TIER", "REASON", "STEP", "OWNER"], rows.map {
            ["\($0.id)", String(format: "%.1f", $0.priority), $0.due, $0.status.rawValue + ($0.held ? " (waiting)" : ""),
             $0.card ?? $0.service ?? "", $0.readerName ?? ($0.readers.map { "\($0) readers" } ?? ""), $0.valueTier?.rawValue ?? "",
             $0.reason, $0.step, $0.owner ?? ""]
        })
    }
}
