/// The reusable answers' words: the Ctrl-T picker in a reply and the ticket view's suggestions.
extension Words {
    public enum Answers {
        public static let search = Bilingual("Answers:", "常用答复：")
        public static let hint = Bilingual("type to search (pinyin too) · ↑/↓ pick · Enter inserts · Esc closes",
                                           "输入以查找（可用拼音）· ↑/↓ 选择 · Enter 插入 · Esc 关闭")
        public static let noMatch = Bilingual("no answer matches", "没有匹配的答复")
        public static let onlyInReply = Bilingual("Reusable answers go into replies and notes", "常用答复只能插入回复或备注")
        public static let suggested = Bilingual("Suggested answers (r, then Ctrl-T)", "建议答复（按 r 后按 Ctrl-T）")
    }
}
