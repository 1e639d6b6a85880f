import ReaderDeskWords

/// The pane registry: the panes in their order (tabs, `Tab` cycle, top then left to right in the
/// wide layout), each with its number key, its title, its key context and its share of the wide
/// layout, and its room (`PaneRoom`). Adding a pane is a case here and a line in `entry`.
public enum PaneID: CaseIterable, Sendable {
    case readers, matrix, tickets

    /// The panes in order; `1 2 3`, the tab bar and the wide layout follow it.
    static var ordered: [PaneID] { allCases }

    /// One registry line per pane: the action that jumps to it (its number key), its title,
    /// the key context while it has focus, its weight in the wide layout's lower row (the reader
    /// list spans the top, so its weight is unused; the other two share the width equally), and
    /// its room: how it draws, updates, loads and settles (`PaneRoom`).
    private var entry: (jump: Action, title: Bilingual, context: KeyContext, share: Int, room: any PaneRoom.Type) {
        switch self {
        case .readers: (.pane1, Words.paneReaders, .readers, 1, ReadersPane.self)
        case .matrix: (.pane2, Words.paneMatrix, .matrix, 1, MatrixPane.self)
        case .tickets: (.pane3, Words.paneTickets, .tickets, 1, TicketsPane.self)
        }
    }

    var jump: Action { entry.jump }
    var title: Bilingual { entry.title }
    var context: KeyContext { entry.context }
    var share: Int { entry.share }
    var room: any PaneRoom.Type { entry.room }

    /// The number shown before the title in the tab bar: the pane's place, from 1.
    var number: Int { PaneID.ordered.firstIndex(of: self)! + 1 }

    /// The pane `step` places along the order, wrapping round (`Tab` +1, `Shift-Tab` −1).
    func moved(by step: Int) -> PaneID {
        let all = PaneID.ordered
        let i = all.firstIndex(of: self)!
        return all[((i + step) % all.count + all.count) % all.count]
    }

    /// The pane a jump action goes to, if it is one.
    static func jumped(by action: Action) -> PaneID? { ordered.first { $0.jump == action } }
}
