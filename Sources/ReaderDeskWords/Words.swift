/// THE WORD CATALOGUE — every word a person sees in the app, in English and zh-Hans, in one place.
///
/// `Words` is the one catalogue; its entries are `Bilingual` values (English, Chinese) grouped by
/// subject in the files of this folder:
///   Words.swift            the format function and the app's words (lists, profile, 7P, tickets, matrix)
///   WordsGeneral.swift     panes, help headings, the status line, errors of the terminal and the config
///   WordsForms.swift       `Words.Form`: form titles, labels, confirmations and refusals
///   WordsKeys.swift        `Words.keyHelp`: each action's line in the `?` help
///   WordsVocabulary.swift  the closed vocabularies (ticket kinds, statuses, card types, value tiers…)
///   WordsPhrases.swift     texts the core hands over as a code and arguments (`Phrase`): ticket history,
///                          errors (`Words.error`), and `render`, which every phrase goes through
///   WordsErrors.swift      the errors the core raises, by code (`Words.errors`), and the form labels of
///                          the fields they name
///   WordsActions.swift     the matrix actions' reasons and steps by rule code (`Words.actionReasons`)
///   WordsToday.swift       today's plan and the matrix filter
///   WordsCommandLine.swift the command line's table headings (`Words.Column`) and lines (`Words.Line`)
///   WordsSettings.swift    what each setting does, in Chinese by key (`settings list`)
///
/// To add a word: add a `public static let` with both languages beside its neighbours; placeholders are `%d`
/// and `%@`, filled in order by `Words.format` (`%2$@` takes the second, for Chinese word order).
/// The command line uses the catalogue too (this module needs only the core).
///
/// ACTION REASONS (issue 12): the matrix rules' reasons and steps are a rule code with arguments; their
/// texts are `Words.actionReasons` (WordsActions.swift), keyed by the code. `Words.render(_:_:)` renders
/// any `Phrase` from the core in the viewer's language, so an action stored before a language switch
/// reads right after it.
public enum Words {
    /// Fills `%d` and `%@` in order. The one format function of the catalogue.
    public static func format(_ b: Bilingual, _ l: Language, _ args: CustomStringConvertible...) -> String {
        fill(b.text(l), args)
    }

    /// `format` with the arguments in an array (for a caller that passes its own on).
    public static func format(_ b: Bilingual, _ l: Language, arguments: [CustomStringConvertible]) -> String {
        fill(b.text(l), arguments)
    }

