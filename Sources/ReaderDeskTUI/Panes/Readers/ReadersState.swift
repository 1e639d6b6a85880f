import ReaderDeskCore

/// Typing in the readers pane: the query, the hits for it, and which hit is selected.
public struct SearchState: Sendable {
    public var text = ""
    /// The text `results` belong to; differs from `text` until the loader catches up.
    public var loadedText: String?
    public var results: [Reader] = []
    public var cursor = ListCursor()
    /// Typing goes into the field. After `Esc` from a profile the search stays, unfocused, so
    /// keys are commands again (`1 2 3` switch panes); `/` focuses it again.
    public var focused = true
}

/// An open profile; `data` is nil until loaded. `viewed` turns true once the opening is in
/// the audit log, so live reloads of the same opening are not logged again.
public struct ProfileState: Sendable {
    public var card: String
    public var data: ReaderProfile?
    public var scroll = 0
    public var viewed = false
    /// The action the profile was opened from, shown at its top; `c` completes it.
    public var action: MatrixItem?
    /// The pane Esc returns to (the matrix, when opened from an action), where it was left.
    public var returnTo: PaneID?
}

public struct ReadersState: Sendable {
    public var scope: ReaderScope = .all
    /// nil: not counted yet (or stale after a change).
    public var total: Int?
    public var cursor = ListCursor()
    /// The cached rows `window` start at this index of the list.
    public var windowOffset = 0
    public var window: [Reader] = []
    /// Value tier and score of the readers loaded (window and search results), by id.
    public var values: [Int64: SevenP.Value] = [:]
    public var windowStale = true
    public var search: SearchState?
    public var profile: ProfileState?

    /// The row at list index `i`, if it is in the cached window.
    public func row(_ i: Int) -> Reader? {
        let j = i - windowOffset
        return j >= 0 && j < window.count ? window[j] : nil
    }
}
