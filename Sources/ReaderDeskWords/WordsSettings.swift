/// What each setting does, as `settings list` shows it. The English is the core's own text
/// (`SettingDefinition.help`, kept beside the setting it describes); the Chinese is here, by key.
/// Families of settings (one per rule, tier, reader type) take their Chinese from a pattern.
extension Words {
    public static func settingHelp(_ key: String, english: String, _ l: Language) -> String {
        guard l == .zhHans else { return english }
        if let zh = settingHelpZh[key] { return zh }
        for (prefix, template) in settingFamiliesZh where key.hasPrefix(prefix) {
            return fill(template, [String(key.dropFirst(prefix.count))])
        }
        return english
    }

    /// `%@` is the rest of the key: a reader type, a rule code or a value tier.
    static let settingFamiliesZh: [(String, String)] = [
        ("score.type.", "读者类型为 %@ 的读者所得分值"),
        ("priority.rule.", "规则 %@ 产生的行动的优先级分值"),
        ("priority.tier.", "关于价值层级 %@ 读者（或服务）的行动的优先级分值"),
        ("pyramid.goal.", "%@ 层级的目标，与价值金字塔一同显示"),
    ]

    static let settingHelpZh: [String: String] = [
        "library.timezone": "统计月度使用量所用的时区（由 init 设置）",
        "library.name": "图书馆名称，显示在应用中",
        "sla.urgent.hours": "解决紧急工单的时限（小时）",
        "sla.high.hours": "解决高优先级工单的时限（小时）",
        "sla.normal.hours": "解决普通工单的时限（小时）",
        "sla.low.hours": "解决低优先级工单的时限（小时）",
        "sla.none.kinds": "不设时限的工单种类（无到期时间，永不逾期），以逗号分隔",
        "privacy.retention.months": "联系摘要和工单文本在多少个月后去除个人数据",
        "import.koha.categories": "Koha 读者类别代码及其对应的读者类型：CODE=type,…",
        "import.ezproxy.locations": "客户端地址段及其位置类别：CIDR=onsite|campus,…（其余为远程）",
        "import.ezproxy.proxy-hosts": "EZproxy 服务器自身的主机名，以逗号分隔",
        "import.counter.services": "COUNTER 名称及其对应的服务：NAME=CODE;…",
        "score.weight.recency": "读者最近使用图书馆的时间所占权重",
        "score.weight.frequency": "读者使用服务次数所占权重",
        "score.weight.value": "所用服务分值所占权重",
        "score.weight.breadth": "所用不同服务类别所占权重",
        "score.weight.type": "读者类型所占权重",
        "score.class.premium": "高端服务的分值，每项所用服务计一次",
        "score.class.standard": "标准服务的分值",
        "score.class.basic": "基础服务的分值",
        "pyramid.vip.percent": "活跃读者中属于贵宾的前百分比",
        "pyramid.key.percent": "属于贵宾或重点的前百分比",
        "pyramid.mid.percent": "属于贵宾、重点或中级的前百分比",
        "matrix.due.days": "没有自身日期的行动需在多少天内处理",
        "matrix.first_use.days": "矩阵格 1：读者首次使用后多少天回访",
        "matrix.care.vip.days": "矩阵格 2：贵宾读者多少天未联系即需关怀",
        "matrix.care.key.days": "矩阵格 2：重点读者多少天未联系即需关怀",
        "matrix.birthday.days": "矩阵格 2：提前多少天问候同意接收问候的读者",
        "matrix.recommend.months": "矩阵格 3：用于服务配对的使用月数",
        "matrix.recommend.min_readers": "矩阵格 3：配对的两项服务都须使用的最少读者数",
        "matrix.recommend.confidence": "矩阵格 3：使用 A 的读者中同时使用 B 的比例",
        "matrix.recommend.lift": "矩阵格 3：使用 A 的读者使用 B 的可能性高出多少倍",
        "matrix.new_service.days": "矩阵格 3：上线不超过这么多天的新服务会推荐给相关学科的读者",
        "matrix.remind.days": "矩阵格 4：提前多少天查看人生阶段事件",
        "matrix.trend.percent": "矩阵格 5：服务使用量相对前三个月的变化",
        "matrix.trend.min_baseline": "矩阵格 5：前三个月所需的使用次数",
        "matrix.activity.days": "矩阵格 6：比较的两个时间窗口的长度（天）",
        "matrix.activity.percent": "矩阵格 6：读者使用量下降到多少才算数",
        "matrix.activity.min_before": "矩阵格 6：前一个窗口所需的使用次数",
        "matrix.habits.points": "矩阵格 6：到馆或深夜使用比例的变化",
        "matrix.habits.min_uses": "矩阵格 6：每个窗口内需达到多少次使用才谈得上习惯",
        "outreach.response.days": "通知发出后多少天内使用其服务算作回应",
        "matrix.remind.services": "矩阵格 4：每种人生阶段事件推荐的服务",
        "priority.late.per_day": "行动每逾期一天增加的优先级分值",
        "priority.late.max": "逾期最多计这么多分",
        "priority.quiet.per_week": "图书馆自上次联系读者后每周增加的优先级分值",
        "priority.quiet.max": "久未联系最多计这么多分（从未联系过的读者计满分）",
        "matrix.open_per_reader": "一位读者同时可有的待办行动数；其余等这些完成后再出现",
        "matrix.recommend.per_reader": "矩阵格 3：每位读者的配对推荐数，最强的优先",
        "matrix.recommend.tiers": "矩阵格 3：获得个人推荐的价值层级（普通读者通过推广覆盖）",
        "matrix.lift.gap": "矩阵格 3：得分与重点读者最低分相差在此之内的中级读者获得提升推荐",
        "matrix.capacity": "馆员每天能处理的事项数，除非该馆员另有自己的容量",
        "matrix.default_owner": "负责无人覆盖的行动的馆员登录名（管理员，由 init 设置）",
        "matrix.follow_up.expire_days": "跟进逾期超过这么多天即失效，并留下历史记录",
        "today.ticket.hours": "在这么多小时内到期的工单进入今日工作",
        "matrix.holidays": "矩阵格 2：节日问候日，name=YYYY-MM-DD 或 MM-DD 日期[@读者类型]；在 matrix.birthday.days 天内问候",
        "calendar.weekend": "图书馆每周闭馆的日子（mon … sun）",
        "calendar.closed": "图书馆闭馆日：YYYY-MM-DD，或每年的 MM-DD，以逗号分隔",
        "mail.from": "ReaderDesk 发信地址（为空则不发送邮件）",
        "mail.reply_to": "读者回复的去处：交给 'readerdesk intake mail' 的地址（为空则用 mail.from）",
        "mail.command": "从标准输入接收邮件的 sendmail 兼容命令",
        "mail.rate_per_minute": "每分钟最多交给 MTA 的邮件数",
        "mail.max_bytes": "超过此大小的来信将被拒收",
        "lifecycle.active.uses": "新获取的读者使用多少次后成为活跃读者",
        "lifecycle.lapsed.days": "活跃读者多少天未使用即为流失",
    ]
}
