/// The reusable answers' words (the Ctrl-T picker, the ticket view's suggestions) and a reply's mail.
extension Words {
    public enum Answers {
        public static let search = Bilingual("Answers:", "常用答复：")
        public static let hint = Bilingual(
            "type to search (pinyin too) · ↑/↓ pick · Enter inserts · Esc closes",
            "输入以查找（可用拼音）· ↑/↓ 选择 · Enter 插入 · Esc 关闭")
        public static let noMatch = Bilingual("no answer matches", "没有匹配的答复")
        public static let onlyInReply = Bilingual("Reusable answers go into replies and notes", "常用答复只能插入回复或备注")
        // After a reply's confirmation in the status line
        public static let mailed = Bilingual(" and mailed to the reader", "，并已邮件发送给读者")
        public static let notMailed = Bilingual("; not mailed: %@", "；未发送邮件：%@")
        // Linking a ticket mailed from an unknown address to its reader (L)
        public static let link = Bilingual("Link ticket #%d to a reader", "将工单 #%d 关联到读者")
        public static let linked = Bilingual("Ticket #%d is now %@'s", "工单 #%d 已关联到 %@")
        public static let suggested = Bilingual("Suggested answers (r, then Ctrl-T)", "建议答复（按 r 后按 Ctrl-T）")
    }
}