    /// `%d` and `%@` take the next argument; `%2$@` takes the second (for a language that needs another order).
    static func fill(_ template: String, _ args: [CustomStringConvertible]) -> String {
        var out = ""
        var next = 0
        var chars = Array(template)[...]
        func take(_ i: Int) -> String { i < args.count ? args[i].description : "" }
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            if let digit = chars.first?.wholeNumberValue, chars.dropFirst().first == "$",
                let kind = chars.dropFirst(2).first, kind == "d" || kind == "@"
            {
                out += take(digit - 1); chars = chars.dropFirst(3); continue
            }
            switch chars.first {
            case "d", "@": out += take(next); next += 1; chars = chars.dropFirst()
            case "%": out.append("%"); chars = chars.dropFirst()  // "%%" is a percent sign
            default: out.append(c)
            }
        }
        return out
    }

    // Reader list columns
    public static let card = Bilingual("Card", "卡号"), name = Bilingual("Name", "姓名")
    public static let type = Bilingual("Type", "类型"), dept = Bilingual("Department", "院系")
    public static let cardType = Bilingual("Card type", "读者证类型"), subject = Bilingual("Subject", "学科")
    public static let valueTier = Bilingual("Value tier", "价值层级")
    public static let email = Bilingual("Email", "邮箱"), phone = Bilingual("Phone", "电话")
    public static let allReaders = Bilingual("all readers", "全部读者"), myReaders = Bilingual("my readers", "我的读者")
    // Profile
    public static let partRecord = Bilingual("(a) Original record", "（一）原始记录")
    public static let partAnalysis = Bilingual("(b) Analysis", "（二）分析")
    public static let partInvestment = Bilingual("(c) Contacts and services", "（三）联系与服务记录")
    public static let use = Bilingual("Use per service (12 months)", "各项服务使用（12 个月）")
    public static let tickets = Bilingual("Tickets", "工单"), lifeEvents = Bilingual("Life events", "人生阶段")
    public static let sevenP = Bilingual("7P summary", "7P 概要")
    public static let hidden = Bilingual("hidden for your role", "您的角色无权查看"), none = Bilingual("none", "无")
    public static let degree = Bilingual("Degree", "学历"), address = Bilingual("Address", "地址")
    public static let postcode = Bilingual("Postcode", "邮编"), birthday = Bilingual("Birthday", "生日")
    public static let lifecycle = Bilingual("Lifecycle", "生命周期"), librarian = Bilingual("Librarian", "学科馆员")
    public static let attitude = Bilingual("Attitude", "态度与评价"), problems = Bilingual("Problems", "问题与困难")
    public static let needs = Bilingual("Needs", "特殊需求"), consent = Bilingual("Consent", "同意")
    public static let profiling = Bilingual("Profiling", "画像"), persistency = Bilingual("Persistency", "忠诚")
    public static let value = Bilingual("Value", "价值"), performance = Bilingual("Performance", "表现")
    public static let prospecting = Bilingual("Prospecting", "前景"), products = Bilingual("Products", "产品")
    public static let promotion = Bilingual("Promotion", "推广")
    public static let sevenPUses = Bilingual("%d uses of %d services in %d months", "%d 次使用，%d 项服务（%d 个月）")
    public static let colon = Bilingual(": ", "："), semicolon = Bilingual("; ", "；"), listComma = Bilingual(", ", "、")
    public static let sevenPChannels = Bilingual("contacts by %@", "联系渠道 %@")
    public static let sevenPProspecting = Bilingual("%@: %d uses in the last %d days, %d before", "%1$@：近 %3$d 天使用 %2$d 次，之前 %4$d 次")
    public static let sevenPProducts = Bilingual("used %@; suggested %@", "已用 %@；建议 %@")
    public static let sevenPPromotion = Bilingual("%d notices received, %d answered by use", "收到 %d 次推送，%d 次以使用回应")
    public static let trendNames: [String: Bilingual] = [
        "rising": Bilingual("rising", "上升"), "falling": Bilingual("falling", "下降"), "steady": Bilingual("steady", "平稳"),
        "new": Bilingual("new", "新近开始"), "none": Bilingual("no use", "无使用"),
    ]
    public static let back = Bilingual("Esc back", "Esc 返回")
    // Tickets
    public static let due = Bilingual("Due", "到期"), priority = Bilingual("Pri", "优先"), kind = Bilingual("Kind", "类型")
    public static let status = Bilingual("Status", "状态"), reader = Bilingual("Reader", "读者"), owner = Bilingual("Owner", "负责")
    public static let openQueue = Bilingual("open", "未结"), anyKind = Bilingual("any", "全部")
    public static let mine = Bilingual("mine", "我的"), everyone = Bilingual("everyone", "所有人")
    public static let filterLine = Bilingual("status %@ · kind %@ · %@", "状态 %@ · 类型 %@ · %@")
    public static let late = Bilingual("%@ late", "逾期 %@"), dueIn = Bilingual("in %@", "%@后")
    public static let minutesSpan = Bilingual("%dm", "%d 分钟"), hoursSpan = Bilingual("%dh", "%d 小时"), daysSpan = Bilingual("%dd", "%d 天")
    public static let ticketSubject = Bilingual("Subject", "主题")
    public static let replies = Bilingual("Replies and notes", "回复与备注"), history = Bilingual("History", "历史")
    public static let reply = Bilingual("reply", "回复"), note = Bilingual("note", "内部备注")
    public static let created = Bilingual("Created", "创建"), noTickets = Bilingual("No tickets", "没有工单")
    // Matrix
    public static let noRules = Bilingual("The matrix rules are not installed yet.", "矩阵规则尚未安装。")
    public static let actions = Bilingual("%d actions", "%d 项行动"), noActions = Bilingual("No open actions", "没有待办行动")
    public static let pyramid = Bilingual("Value pyramid", "读者金字塔"), trends = Bilingual("Service trends", "服务趋势")
    public static let noPyramid = Bilingual("The value ranking is not installed yet.", "价值排名尚未安装。")
    public static let noUse = Bilingual("No use recorded in these months.", "这几个月没有使用记录。")
    public static let bandNames: [String: Bilingual] = [
        "vip": Bilingual("VIP", "贵宾"), "key": Bilingual("Key", "重点"), "mid": Bilingual("Mid", "中级"),
        "basic": Bilingual("Basic", "普通"), "inactive": Bilingual("Inactive", "不活跃"),
    ]
    // Status line
    public static let help = Bilingual("? help", "? 帮助")
    public static let followUpsDue = Bilingual("follow-ups %d", "待跟进 %d")
    // Follow-ups (reminders from contacts)
    public static let followUpLine = Bilingual("Follow-up due %@: %@", "%@ 应跟进：%@")
    public static let followUpLater = Bilingual("Follow-up on %@: %@", "%@ 跟进：%@")
}
