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
        if s.layout.wide || s.focus == .readers { attempt(&s) { s in try syncReaders(&s) } }
        if s.layout.wide || s.focus == .matrix { attempt(&s) { s in try syncMatrix(&s) } }
        if s.layout.wide || s.focus == .tickets { attempt(&s) { s in try syncTickets(&s) } }
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

    private func syncReaders(_ s: inout AppState) throws {
        if s.readers.total == nil {
            s.readers.total = try data.readerCount(s.readers.scope)
            s.readers.windowStale = true
        }
        let total = s.readers.total ?? 0
        let visible = s.layout.readerRows(searching: false)
        s.readers.cursor.clamp(count: total, visible: visible)
        let top = s.readers.cursor.top
        let end = min(total, top + visible)
        let cached = s.readers.windowOffset...(s.readers.windowOffset + s.readers.window.count)
        if s.readers.windowStale || !cached.contains(top) || !cached.contains(end) {
            // A window of three screens around the visible one: small moves need no query.
            let offset = max(0, top - visible)
            s.readers.window = try data.readers(s.readers.scope, offset: offset, limit: visible * 3)
            s.readers.windowOffset = offset
            s.readers.windowStale = false
            s.readers.values.merge(try data.values(s.readers.window)) { $1 }
        }
        if var search = s.readers.search, search.loadedText != search.text {
            search.results = try data.search(search.text)
            s.readers.values.merge(try data.values(search.results)) { $1 }
            search.loadedText = search.text
            search.cursor.clamp(count: search.results.count, visible: s.layout.readerRows(searching: true))
            s.readers.search = search
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

    private func syncMatrix(_ s: inout AppState) throws {
        let filter = s.matrix.filter(owner: data.staff.id)
        if s.matrix.summary == nil { s.matrix.summary = try data.matrix(filter) }
        if s.matrix.owners == nil { s.matrix.owners = try data.actionOwners() }
        switch s.matrix.view {
        case .today:
            if s.matrix.today == nil { s.matrix.today = try data.today() }
            s.matrix.todayCursor.clamp(count: s.matrix.today?.items.count ?? 0, visible: s.layout.matrixRows)
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
        let total = w.total ?? 0
        w.cursor.clamp(count: total, visible: visible)
        let top = w.cursor.top, end = min(total, top + visible)
        let cached = w.offset...(w.offset + w.rows.count)
        if w.stale || !cached.contains(top) || !cached.contains(end) {
            let offset = max(0, top - visible)
            w.rows = try data.actions(filter, offset: offset, limit: visible * 3)
            w.offset = offset
            w.stale = false
        }
    }

    private func syncTickets(_ s: inout AppState) throws {
        if s.tickets.list == nil {
            // A reload keeps the same ticket selected, wherever it moved in the queue.
            let selectedID =
                s.tickets.list.flatMap { $0.indices.contains(s.tickets.cursor.selected) ? $0[s.tickets.cursor.selected].id : nil }
                ?? s.tickets.selectedID
            var filter = TicketFilter(statuses: s.tickets.queue.statuses)
            if let k = s.tickets.kind { filter.kinds = [k] }
            if s.tickets.mine { filter.assigneeId = data.staff.id }
            let list = try data.tickets(filter)
            s.tickets.list = list
            if let id = selectedID, let i = list.firstIndex(where: { $0.id == id }) { s.tickets.cursor.selected = i }
        }
        if let list = s.tickets.list, list.indices.contains(s.tickets.cursor.selected) {
            s.tickets.selectedID = list[s.tickets.cursor.selected].id
        }
        s.tickets.cursor.clamp(count: s.tickets.list?.count ?? 0, visible: s.layout.ticketRows)
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
        if f.needsStaff {
            let staff = try data.staffList()
            if let i = f.fields.firstIndex(where: { $0.id == .assignee }) {
                f.fields[i].kind = .choice(FormChoices.staff(staff))
                f.fields[i].initial = f.fields[i].value
            }
            if let i = f.fields.firstIndex(where: { $0.id == .librarian }) {
                let options = FormChoices.librarians(staff)
                let current = staff.first { $0.id == f.librarianId }?.login ?? ""
                f.fields[i].kind = .choice(options)
                f.fields[i].choice = options.firstIndex { $0.value == current } ?? 0
                f.fields[i].initial = f.fields[i].value
            }
            f.needsStaff = false
        }
        if var pick = f.answers, pick.stale {
            pick.hits = try data.answers(matching: pick.query, ticket: pick.ticket)
            pick.selected = 0
            pick.stale = false
            f.answers = pick
        }
        if f.fields.contains(where: { $0.kind == .reader }) {
            let query = f[.reader] ?? ""
            if f.lookup == nil || f.lookup?.query != query || f.lookup?.stale == true {
                let keep = f.lookup?.query == query ? f.pickedReader?.card : nil
                let hits = query.isEmpty ? [] : try data.search(query, limit: 5)
                f.lookup = ReaderLookup(query: query, hits: hits, selected: keep.flatMap { c in hits.firstIndex { $0.card == c } } ?? 0)
            }
        }
        s.form = f
    }
}
