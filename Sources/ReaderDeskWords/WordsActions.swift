import ReaderDeskCore

/// The matrix actions' reasons and steps and the day plan's ticket lines, by phrase code (the core
/// makes them: Analytics/Rules*.swift, Worklist/TodayPlan.swift). Arguments such as `tier:vip` or
/// `channel:phone` are vocabulary words, translated by `Words.render`.
extension Words {
    public static let actionTexts: [String: Bilingual] = [
        "literal": Bilingual("%@", "%@"),
        "action.first-use": Bilingual("first used %@ on %@; no contact since", "%2$@首次使用%1$@，此后未联系"),
        "action.first-use.step": Bilingual(
            "check in after first use of %@: can they find what they need? any problem?",
            "首次使用%@后回访：能否找到所需？有无问题？"),
        "action.upkeep": Bilingual("fault ticket #%@ is open: %@", "故障工单 #%@ 未解决：%@"),
        "action.upkeep.step": Bilingual(
            "upkeep of %@: check access and speed, then tell the readers affected",
            "维护%@：检查访问与速度，再告知受影响的读者"),
        "action.tier-care.since": Bilingual("%@ reader, no contact since %@ (care every %@ days)", "%@读者，自%@起未联系（每%@天关怀一次）"),
        "action.tier-care.never": Bilingual("%@ reader, never contacted (care every %@ days)", "%@读者，从未联系（每%@天关怀一次）"),
        "action.tier-care.step": Bilingual(
            "a care contact: ask how the library serves them and what they need",
            "关怀联系：问问图书馆服务如何、还需要什么"),
        "action.birthday": Bilingual("birthday on %@ (consented to greetings)", "%@生日（同意接收祝福）"),
        "action.birthday.step": Bilingual("send birthday greetings", "送上生日祝福"),
        "action.holiday": Bilingual("%@ on %@: %@ readers consented to greetings", "%2$@%1$@：%3$@ 位读者同意接收祝福"),
        "action.holiday.step": Bilingual("greet them with one outreach (from this action)", "以一次推送送上节日问候（由此行动推送）"),
        "action.complaint": Bilingual("complaint #%@ past its due time (%@)", "投诉 #%@ 已超过期限（%@）"),
        "action.complaint.step": Bilingual("answer the reader today and follow the complaint through", "今天答复读者，跟进投诉直至解决"),
        "action.pair": Bilingual(
            "recommend %@: readers of %@ also use it (%@%% of them, lift %@)",
            "推荐%1$@：%2$@的读者也在用（占%3$@%%，提升度 %4$@）"),
        "action.pair.step": Bilingual("tell them about %@", "向读者介绍%@"),
        "action.new-service": Bilingual(
            "new resource %@, added %@: %@ readers of %@ have not used it",
            "新资源%1$@（%2$@上线）：%4$@有 %3$@ 位读者尚未使用"),
        "action.new-service.step": Bilingual("send them one notice of %@ (outreach from this action)", "向他们发一次%@的通知（由此行动推送）"),
        "action.lift": Bilingual(
            "close to key: score %@, key from %@; %@ (%@) would add to it",
            "接近重点读者：得分 %@，重点自 %@ 起；使用%@（%@）可提高得分"),
        "action.lift.step": Bilingual("recommend %@: show what it does for their work", "推荐%@：说明它对其工作的帮助"),
        "action.win-back": Bilingual(
            "%@ readers lapsed: no use in the last 12 months, though they used the library before",
            "%@ 位读者流失：近 12 个月未使用，此前曾使用图书馆"),
        "action.win-back.step": Bilingual(
            "win them back with one outreach (from this action): what is new, and how to reach it",
            "以一次推送挽回他们（由此行动推送）：有什么新资源、如何使用"),
        "action.follow-up": Bilingual("follow-up promised at the %@ contact of %@", "%2$@%1$@联系时约定的跟进"),
        "action.follow-up.step": Bilingual("follow up as promised, and log the contact", "按约定跟进，并记录联系"),
        "action.life-stage": Bilingual("upcoming %@ on %@", "%2$@将%1$@"),
        "action.life-stage.ask": Bilingual("ask what would help with the %@", "问问%@需要什么帮助"),
        "action.life-stage.suggest": Bilingual("suggest %@", "推荐%@"),
        "action.service-trend.rising": Bilingual(
            "%@ rising: %@ uses in %@, %@%% against the mean %@ of the three months before",
            "%1$@上升：%3$@使用 %2$@ 次，较前三个月均值 %5$@ 变化 %4$@%%"),
        "action.service-trend.falling": Bilingual(
            "%@ falling: %@ uses in %@, %@%% against the mean %@ of the three months before",
            "%1$@下降：%3$@使用 %2$@ 次，较前三个月均值 %5$@ 变化 %4$@%%"),
        // Against the same month a year earlier (issue 13: a term break is not a trend): its use, that month.
        "action.service-trend.rising.year": Bilingual(
            "%@ rising: %@ uses in %@, %@%% against %@ in %@, a year earlier",
            "%1$@上升：%3$@使用 %2$@ 次，较一年前同月（%6$@，%5$@ 次）变化 %4$@%%"),
        "action.service-trend.falling.year": Bilingual(
            "%@ falling: %@ uses in %@, %@%% against %@ in %@, a year earlier",
            "%1$@下降：%3$@使用 %2$@ 次，较一年前同月（%6$@，%5$@ 次）变化 %4$@%%"),
        "action.service-trend.rising.step": Bilingual("find out why, and keep access and capacity up with demand", "查明原因，保证访问与容量跟上需求"),
        "action.service-trend.falling.step": Bilingual("check access problems, then remind its readers of %@", "排查访问问题，再提醒读者使用%@"),
        "action.counter-trend.rising": Bilingual(
            "%@ rising in COUNTER %@: %@ in %@, %@%% against the mean %@ of the three months before",
            "%1$@ COUNTER %2$@上升：%4$@为 %3$@，较前三个月均值 %6$@ 变化 %5$@%%"),
        "action.counter-trend.falling": Bilingual(
            "%@ falling in COUNTER %@: %@ in %@, %@%% against the mean %@ of the three months before",
            "%1$@ COUNTER %2$@下降：%4$@为 %3$@，较前三个月均值 %6$@ 变化 %5$@%%"),
        "action.counter-trend.rising.year": Bilingual(
            "%@ rising in COUNTER %@: %@ in %@, %@%% against %@ in %@, a year earlier",
            "%1$@ COUNTER %2$@上升：%4$@为 %3$@，较一年前同月（%7$@，%6$@）变化 %5$@%%"),
        "action.counter-trend.falling.year": Bilingual(
            "%@ falling in COUNTER %@: %@ in %@, %@%% against %@ in %@, a year earlier",
            "%1$@ COUNTER %2$@下降：%4$@为 %3$@，较一年前同月（%7$@，%6$@）变化 %5$@%%"),
        "action.counter-trend.rising.step": Bilingual("tell its readers' librarians, and check the licence's limits", "告知相关学科馆员，核对许可限额"),
        "action.counter-trend.falling.step": Bilingual(
            "check access and authentication with the vendor, then remind its readers of %@",
            "与供应商核查访问与认证，再提醒读者使用%@"),
        "action.activity-falling": Bilingual(
            "activity falling: %@ uses in the last %@ days against %@ the days before (−%@%%)",
            "活跃度下降：近 %2$@ 天使用 %1$@ 次，之前同期 %3$@ 次（−%4$@%%）"),
        "action.activity-falling.step": Bilingual("a care call: has something changed? offer help", "关怀电话：是否有变化？提供帮助"),
        "action.habits.onsite": Bilingual(
            "habits changed: on-site share of use %@%% → %@%% (last %@ days against the days before)",
            "习惯变化：到馆使用占比 %@%% → %@%%（近 %@ 天对比之前）"),
        "action.habits.late": Bilingual(
            "habits changed: late-night share of use %@%% → %@%% (last %@ days against the days before)",
            "习惯变化：深夜使用占比 %@%% → %@%%（近 %@ 天对比之前）"),
        "action.habits.onsite.step": Bilingual("ask whether remote access or the reading rooms need attention", "问问远程访问或阅览室是否需要改进"),
        "action.habits.late.step": Bilingual("ask whether opening hours or remote access fit their work", "问问开放时间或远程访问是否适合其工作"),
        "action.tier-fell": Bilingual("tier fell from %@ in %@ to %@ in %@", "价值层级从%2$@的%1$@降至%4$@的%3$@"),
        "action.tier-fell.step": Bilingual("find out why: a care contact, and what would serve them better", "查明原因：关怀联系，了解如何更好地服务"),
        "plan.ticket": Bilingual("ticket #%@ (%@) due %@", "工单 #%@（%@）期限 %@"),
        "plan.ticket.overdue": Bilingual("overdue: answer the reader and resolve it", "已逾期：答复读者并解决"),
        "plan.ticket.soon": Bilingual("answer and resolve it before it is due", "在期限前答复并解决"),
    ]

