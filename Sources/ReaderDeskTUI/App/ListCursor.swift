/// A selection in a list of `count` rows of which `visible` show at once: the selected
/// index and the first row shown. Moves keep the selection on screen.
public struct ListCursor: Sendable, Equatable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) { self.selected = selected; self.top = top }

    public mutating func move(to index: Int, count: Int, visible: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
        clamp(count: count, visible: visible)
    }

    public mutating func move(by delta: Int, count: Int, visible: Int) {
        move(to: selected + delta, count: count, visible: visible)
    }

    /// Keeps `selected` and `top` valid after the list or the window size changed.
    public mutating func clamp(count: Int, visible: Int) {
        let v = max(1, visible)
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        if selected < top { top = selected }
        if selected >= top + v { top = selected - v + 1 }
        top = max(0, min(top, max(0, count - v)))
    }

    /// Where a cache of three screens should start so that the visible rows (with this cursor
    /// kept in range) are in it; nil when the `cached` rows from `offset` already hold them, so
    /// small moves need no query.
    public func windowToLoad(total: Int, visible: Int, offset: Int, cached: Int, stale: Bool) -> Int? {
        var c = self
        c.clamp(count: total, visible: visible)
        let end = min(total, c.top + visible)
        let held = offset...(offset + cached)
        guard stale || !held.contains(c.top) || !held.contains(end) else { return nil }
        return max(0, c.top - visible)
    }

    /// The common list keys; returns false for actions that are not movements.
    public mutating func apply(_ action: Action, count: Int, visible: Int) -> Bool {
        switch action {
        case .up: move(by: -1, count: count, visible: visible)
        case .down: move(by: 1, count: count, visible: visible)
        case .pageUp: move(by: -max(1, visible - 1), count: count, visible: visible)
        case .pageDown: move(by: max(1, visible - 1), count: count, visible: visible)
        case .top: move(to: 0, count: count, visible: visible)
        case .bottom: move(to: count - 1, count: count, visible: visible)
        default: return false
        }
        return true
    }
}
