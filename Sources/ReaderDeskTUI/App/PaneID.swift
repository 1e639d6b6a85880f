/// The pane registry: the panes in their order (tabs, `Tab` cycle, left to right in the wide
/// layout), each with its number key, its title, its key context and its share of the wide
/// layout. Adding a pane is a case here and a line in each table below.
public enum PaneID: CaseIterable, Sendable {
    case readers, matrix, tickets

    /// The panes in order; `1 2 3`, the tab bar and the wide layout follow it.
    static var ordered: [PaneID] { allCases }

    /// The action that jumps to the pane (its number key in the tab bar).
    var jump: Action {
        switch self {
        case .readers: .pane1
        case .matrix: .pane2
        case .tickets: .pane3
        }
    }

    var title: Bilingual {
        switch self {
        case .readers: Words.paneReaders
        case .matrix: Words.paneMatrix
        case .tickets: Words.paneTickets
        }
    }

    var context: KeyContext {
        switch self {
        case .readers: .readers
        case .matrix: .matrix
        case .tickets: .tickets
        }
    }

    /// The pane's weight in the wide layout: the reader list gets 9 parts of 25, the other two 8 each.
    var share: Int {
        switch self {
        case .readers: 9
        case .matrix, .tickets: 8
        }
    }

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