    public static let holidayNames: [String: Bilingual] = [
        "spring-festival": Bilingual("Spring Festival", "春节"), "mid-autumn": Bilingual("Mid-Autumn Festival", "中秋节"),
        "teachers-day": Bilingual("Teachers' Day", "教师节"), "national-day": Bilingual("National Day", "国庆节"),
        "new-year": Bilingual("New Year", "元旦"), "dragon-boat": Bilingual("Dragon Boat Festival", "端午节"),
    ]

    public static let serviceClasses: [String: Bilingual] = [
        "premium": Bilingual("premium", "精品"), "standard": Bilingual("standard", "标准"), "basic": Bilingual("basic", "基础"),
    ]

    /// A phrase argument as the viewer reads it: `tier:vip`, `channel:phone`, `event:thesis`,
    /// `class:premium` and `kind:fault` are vocabulary words; anything else is shown as it is.
    public static func localisedArgument(_ argument: String, _ l: Language) -> String {
        guard let colon = argument.firstIndex(of: ":") else { return argument }
        let noun = argument[..<colon], word = String(argument[argument.index(after: colon)...])
        switch noun {
        case "tier": return bandNames[word].map { $0.text(l) } ?? word
        case "channel": return Channel(rawValue: word).map { vocabulary($0, l) } ?? word
        case "event": return LifeEventKind(rawValue: word).map { vocabulary($0, l) } ?? word.replacingOccurrences(of: "-", with: " ")
        case "class": return serviceClasses[word].map { $0.text(l) } ?? word
        case "kind": return TicketKind(rawValue: word).map { vocabulary($0, l) } ?? word
        case "holiday": return holidayNames[word].map { $0.text(l) } ?? word.replacingOccurrences(of: "-", with: " ")
        case "role": return Role(rawValue: word).map { vocabulary($0, l) } ?? word
        case "may": return whoMay[word]?.text(l) ?? word
        case "permission": return permissions[word]?.text(l) ?? word
        case "noun": return nouns[word]?.text(l) ?? word
        case "action": return actionStatuses[word]?.text(l) ?? word
        default: return argument
        }
    }
}
