import ReaderDeskWords

/// Everything a key can ask the app to do. The raw value is the name used in config
/// files (`[keys] logContact = ["c"]`).
public enum Action: String, CaseIterable, Sendable, Hashable {
    // General
    case quit, help, refresh, search, filter
    // Navigation
    case nextPane, previousPane, pane1, pane2, pane3
    case up, down, left, right, top, bottom, pageUp, pageDown, open, back
    // Readers
    case editReader, newReader, lifeEvent
    // Contacts and the matrix
    case logContact, snooze, dismiss, pyramid, trends
    // Tickets
    case newTicket, claimTicket, assignTicket, reply, internalNote, changeStatus, resolve, mine, kindFilter, linkReader
    // The matrix's owner filter
    case ownerFilter
    // Forms
    case save, nextField, previousField, confirmField, cancelForm, answers
}

/// Where the user is, so the same key can be bound differently in different panes.
/// `textInput` is any field being typed into: there plain characters are text, not commands.
/// `form` is an open form: plain characters are text or a choice's key, never commands.
public enum KeyContext: String, CaseIterable, Sendable, Hashable {
    case readers, matrix, tickets, overlay, textInput, form
}

/// Headings of the help overlay, in display order.
public enum BindingGroup: Int, CaseIterable, Sendable, Comparable {
    case general, navigation, readers, matrix, tickets, forms

    public static func < (a: BindingGroup, b: BindingGroup) -> Bool { a.rawValue < b.rawValue }

    public var title: Bilingual {
        switch self {
        case .general: return Words.helpGroupGeneral
        case .navigation: return Words.helpGroupNavigation
        case .readers: return Words.paneReaders
        case .matrix: return Words.paneMatrix
        case .tickets: return Words.paneTickets
        case .forms: return Words.helpGroupForms
        }
    }
}
