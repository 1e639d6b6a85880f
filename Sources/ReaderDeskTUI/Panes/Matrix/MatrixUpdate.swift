import ReaderDeskCore
import ReaderDeskWords

/// The matrix pane's update: Today, the grid, a cell's list, the pyramid and the trends.
extension AppState {
    mutating func applyToMatrix(_ action: Action) {
        if [.mine, .filter, .ownerFilter].contains(action), ![.pyramid, .trends].contains(matrix.view), !matrix.view.isPyramidTier {
            switch action {
            case .mine:
                matrix.mine.toggle()
                matrix.owner = nil
            case .ownerFilter:
                matrix.owner = Self.nextOwner(after: matrix.owner, in: matrix.owners ?? [])
                matrix.mine = false
            default: matrix.tier = Self.nextTier(after: matrix.tier)
            }
            if matrix.view == .today { matrix.view = .grid }
            matrix.refilter()
            status.stale = true  // the pending count follows the filter
            return
        }
        switch matrix.view {
        case .today:
            let items = matrix.today?.items ?? []
            switch action {
            case .back: matrix.view = .grid
            case .open: if items.indices.contains(matrix.todayCursor.selected) { openItem(items[matrix.todayCursor.selected]) }
            default:
                if matrix.todayCursor.apply(action, count: items.count, visible: layout.matrixRows) { return }
                notYet(action)
            }
        case .grid:
            switch action {
            case .up: matrix.row = max(0, matrix.row - 1)
            case .down: matrix.row = min(MatrixGrid.rows - 1, matrix.row + 1)
            case .left: matrix.column = max(0, matrix.column - 1)
            case .right: matrix.column = min(MatrixGrid.columns - 1, matrix.column + 1)
            case .top: matrix.row = 0; matrix.column = 0
            case .bottom: matrix.row = MatrixGrid.rows - 1; matrix.column = MatrixGrid.columns - 1
            case .open:
                matrix.view = .cell(matrix.selectedCell)
                matrix.list = ListWindow()
            case .back: matrix.view = .today
            default: notYet(action)
            }
        case .cell:
            switch action {
            case .back: matrix.view = .grid
            case .open: if let item = matrix.list.row(matrix.list.cursor.selected) { openItem(item) }
            default:
                if matrix.list.cursor.apply(action, count: matrix.list.total ?? 0, visible: layout.matrixRows) { return }
                notYet(action)
            }
        case .pyramid:
            switch action {
            case .back: matrix.view = .grid
            case .up: matrix.pyramidBand = max(0, matrix.pyramidBand - 1)
            case .down: matrix.pyramidBand = min(PyramidBand.ranked.count - 1, matrix.pyramidBand + 1)
            case .filter:
                // Month → quarter → year → month: the last completed one of each.
                let kinds: [Period.Kind] = [.month, .quarter, .year]
                matrix.pyramidKind = kinds[((kinds.firstIndex(of: matrix.pyramidKind) ?? 1) + 1) % kinds.count]
                matrix.pyramidLoaded = false
            case .open:
                matrix.view = .pyramidTier(PyramidBand.ranked[matrix.pyramidBand].rawValue)
                matrix.tierReaders = nil
                matrix.tierCursor = ListCursor()
            default: notYet(action)
            }
        case .pyramidTier:
            if action == .back { matrix.view = .pyramid; return }
            if matrix.tierCursor.apply(action, count: matrix.tierReaders?.count ?? 0, visible: layout.textRows(in: .matrix) - 3) { return }
            notYet(action)
        case .trends:
            if action == .back { matrix.view = .grid } else { notYet(action) }
        }
    }

    /// Everyone's, then each owner's in turn (by login).
    static func nextOwner(after owner: ActionOwner?, in owners: [ActionOwner]) -> ActionOwner? {
        let all: [ActionOwner?] = [nil] + owners
        return all[((all.firstIndex(of: owner) ?? 0) + 1) % all.count]
    }

    /// All tiers, then each one in turn.
    static func nextTier(after tier: ValueTier?) -> ValueTier? {
        let all: [ValueTier?] = [nil] + ValueTier.allCases
        return all[((all.firstIndex(of: tier) ?? 0) + 1) % all.count]
    }

    /// Enter on a plan item: a reader's profile with the action on top (Esc comes back here),
    /// a ticket's detail, or a service action's … nothing to open.
    mutating func openItem(_ item: MatrixItem) {
        if item.kind == .ticket, let id = item.ticketID {
            focus = .tickets
            tickets.detailID = id
            tickets.detail = nil
            tickets.scroll = 0
            return
        }
        guard let card = item.card else { message = Words.Form.needReader.text(language); return }
        readers.profile = ProfileState(card: card, action: item, returnTo: .matrix)
        focus = .readers
    }
}
