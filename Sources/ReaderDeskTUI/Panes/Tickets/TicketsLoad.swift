import ReaderDeskCore

/// What the ticket pane needs loaded: the queue with its filters, and the open ticket.
extension AppLoader {
    func syncTickets(_ s: inout AppState) throws {
        if s.tickets.list == nil {
            var filter = TicketFilter(statuses: s.tickets.queue.statuses)
            if let k = s.tickets.kind { filter.kinds = [k] }
            if s.tickets.mine { filter.assigneeId = data.staff.id }
            s.receiveTickets(try data.tickets(filter))
        }
        if let id = s.tickets.detailID, s.tickets.detail == nil {
            do {
                s.tickets.detail = try data.ticketDetail(id: id)
                s.tickets.suggestions = try data.suggestedAnswers(subject: s.tickets.detail!.ticket.subject)
            } catch {
                s.tickets.detailID = nil
                throw error
            }
        }
    }
}
