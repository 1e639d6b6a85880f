import ReaderDeskCore
import ReaderDeskWords

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
