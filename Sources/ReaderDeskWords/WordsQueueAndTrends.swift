import ReaderDeskCore

/// Words of issue 13's queue, trends, pyramid and profile work, in both languages
/// (part of the one catalogue `Words`; kept in their own file while the catalogue is merged).
extension Words {
    // Tickets: the SLA clock and the queue's status filter
    public static let noSLA = Bilingual("no SLA", "无时限")
    public static let paused = Bilingual("paused %@", "暂停 %@")
    public static let allTickets = Bilingual("all", "全部")
    public static let waitingOnReader = Bilingual("waiting on the reader: the SLA clock is stopped", "等待读者回复：时限暂停计时")
}

extension TicketQueue {
    /// The filter's name in the queue's filter line.
    public func name(_ l: Language) -> String {
        switch self {
        case .open: Words.openQueue.text(l)
        case .all: Words.allTickets.text(l)
        case .waiting: Words.vocabulary(TicketStatus.waiting, l)
        case .resolved: Words.vocabulary(TicketStatus.resolved, l)
        case .closed: Words.vocabulary(TicketStatus.closed, l)
        }
    }
}

extension Words {
    // Trends: the current month is only "so far"
    public static let soFar = Bilingual("so far", "截至目前")
}

extension Words {
    // Status line at 80 columns: the counts keep short labels when the long ones do not fit
    public static let pendingShort = Bilingual("pend.", "待办"), overdueShort = Bilingual("late", "逾期")
    public static let followUpsShort = Bilingual("f-up", "跟进")
}

extension Words.Form {
    // The reader form: consent, lifecycle, subject librarian, awareness
    public static let consentEmail = Bilingual("Email consent", "同意邮件联系"), consentPhone = Bilingual("Phone consent", "同意电话联系")
    public static let consentBirthday = Bilingual("Birthday greeting", "同意生日问候")
    public static let awareOfReference = Bilingual("Knows the reference service", "知晓参考咨询服务")
    public static let yes = Bilingual("yes", "是"), no = Bilingual("no", "否")
    // A life-stage event from the profile
    public static let lifeEvent = Bilingual("Life-stage event of %@", "%@ 的人生阶段事件")
    public static let eventKind = Bilingual("Event", "事件"), date = Bilingual("Date", "日期"), eventNote = Bilingual("Note", "备注")
    public static let lifeEventAdded = Bilingual("%@ added for %@ on %@", "已添加%@：%@，%@")
}

extension Words {
    // The pyramid: its period, a tier's readers, a tier's goal
    public static let periodKinds: [String: Bilingual] = [
        "month": Bilingual("month", "月"), "quarter": Bilingual("quarter", "季度"), "year": Bilingual("year", "年"),
    ]
    public static let pyramidHint = Bilingual("f month/quarter/year · ↑↓ Enter readers", "f 月/季度/年 · ↑↓ Enter 读者")
    public static let score = Bilingual("Score", "得分"), before = Bilingual("Period before", "上一期")
    public static let movedBy = Bilingual("What moved them", "变化原因")
    public static let movedUses = Bilingual("uses %d→%d", "使用 %d→%d"), movedPoints = Bilingual("points %d→%d", "价值分 %d→%d")
    public static let movedBreadth = Bilingual("breadth %d→%d", "广度 %d→%d"), movedNothing = Bilingual("the same use", "使用未变")
    public static let noReadersInTier = Bilingual("No readers in this tier.", "该层级没有读者。")
    public static let tierGoal = Bilingual("Goal for %@: %@", "%@ 目标：%@")
    /// The tiers' default goals (README "The matrix and its actions"), by phrase code `goal.TIER`
    /// (`AppDatabase.tierGoalPhrases`, the care days filled in); a library's own text replaces them.
    public static let tierGoals: [String: Bilingual] = [
        "goal.vip": Bilingual(
            "keep them loyal: a personal care contact at least every %@ days", "保持忠诚：至少每 %@ 天一次个人关怀联系"),
        "goal.key": Bilingual("keep them loyal: a care contact at least every %@ days", "保持忠诚：至少每 %@ 天一次关怀联系"),
        "goal.mid": Bilingual(
            "grow them toward key: a recommendation that would lift those close to it", "培育成重点读者：向接近重点的读者推荐能提升价值的服务"),
        "goal.basic": Bilingual("maintain them cheaply: outreach only", "低成本维护：只做群发推送"),
        "goal.inactive": Bilingual("win them back: one win-back action per term", "挽回流失读者：每学期一次挽回行动"),
    ]
}
