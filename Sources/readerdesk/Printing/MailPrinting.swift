import ReaderDeskCore
import ReaderDeskWords

/// What a send did, in the command line's language: "mailed to 3 readers; 1 failed: 2026003 (…)".
/// The core's `MailDelivery.summary` is the same line in English, for logs.
func mailSummary(_ d: MailDelivery) -> String {
    var parts = [
        d.folder.map { say(Line.mailWritten, d.sent.count, $0) } ?? say(d.sent.count == 1 ? Line.mailedOne : Line.mailedMany, d.sent.count)
    ]
    if !d.alreadySent.isEmpty { parts.append(say(Line.alreadySent, d.alreadySent.count)) }
    if !d.failed.isEmpty {
        parts.append(
            say(Line.mailFailed, d.failed.count, d.failed.map { say(Line.mailFailure, $0.card, $0.reason) }.joined(separator: "; ")))
    }
    return parts.joined(separator: say(Line.importParts))
}

/// One incoming message's outcome, in the command line's language (`IntakeOutcome.line` is the MTA log's).
func intakeLine(_ o: IntakeOutcome) -> String {
    switch o {
    case .ticket(let id, let known): say(Line.intakeTicket, id) + (known ? "" : say(Line.senderUnknown))
    case .reply(let id, let reopened): say(Line.intakeReply, id) + (reopened ? say(Line.reopened) : "")
    case .satisfaction(let id, let score): say(Line.intakeSatisfaction, score, id)
    case .unsubscribe(let n): say(n == 1 ? Line.unsubscribedOne : Line.unsubscribedMany, n)
    case .ignored(let why): say(Line.ignored, why)
    case .duplicate: say(Line.duplicate)
    }
}
