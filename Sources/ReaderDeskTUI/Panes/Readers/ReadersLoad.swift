import ReaderDeskCore

/// What the readers pane needs loaded: the window of rows around the visible ones, a search, a profile.
extension AppLoader {
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
}
