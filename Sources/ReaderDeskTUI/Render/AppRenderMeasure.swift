import ReaderDeskCore

extension AppRender {
    /// The lengths of the texts that scroll, as they would be drawn now: the runner calls this
    /// before each key, so update keeps scrolls in range without calling view code.
    public static func measure(_ s: inout AppState) {
        var counts = LineCounts(help: s.keys.helpLines(language: s.language).count)
        if let p = s.readers.profile, let data = p.data { counts.profile = ProfileView.lines(p, data, s).count }
        if let detail = s.tickets.detail {
            counts.ticket =
                TicketLines.build(
                    detail, language: s.language, calendar: s.calendar, now: s.status.now,
                    suggestions: s.tickets.suggestions, width: s.layout.ticketTextWidth
                ).count
        }
        s.lineCounts = counts
    }
}
