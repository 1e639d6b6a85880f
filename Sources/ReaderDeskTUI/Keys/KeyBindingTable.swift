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
    private static func b(_ action: Action, _ keys: [Key], _ en: String, _ zh: String,
                          _ group: BindingGroup, _ contexts: Set<KeyContext>? = nil) -> KeyBinding {
        KeyBinding(action: action, keys: keys, help: Bilingual(en, zh), group: group, contexts: contexts)
    }

    /// The default bindings. Order here is the order in the help overlay.
    public static let defaults: [KeyBinding] = [
        b(.quit, [.char("q")], "Quit", "退出", .general),
        b(.help, [.char("?"), .function(1)], "Show or hide this help", "显示或隐藏帮助", .general),
        b(.search, [.char("/")], "Search readers", "搜索读者", .general),
        b(.filter, [.char("f")], "Filter: my readers, ticket status, matrix value tier", "筛选：我的读者、工单状态、矩阵价值层级", .general),
        b(.refresh, [.ctrl("l")], "Redraw and reload", "刷新并重新加载", .general),
        b(.logContact, [.char("c")], "Log a contact (reader, or matrix action: done)", "记录联系（读者；矩阵行动则完成）", .general),
        b(.newTicket, [.char("n")], "New ticket (a subject alone: normal question)", "新建工单（只填主题即为普通咨询）", .general),
        b(.pyramid, [.char("p")], "Reader pyramid", "读者金字塔", .general),
        b(.trends, [.char("t")], "Trends", "趋势图", .general),

        b(.nextPane, [.tab], "Next pane", "下一个窗格", .navigation),
        b(.previousPane, [.backTab], "Previous pane", "上一个窗格", .navigation),
        b(.pane1, [.char("1")], "Readers pane", "读者窗格", .navigation),
        b(.pane2, [.char("2")], "Matrix pane", "矩阵窗格", .navigation),
        b(.pane3, [.char("3")], "Tickets pane", "工单窗格", .navigation),
        b(.up, [.up, .char("k")], "Move up", "上移", .navigation),
        b(.down, [.down, .char("j")], "Move down", "下移", .navigation),
        b(.left, [.left, .char("h")], "Move left", "左移", .navigation),
        b(.right, [.right, .char("l")], "Move right", "右移", .navigation),
        b(.top, [.char("g"), .home], "First item", "第一项", .navigation),
        b(.bottom, [.char("G"), .end], "Last item", "最后一项", .navigation),
        b(.pageUp, [.pageUp, .ctrl("b")], "Page up", "上一页", .navigation),
        b(.pageDown, [.pageDown, .ctrl("f")], "Page down", "下一页", .navigation),
        b(.open, [.enter], "Open", "打开", .navigation),
        b(.back, [.escape], "Back / close", "返回 / 关闭", .navigation),

        b(.editReader, [.char("E")], "Edit the reader (fields your role may change)", "编辑读者（按角色开放字段）", .readers, [.readers]),
        b(.newReader, [.char("N")], "Add a reader", "新建读者", .readers, [.readers]),

        b(.snooze, [.char("s")], "Snooze the action or follow-up until a date", "推迟行动或跟进到某日", .matrix, [.matrix, .readers]),
        b(.dismiss, [.char("x")], "Dismiss the action or follow-up, with a reason", "忽略行动或跟进（需填原因）", .matrix, [.matrix, .readers]),

        b(.claimTicket, [.char("a")], "Assign the ticket to me", "认领工单（分派给我）", .tickets, [.tickets]),
        b(.assignTicket, [.char("A")], "Assign the ticket to someone", "将工单分派给他人", .tickets, [.tickets]),
        b(.reply, [.char("r")], "Public reply to the reader", "公开回复读者", .tickets, [.tickets]),
        b(.internalNote, [.char("i")], "Internal note", "内部备注", .tickets, [.tickets]),
        b(.changeStatus, [.char("e")], "Change the status", "更改状态", .tickets, [.tickets]),
        b(.resolve, [.char("R")], "Resolve, with the reader's satisfaction", "解决工单（记录读者满意度）", .tickets, [.tickets]),
        b(.mine, [.char("m")], "Only mine: my readers, my tickets, my actions", "只看我的：我的读者、我的工单、我的行动", .readers, [.readers, .matrix, .tickets]),
        b(.kindFilter, [.char("K")], "Filter by kind", "按类型筛选", .tickets, [.tickets]),

        b(.save, [.ctrl("s")], "Save, from any field", "保存（任何字段均可）", .forms, [.form]),
        b(.answers, [.ctrl("t")], "Insert a reusable answer (in a reply)", "插入常用答复（回复时）", .forms, [.form]),
        b(.nextField, [.tab], "Next field", "下一项", .forms, [.form]),
        b(.previousField, [.backTab], "Previous field", "上一项", .forms, [.form]),
        b(.confirmField, [.enter], "Next field; on the last one, save", "下一项；在最后一项时保存", .forms, [.form]),
        b(.cancelForm, [.escape], "Cancel (asks first if you typed)", "取消（已输入内容时先确认）", .forms, [.form]),
    ]
}
