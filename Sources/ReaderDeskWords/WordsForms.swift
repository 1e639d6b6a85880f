/// The forms' words: titles, labels, confirmations and refusals (`Words.Form.summary`).
extension Words {
    public enum Form {
        // Titles
        public static let contact = Bilingual("Log a contact with %@", "记录与 %@ 的联系")
        public static let contactForAction = Bilingual("Log a contact with %@ (completes the action)", "记录与 %@ 的联系（完成此行动）")
        public static let newTicket = Bilingual("New ticket", "新建工单")
        public static let reply = Bilingual("Reply on ticket #%d", "回复工单 #%d"),
            note = Bilingual("Internal note on ticket #%d", "工单 #%d 内部备注")
        public static let status = Bilingual("Status of ticket #%d", "工单 #%d 状态"), resolve = Bilingual("Resolve ticket #%d", "解决工单 #%d")
        public static let assign = Bilingual("Assign ticket #%d", "分派工单 #%d")
        public static let editReader = Bilingual("Edit %@", "编辑 %@"), newReader = Bilingual("New reader", "新建读者")
        public static let snooze = Bilingual("Snooze: %@", "推迟：%@"), dismiss = Bilingual("Dismiss: %@", "忽略：%@")
        // Labels
        public static let summary = Bilingual("Summary", "摘要"), channel = Bilingual("Channel", "渠道")
        public static let cell = Bilingual("Matrix cell", "矩阵格"), readLevel = Bilingual("READ level", "READ 等级")
        public static let minutes = Bilingual("Minutes", "分钟"), followUp = Bilingual("Follow-up", "跟进日期")
        public static let subject = Bilingual("Subject", "主题"), body = Bilingual("Details", "详情")
        public static let kind = Bilingual("Kind", "类型"), priority = Bilingual("Priority", "优先级")
        public static let reader = Bilingual("Reader", "读者"), assignee = Bilingual("Assign to", "分派给")
        public static let status1 = Bilingual("Status", "状态"), satisfaction = Bilingual("Satisfaction", "满意度")
        public static let text = Bilingual("Text", "内容"), reason = Bilingual("Reason", "原因"), until = Bilingual("Until", "推迟到")
        public static let card = Bilingual("Card", "卡号"), name = Bilingual("Name", "姓名")
        // Lines of the form
        public static let hint = Bilingual(
            "Tab next · Enter next/save · Ctrl-S save · Esc cancel", "Tab 下一项 · Enter 下一项/保存 · Ctrl-S 保存 · Esc 取消")
        public static let choiceHint = Bilingual("keys or ←/→", "按键或 ←/→")
        public static let lookupHint = Bilingual("type a card, name or pinyin; ↑/↓ picks", "输入卡号、姓名或拼音；↑/↓ 选择")
        public static let noMatch = Bilingual("no reader matches", "没有匹配的读者")
        public static let discard = Bilingual("Discard what you typed? y discards · any other key goes back", "放弃已输入的内容？y 放弃 · 其他键返回")
        public static let frontDeskNote = Bilingual(
            "Front desk edits contact details; librarians edit the analysis",
            "前台可编辑联系方式；分析部分由馆员编辑")
        public static let loadingStaff = Bilingual("loading staff…", "正在加载员工…")
        // Confirmations (status line)
        public static let logged = Bilingual("Contact with %@ logged", "已记录与 %@ 的联系")
        public static let loggedFollowUp = Bilingual("Contact with %@ logged; follow-up on %@", "已记录与 %@ 的联系；%@ 跟进")
        public static let actionDone = Bilingual("Contact with %@ logged; action done", "已记录与 %@ 的联系；行动已完成")
        public static let created = Bilingual("Ticket #%d created", "已创建工单 #%d")
        public static let claimed = Bilingual("Ticket #%d is yours", "工单 #%d 已由您认领")
        public static let assigned = Bilingual("Ticket #%d assigned to %@", "工单 #%d 已分派给 %@")
        public static let replied = Bilingual("Reply added to ticket #%d", "已回复工单 #%d")
        public static let noted = Bilingual("Note added to ticket #%d", "已为工单 #%d 添加内部备注")
        public static let statusSet = Bilingual("Ticket #%d is now %@", "工单 #%d 现为%@")
        public static let resolved = Bilingual("Ticket #%d resolved", "工单 #%d 已解决")
        public static let readerSaved = Bilingual("%@ saved", "已保存 %@"), readerAdded = Bilingual("Reader %@ added", "已新建读者 %@")
        public static let nothingChanged = Bilingual("Nothing changed", "没有改动")
        public static let snoozed = Bilingual("Action snoozed until %@", "行动已推迟到 %@"), dismissed = Bilingual("Action dismissed", "行动已忽略")
        public static let cancelled = Bilingual("Cancelled", "已取消")
        // Refusals
        public static let conflict = Bilingual(
            "Ticket #%d was changed by someone else (now %@): it is shown fresh; Ctrl-S saves yours on top, Esc drops it",
            "工单 #%d 已被他人修改（现为 %@）：已显示最新内容；Ctrl-S 仍保存您的修改，Esc 放弃")
        public static let conflictClaim = Bilingual(
            "Ticket #%d was changed by someone else (now %@): look again before claiming",
            "工单 #%d 已被他人修改（现为 %@）：请查看后再认领")
        public static let needReader = Bilingual("Select a reader first", "请先选择一位读者")
        public static let needTicket = Bilingual("Select a ticket first", "请先选择一个工单")
        public static let needAction = Bilingual("Select an action in a matrix cell first", "请先在矩阵格中选择一项行动")
        public static let required = Bilingual("%@ is required", "%@ 为必填项")
        public static let noReader = Bilingual("No reader matches '%@'", "没有与“%@”匹配的读者")
        public static let wholeMinutes = Bilingual("minutes must be a whole number, not '%@'", "分钟数须为整数，而不是“%@”")
    }
}
