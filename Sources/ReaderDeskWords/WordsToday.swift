import ReaderDeskCore

/// The words of today's plan and the filtered matrix, in both languages.
extension Words {
    public static let today = Bilingual("Today", "今日")
    public static let todayHeader = Bilingual("%@ · %d of capacity %d · %d waiting", "%@ · %d 项（容量 %d）· 另有 %d 项待排")
    public static let nothingToday = Bilingual("Nothing due today.", "今天没有到期的工作。")
    public static let todayHint = Bilingual(
        "Enter open · c contact · s snooze · x dismiss · Esc matrix",
        "Enter 打开 · c 联系 · s 推迟 · x 忽略 · Esc 矩阵")
    public static let gridHint = Bilingual(
        "Enter cell · m mine/all · o owner · f tier · Esc today · p t",
        "Enter 单元格 · m 我的/全部 · o 负责人 · f 价值层级 · Esc 今日 · p t")
    public static let matrixFilter = Bilingual("%@ · tier %@", "%@ · 层级 %@")
    public static let allTiers = Bilingual("all", "全部")
    public static let position = Bilingual("%d/%d actions", "%d/%d 项行动")
    public static let actionKeys = Bilingual(
        "c log the contact that completes it · s snooze · x dismiss · Esc back",
        "c 记录联系即完成 · s 推迟 · x 忽略 · Esc 返回")
    public static let kindAction = Bilingual("Action", "行动"), kindFollowUp = Bilingual("Follow-up", "跟进")
    public static let kindTicket = Bilingual("Ticket", "工单")

    public static func tier(_ t: ValueTier?, _ l: Language) -> String {
        t.map { Words.bandNames[$0.rawValue]?.text(l) ?? $0.rawValue } ?? ""
    }
}
