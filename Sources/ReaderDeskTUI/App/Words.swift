/// The app's words in both languages, beside `LocalisedKey` (which keeps the shared ones).
enum Words {
    /// Fills `%d` and `%@` in order, as `Localisation.format` does for `LocalisedKey`.
    static func format(_ b: Bilingual, _ l: Language, _ args: CustomStringConvertible...) -> String {
        var out = ""
        var values = args.makeIterator()
        var chars = b.text(l).makeIterator()
        while let c = chars.next() {
            guard c == "%" else { out.append(c); continue }
            switch chars.next() {
            case "d", "@": out += values.next()?.description ?? ""
            case let other?: out.append(c); out.append(other)
            case nil: out.append(c)
            }
        }
        return out
    }

    // Reader list columns
    static let card = Bilingual("Card", "卡号"), name = Bilingual("Name", "姓名")
    static let type = Bilingual("Type", "类型"), dept = Bilingual("Department", "院系")
    static let tier = Bilingual("Tier", "卡级"), subject = Bilingual("Subject", "学科")
    static let email = Bilingual("Email", "邮箱"), phone = Bilingual("Phone", "电话")
    static let allReaders = Bilingual("all readers", "全部读者"), myReaders = Bilingual("my readers", "我的读者")
    // Profile
    static let partRecord = Bilingual("(a) Original record", "（一）原始记录")
    static let partAnalysis = Bilingual("(b) Analysis", "（二）分析")
    static let partInvestment = Bilingual("(c) Contacts and services", "（三）联系与服务记录")
    static let use = Bilingual("Use per service (12 months)", "各项服务使用（12 个月）")
    static let tickets = Bilingual("Tickets", "工单"), lifeEvents = Bilingual("Life events", "人生阶段")
    static let sevenP = Bilingual("7P summary", "7P 概要")
    static let hidden = Bilingual("hidden for your role", "您的角色无权查看"), none = Bilingual("none", "无")
    static let degree = Bilingual("Degree", "学历"), address = Bilingual("Address", "地址")
    static let postcode = Bilingual("Postcode", "邮编"), birthday = Bilingual("Birthday", "生日")
    static let lifecycle = Bilingual("Lifecycle", "生命周期"), librarian = Bilingual("Librarian", "学科馆员")
    static let attitude = Bilingual("Attitude", "态度与评价"), problems = Bilingual("Problems", "问题与困难")
    static let needs = Bilingual("Needs", "特殊需求"), consent = Bilingual("Consent", "同意")
    static let profiling = Bilingual("Profiling", "画像"), persistency = Bilingual("Persistency", "忠诚")
    static let value = Bilingual("Value", "价值"), performance = Bilingual("Performance", "表现")
    static let prospecting = Bilingual("Prospecting", "前景"), products = Bilingual("Products", "产品")
    static let promotion = Bilingual("Promotion", "推广")
    static let activeMonths = Bilingual("%d of %d months active", "%d/%d 个月有使用")
    static let pointsUses = Bilingual("%d uses of %d services", "%d 次使用，%d 项服务")
    static let contactsCount = Bilingual("%d contacts, last %@", "%d 次联系，最近 %@")
    static let rising = Bilingual("rising", "上升"), falling = Bilingual("falling", "下降"), steady = Bilingual("steady", "平稳")
    static let loading = Bilingual("Loading…", "加载中…"), back = Bilingual("Esc back", "Esc 返回")
    // Tickets
    static let due = Bilingual("Due", "到期"), priority = Bilingual("Pri", "优先"), kind = Bilingual("Kind", "类型")
    static let status = Bilingual("Status", "状态"), reader = Bilingual("Reader", "读者"), owner = Bilingual("Owner", "负责")
    static let openQueue = Bilingual("open", "未结"), anyKind = Bilingual("any", "全部")
    static let mine = Bilingual("mine", "我的"), everyone = Bilingual("everyone", "所有人")
    static let filterLine = Bilingual("status %@ · kind %@ · %@", "状态 %@ · 类型 %@ · %@")
    static let late = Bilingual("%@ late", "逾期 %@"), dueIn = Bilingual("in %@", "%@ 后")
    static let replies = Bilingual("Replies and notes", "回复与备注"), history = Bilingual("History", "历史")
    static let reply = Bilingual("reply", "回复"), note = Bilingual("note", "内部备注")
    static let created = Bilingual("Created", "创建"), noTickets = Bilingual("No tickets", "没有工单")
    // Matrix
    static let noRules = Bilingual("The matrix rules are not installed yet.", "矩阵规则尚未安装。")
    static let actions = Bilingual("%d actions", "%d 项行动"), noActions = Bilingual("No open actions", "没有待办行动")
    static let pyramid = Bilingual("Value pyramid", "读者金字塔"), trends = Bilingual("Service trends", "服务趋势")
    static let noPyramid = Bilingual("The value ranking is not installed yet.", "价值排名尚未安装。")
    static let noUse = Bilingual("No use recorded in these months.", "这几个月没有使用记录。")
    static let bandNames: [String: Bilingual] = [
        "vip": Bilingual("VIP", "贵宾"), "key": Bilingual("Key", "重点"), "mid": Bilingual("Mid", "中级"),
        "basic": Bilingual("Basic", "普通"), "inactive": Bilingual("Inactive", "不活跃"),
    ]
    // Status line
    static let help = Bilingual("? help", "? 帮助")
    static let followUpsDue = Bilingual("follow-ups %d", "待跟进 %d")
    // Follow-ups (reminders from contacts)
    static let followUpLine = Bilingual("Follow-up due %@: %@", "%@ 应跟进：%@")
    static let followUpLater = Bilingual("Follow-up on %@: %@", "%@ 跟进：%@")
}
