import ReaderDeskCore

/// The ticket queue's filters: which tickets by status (the open queue first), a kind, and "assigned to me".
public struct TicketsState: Sendable {
    public var queue = TicketQueue.open
    public var kind: TicketKind?
    public var mine = false
    public var list: [TicketListing]?
    public var cursor = ListCursor()
    /// The id of the selected ticket, so a reload can find it again.
    public var selectedID: Int64?
    public var detailID: Int64?
    public var detail: TicketDetail?
    /// Reusable answers whose keywords the open ticket's subject holds.
    public var suggestions: [Answer] = []
    public var scroll = 0
}
