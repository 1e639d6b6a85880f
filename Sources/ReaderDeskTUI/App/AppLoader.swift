import ReaderDeskCore

/// Fills the state with the data it is missing, and only for what is on screen: the
/// window of readers around the visible rows, the open profile, the queue with its filters.
/// Loaded data stays in the state until an action or a change in the database drops it.
public struct AppLoader {
    public let data: AppData

    public init(_ data: AppData) { self.data = data }

    public func sync(_ s: inout AppState) {
        guard !s.layout.tooSmall else { return }
        attempt(&s) { s in try syncStatus(&s) }
        for pane in PaneID.ordered where s.shows(pane) { attempt(&s) { s in try pane.room.load(&s, with: self) } }
        if s.form != nil { attempt(&s) { s in try syncForm(&s) } }
    }

    /// A failed query becomes the status message; the rest of the screen still works.
    private func attempt(_ s: inout AppState, _ body: (inout AppState) throws -> Void) {
        do { try body(&s) } catch {
            s.message = Words.error(error, s.language)
        }
    }

    private func syncStatus(_ s: inout AppState) throws {
        guard s.status.stale else { return }
        s.status.stale = false
        s.status.overdue = try data.overdueTickets()
        s.status.followUps = try data.dueFollowUpCount()
        if s.matrix.summary == nil { s.matrix.summary = try data.matrix(s.matrix.filter(owner: data.staff.id)) }
        s.status.pending = s.matrix.summary.flatMap { $0.cells.isEmpty ? nil : $0.pending }
    }

    func syncReaders(_ s: inout AppState) throws {
        if s.readers.total == nil {
            s.readers.total = try data.readerCount(s.readers.scope)
            s.readers.windowStale = true
        }
        let visible = s.layout.readerRows(searching: false)
        if let offset = s.readers.cursor.windowToLoad(
            total: s.readers.total ?? 0, visible: visible, offset: s.readers.windowOffset, cached: s.readers.window.count,
            stale: s.readers.windowStale)
        {
            s.readers.window = try data.readers(s.readers.scope, offset: offset, limit: visible * 3)
            s.readers.windowOffset = offset
            s.readers.windowStale = false
            s.readers.values.merge(try data.values(s.readers.window)) { $1 }
        }
        if let search = s.readers.search, search.loadedText != search.text {
            let results = try data.search(search.text)
            s.readers.values.merge(try data.values(results)) { $1 }
            s.receiveSearch(results)
        }
        if let p = s.readers.profile, p.data == nil {
            do {
                s.readers.profile?.data = try data.profile(card: p.card, audit: !p.viewed)
                s.readers.profile?.viewed = true
            } catch {
                s.readers.profile = nil
                throw error
            }
        }
    }

    func syncMatrix(_ s: inout AppState) throws {
        let filter = s.matrix.filter(owner: data.staff.id)
        if s.matrix.summary == nil { s.matrix.summary = try data.matrix(filter) }
        if s.matrix.owners == nil { s.matrix.owners = try data.actionOwners() }
        switch s.matrix.view {
        case .today:
            if s.matrix.today == nil { s.matrix.today = try data.today() }
        case .grid:
            break
        case .cell(let n):
            var f = filter
            f.cell = n
            try syncWindow(&s.matrix.list, filter: f, visible: s.layout.matrixRows)
        case .pyramid:
            if !s.matrix.pyramidLoaded {
                s.matrix.pyramid = try data.pyramid(kind: s.matrix.pyramidKind)
                s.matrix.pyramidLoaded = true
            }
        case .pyramidTier(let tier):
            if s.matrix.tierReaders == nil { s.matrix.tierReaders = try data.tierReaders(kind: s.matrix.pyramidKind, tier: tier) }
        case .trends:
            if s.matrix.trends == nil { s.matrix.trends = try data.serviceTrends() }
        }
    }

    /// Counts a cell's list and fetches three screens around the visible rows, as the reader
    /// list does: every item can be reached, and a move within the window needs no query.
    private func syncWindow(_ w: inout ListWindow, filter: ActionFilter, visible: Int) throws {
        if w.total == nil {
            w.total = try data.actionCount(filter)
            w.stale = true
        }
        if let offset = w.cursor.windowToLoad(total: w.total ?? 0, visible: visible, offset: w.offset, cached: w.rows.count, stale: w.stale)
        {
            w.rows = try data.actions(filter, offset: offset, limit: visible * 3)
            w.offset = offset
            w.stale = false
        }
    }

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

    /// A form's own data: the staff to assign to, the readers matching what was typed.
    private func syncForm(_ s: inout AppState) throws {
        guard var f = s.form else { return }
        if f.needsStaff { f.receiveStaff(try data.staffList()) }
        if let pick = f.answers, pick.stale { f.receiveAnswers(try data.answers(matching: pick.query, ticket: pick.ticket)) }
        if f.fields.contains(where: { $0.kind == .reader }) {
            let query = f[.reader] ?? ""
            if f.lookup == nil || f.lookup?.query != query || f.lookup?.stale == true {
                f.receiveLookup(query: query, hits: query.isEmpty ? [] : try data.search(query, limit: 5))
            }
        }
        s.form = f
    }
}
