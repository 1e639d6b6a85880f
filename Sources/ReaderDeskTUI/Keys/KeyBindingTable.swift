import ReaderDeskWords

/// One row of the key table: the single source for dispatch and for the help overlay.
public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: Bilingual
    public var group: BindingGroup
    /// The contexts where the binding applies; nil means everywhere.
    public var contexts: Set<KeyContext>?
}

extension KeyBinding {
    /// A row whose help text comes from the word catalogue (`Words.keyHelp`).
    private static func b(_ action: Action, _ keys: [Key], _ group: BindingGroup, _ contexts: Set<KeyContext>? = nil) -> KeyBinding {
        KeyBinding(
            action: action, keys: keys, help: Words.keyHelp[action.rawValue] ?? Bilingual(action.rawValue, action.rawValue),
            group: group, contexts: contexts)
    }

    /// The default bindings. Order here is the order in the help overlay.
    public static let defaults: [KeyBinding] = [
        b(.quit, [.char("q")], .general),
        b(.help, [.char("?"), .function(1)], .general),
        b(.search, [.char("/")], .general),
        b(.filter, [.char("f")], .general),
        b(.refresh, [.ctrl("l")], .general),
        b(.logContact, [.char("c")], .general),
        b(.newTicket, [.char("n")], .general),
        b(.pyramid, [.char("p")], .general),
        b(.trends, [.char("t")], .general),

        b(.nextPane, [.tab], .navigation),
        b(.previousPane, [.backTab], .navigation),
        b(.pane1, [.char("1")], .navigation),
        b(.pane2, [.char("2")], .navigation),
        b(.pane3, [.char("3")], .navigation),
        b(.up, [.up, .char("k")], .navigation),
        b(.down, [.down, .char("j")], .navigation),
        b(.left, [.left, .char("h")], .navigation),
        b(.right, [.right, .char("l")], .navigation),
        b(.top, [.char("g"), .home], .navigation),
        b(.bottom, [.char("G"), .end], .navigation),
        b(.pageUp, [.pageUp, .ctrl("b")], .navigation),
        b(.pageDown, [.pageDown, .ctrl("f")], .navigation),
        b(.open, [.enter], .navigation),
        b(.back, [.escape], .navigation),

        b(.editReader, [.char("E")], .readers, [.readers]),
        b(.newReader, [.char("N")], .readers, [.readers]),
        b(.lifeEvent, [.char("L")], .readers, [.readers]),

        b(.snooze, [.char("s")], .matrix, [.matrix, .readers]),
        b(.dismiss, [.char("x")], .matrix, [.matrix, .readers]),

        b(.claimTicket, [.char("a")], .tickets, [.tickets]),
        b(.assignTicket, [.char("A")], .tickets, [.tickets]),
        b(.reply, [.char("r")], .tickets, [.tickets]),
        b(.internalNote, [.char("i")], .tickets, [.tickets]),
        b(.changeStatus, [.char("e")], .tickets, [.tickets]),
        b(.resolve, [.char("R")], .tickets, [.tickets]),
        b(.mine, [.char("m")], .readers, [.readers, .matrix, .tickets]),
        b(.kindFilter, [.char("K")], .tickets, [.tickets]),
        b(.linkReader, [.char("L")], .tickets, [.tickets]),
        b(.ownerFilter, [.char("o")], .matrix, [.matrix]),

        b(.save, [.ctrl("s")], .forms, [.form]),
        b(.answers, [.ctrl("t")], .forms, [.form]),
        b(.nextField, [.tab], .forms, [.form]),
        b(.previousField, [.backTab], .forms, [.form]),
        b(.confirmField, [.enter], .forms, [.form]),
        b(.cancelForm, [.escape], .forms, [.form]),
    ]
}
