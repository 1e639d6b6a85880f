import ReaderDeskCore

/// What a form does with the data the loader brings it: the loader only fetches, and the
/// form decides what is chosen and selected.
extension Form {
    /// The staff arrived: the assignee and librarian fields become choices, the librarian the
    /// reader already has chosen, and neither counts as typed.
    mutating func receiveStaff(_ staff: [Staff]) {
        if let i = fields.firstIndex(where: { $0.id == .assignee }) {
            fields[i].kind = .choice(FormChoices.staff(staff))
            fields[i].initial = fields[i].value
        }
        if let i = fields.firstIndex(where: { $0.id == .librarian }) {
            let options = FormChoices.librarians(staff)
            let current = staff.first { $0.id == librarianId }?.login ?? ""
            fields[i].kind = .choice(options)
            fields[i].choice = options.firstIndex { $0.value == current } ?? 0
            fields[i].initial = fields[i].value
        }
        needsStaff = false
    }

    /// Reusable answers found: the first is selected.
    mutating func receiveAnswers(_ hits: [Answer]) {
        guard var pick = answers else { return }
        pick.hits = hits
        pick.selected = 0
        pick.stale = false
        answers = pick
    }

    /// Readers found for what was typed: the one picked before stays picked if it is still found.
    mutating func receiveLookup(query: String, hits: [Reader]) {
        let keep = lookup?.query == query ? pickedReader?.card : nil
        lookup = ReaderLookup(query: query, hits: hits, selected: keep.flatMap { c in hits.firstIndex { $0.card == c } } ?? 0)
    }
}
