/// The command line's words: table headings (`Words.Column`) and the lines each command prints
/// (`Words.Line`), grouped by command. JSON, CSV and `--help` stay English (docs/ARCHITECTURE.md).
extension Words {
    /// Column headings of the command line's tables, in capitals in English.
    public enum Column {
        public static let id = Bilingual("ID", "编号"), number = Bilingual("#", "序号")
        public static let card = Bilingual("CARD", "卡号"), name = Bilingual("NAME", "姓名")
        public static let reader = Bilingual("READER", "读者"), readerOrService = Bilingual("READER/SERVICE", "读者/服务")
        public static let type = Bilingual("TYPE", "类型"), cardType = Bilingual("CARD TYPE", "读者证类型")
        public static let valueTier = Bilingual("VALUE TIER", "价值层级"), tier = Bilingual("TIER", "层级")
        public static let score = Bilingual("SCORE", "得分"), dept = Bilingual("DEPT", "院系")
        public static let email = Bilingual("EMAIL", "邮箱"), phone = Bilingual("PHONE", "电话")
        public static let prio = Bilingual("PRIO", "优先"), priority = Bilingual("PRIORITY", "优先级")
        public static let due = Bilingual("DUE", "到期"), planned = Bilingual("PLANNED", "计划日")
        public static let status = Bilingual("STATUS", "状态"), kind = Bilingual("KIND", "种类")
        public static let reason = Bilingual("REASON", "原因"), step = Bilingual("STEP", "下一步")
        public static let owner = Bilingual("OWNER", "负责人"), item = Bilingual("ITEM", "事项")
        public static let from = Bilingual("FROM", "原层级"), to = Bilingual("TO", "新层级")
        public static let fromTo = Bilingual("FROM \\ TO", "原 \\ 新")
        public static let service = Bilingual("SERVICE", "服务"), total = Bilingual("TOTAL", "合计")
        public static let trend = Bilingual("TREND", "趋势"), max = Bilingual("MAX", "最高")
        public static let uses = Bilingual("USES", "使用次数"), counter = Bilingual("COUNTER", "COUNTER")
        public static let counterTrend = Bilingual("COUNTER TREND", "COUNTER 趋势")
        public static let when = Bilingual("WHEN", "时间"), by = Bilingual("BY", "经办人")
        public static let staff = Bilingual("STAFF", "馆员"), action = Bilingual("ACTION", "操作")
        public static let detail = Bilingual("DETAIL", "详情"), channel = Bilingual("CHANNEL", "渠道")
        public static let cell = Bilingual("CELL", "矩阵格"), read = Bilingual("READ", "READ 等级")
        public static let summary = Bilingual("SUMMARY", "摘要"), subject = Bilingual("SUBJECT", "主题")
        public static let date = Bilingual("DATE", "日期"), note = Bilingual("NOTE", "备注")
        public static let object = Bilingual("OBJECT", "对象"), purpose = Bilingual("PURPOSE", "目的")
        public static let open = Bilingual("OPEN", "待办"), overdue = Bilingual("OVERDUE", "逾期")
        public static let title = Bilingual("TITLE", "标题"), keywords = Bilingual("KEYWORDS", "关键词")
        public static let code = Bilingual("CODE", "代码"), serviceClass = Bilingual("CLASS", "类别")
        public static let value = Bilingual("VALUE", "值"), subjects = Bilingual("SUBJECTS", "学科")
        public static let sent = Bilingual("SENT", "已发送"), responses = Bilingual("RESPONSES", "回应")
        public static let subjectZh = Bilingual("SUBJECT (ZH)", "主题（中文）")
        public static let subjectEn = Bilingual("SUBJECT (EN)", "主题（英文）")
        public static let what = Bilingual("WHAT", "项目"), count = Bilingual("COUNT", "数量")
        public static let assignee = Bilingual("ASSIGNEE", "处理人"), quantity = Bilingual("QTY", "数量")
        public static let place = Bilingual("WHERE", "地点"), key = Bilingual("KEY", "设置项")
        public static let whatItDoes = Bilingual("WHAT IT DOES", "作用"), login = Bilingual("LOGIN", "登录名")
        public static let role = Bilingual("ROLE", "角色"), covers = Bilingual("COVERS", "负责范围")
        public static let contacts = Bilingual("CONTACTS", "联系"), minutes = Bilingual("MINUTES", "分钟")
        public static let replies = Bilingual("REPLIES", "回复"), resolved = Bilingual("RESOLVED", "已解决")
        public static let firstResponse = Bilingual("FIRST RESPONSE", "首次回复"), resolution = Bilingual("RESOLUTION", "解决")
        public static let serviceValue = Bilingual("VALUE", "价值")
    }
}

extension Words {
    /// The lines the commands print, by command. English is what scripts and the e2e checks read.
    public enum Line {
        // Shared: sections, field lists, notices under tables
        public static let section = Bilingual("— %@", "— %@")
        public static let none = Bilingual("none", "无"), listComma = Bilingual(", ", "、")
        public static let cutNotice = Bilingual("%d of %d shown; --limit N for more", "显示 %d 条，共 %d 条；用 --limit N 显示更多")
        public static let actionsComputed = Bilingual("Actions computed %@", "行动计算于 %@")
        public static let refreshingInBackground = Bilingual("; refreshing in the background.", "；正在后台刷新。")
        public static let fullStop = Bilingual(".", "。")
        public static let actionsFromEarlierDay = Bilingual(
            "Actions from an earlier day; refreshing in the background.", "行动为前一天计算的；正在后台刷新。")
        public static let ticketTimes = Bilingual("tickets (median hours)", "工单（小时中位数）")
        public static let hours = Bilingual("%@ h", "%@ 小时")

        // today
        public static let todayHeading = Bilingual(
            "Today %@ for %@: %d of capacity %d; backlog %d", "今日工作 %@（%@）：%d 项，容量 %d；积压 %d 项")
        public static let backlog = Bilingual("Backlog (planned over the next working days):", "积压（排到之后的工作日）：")
        public static let backlogMore = Bilingual(
            "… and %d more, planned through %@ (--all lists them)", "……另有 %d 项，排到 %@（--all 全部列出）")
        public static let itemTicket = Bilingual("ticket %@", "工单 %@"), itemAction = Bilingual("action %@", "行动 %@")

        // action
        public static let readersCount = Bilingual("%d readers", "%d 位读者"), waiting = Bilingual(" (waiting)", "（等待中）")
        public static let actionOwned = Bilingual("action %@ now owned by %@", "行动 %@ 现由 %@ 负责")
        public static let actionDone = Bilingual("action %@ done", "行动 %@ 已完成")
        public static let actionSnoozed = Bilingual("action %@ snoozed until %@", "行动 %@ 推迟到 %@")
        public static let actionDismissed = Bilingual("action %@ dismissed", "行动 %@ 已撤销")

        // matrix: each cell's object, purpose and title (the English is the core's `MatrixCellInfo`)
        public static let matrixCell = Bilingual("%@ %@ (%d open)", "%@ %@（%d 项待办）")
        public static let cellObjects = ["service": Bilingual("service", "服务"), "reader": Bilingual("reader", "读者")]
        public static let cellPurposes = [
            "care": Bilingual("care", "关怀"), "recommend": Bilingual("recommend", "推荐"),
            "remind": Bilingual("remind", "提醒"), "trend": Bilingual("trend", "趋势"),
        ]
        public static let cellTitles = [
            1: Bilingual("service care: first use and upkeep", "服务关怀：首次使用与维护"),
            2: Bilingual("reader care: tier contacts, birthdays, complaints", "读者关怀：分层联系、生日、投诉"),
            3: Bilingual("service recommendations: related and new services", "服务推荐：相关服务与新服务"),
            4: Bilingual("reader reminders: life stages", "读者提醒：人生阶段"),
            5: Bilingual("service trends: rising and falling use", "服务趋势：使用量升降"),
            6: Bilingual("reader trends: activity, habits, tier moves", "读者趋势：活跃度、习惯、层级变动"),
        ]

        // pyramid
        public static let pyramidHeading = Bilingual(
            "Pyramid %@ (%@ to %@): %d active, %d inactive", "价值金字塔 %@（%@ 至 %@）：活跃 %d 人，不活跃 %d 人")
        public static let inactive = Bilingual("inactive  %d", "不活跃  %d")
        public static let goals = Bilingual("Goals:", "目标：")
        public static let pyramidMoves = Bilingual(
            "From %@ to %@: %d moved up, %d moved down", "从 %@ 到 %@：上升 %d 人，下降 %d 人")
        public static let movedUp = Bilingual("moved up", "上升"), movedDown = Bilingual("moved down", "下降")
        public static let andMore = Bilingual("… and %d more (--json lists them all)", "……另有 %d 人（--json 列出全部）")

        // report
        public static let partial = Bilingual(
            "PARTIAL — the period has not ended; figures so far, no churn. ", "未完 — 本期尚未结束；为截至目前的数字，不计流失。")
        public static let reportHeading = Bilingual("Report %@ (%@ to %@), against %@", "报告 %@（%@ 至 %@），对比 %@")
        public static let activeReaders = Bilingual("active readers", "活跃读者"), crossUse = Bilingual("cross-use", "交叉使用")
        public static let crossUseValue = Bilingual("%@ (%d used two or more services)", "%@（%d 人使用两项及以上服务）")
        public static let churn = Bilingual("churn", "流失率")
        public static let churnValue = Bilingual("%@ (%d of %d active before)", "%@（上期活跃 %3$d 人中的 %2$d 人）")
        public static let churnLater = Bilingual("not computed until %@ has ended", "%@ 结束后才计算")
        public static let outreach = Bilingual("outreach", "推广")
        public static let outreachValue = Bilingual("%d notices, response rate %@", "%d 次通知，回应率 %@")
        public static let satisfaction = Bilingual("satisfaction", "满意度")
        public static let ofFive = Bilingual("%@ of 5", "%@（满分 5）")
        public static let satisfactionSources = Bilingual(
            " (staff %d, readers by mail %d)", "（馆员记录 %d，读者邮件 %d）")
        public static let noneRecorded = Bilingual("none recorded", "尚无记录")
        public static let tiers = Bilingual("tiers", "价值层级")
        public static let tiersValue = Bilingual(
            "vip %d, key %d, mid %d, basic %d (before: %d/%d/%d/%d)", "贵宾 %d，重点 %d，中级 %d，普通 %d（上期：%d/%d/%d/%d）")
        public static let tierMoves = Bilingual("tier moves", "层级变动")
        public static let tierMovesValue = Bilingual("%d up, %d down", "上升 %d，下降 %d")
        public static let contacts = Bilingual("contacts", "联系记录")
        public static let byCell = Bilingual("by cell", "按矩阵格"), byChannel = Bilingual("by channel", "按渠道")
        public static let byReadLevel = Bilingual("by READ level", "按 READ 等级")
        public static let titled = Bilingual("%@: %@", "%@：%@")

        // report desk
        public static let deskHeading = Bilingual("Desk %@ to %@", "咨询台 %@ 至 %@"), deskStaff = Bilingual(" — %@", " — %@")
        public static let tickets = Bilingual("tickets", "工单"), readLevels = Bilingual("READ levels", "READ 等级")
        public static let minutes = Bilingual("minutes", "分钟")
        public static let satisfactionStaff = Bilingual("satisfaction (staff)", "满意度（馆员记录）")
        public static let satisfactionReader = Bilingual("satisfaction (reader)", "满意度（读者）")
        public static let mail = Bilingual("mail", "邮件"), mailValue = Bilingual("%d sent; received %@", "已发 %d；收到 %@")
        public static let byStaff = Bilingual("by staff", "按馆员")
        public static let heat = Bilingual("contacts and replies by weekday and hour", "按星期与小时的联系与回复")
        public static let answersUsed = Bilingual("answers used", "用过的答复")
        public static let weekdays = [
            Bilingual("Mon", "周一"), Bilingual("Tue", "周二"), Bilingual("Wed", "周三"), Bilingual("Thu", "周四"),
            Bilingual("Fri", "周五"), Bilingual("Sat", "周六"), Bilingual("Sun", "周日"),
        ]

        // reader
        public static let readerAdded = Bilingual("added reader %@ %@", "已添加读者 %@ %@")
        public static let readerUpdated = Bilingual("updated reader %@: %@", "已更新读者 %@：%@")
        public static let readerForgotten = Bilingual("reader %@ forgotten", "读者 %@ 的个人数据已清除")
        public static let originalRecord = Bilingual("original record", "原始记录"), analysis = Bilingual("analysis", "分析")
        public static let forLibrariansOnly = Bilingual("(for librarians only)", "（仅限学科馆员）")
        public static let card = Bilingual("card", "卡号"), name = Bilingual("name", "姓名"), type = Bilingual("type", "类型")
        public static let cardType = Bilingual("card type", "读者证类型"), valueTier = Bilingual("value tier", "价值层级")
        public static let scored = Bilingual(" (score %@)", "（得分 %@）")
        public static let department = Bilingual("department", "院系"), subject = Bilingual("subject", "学科")
        public static let degree = Bilingual("degree", "学历"), email = Bilingual("email", "邮箱"), phone = Bilingual("phone", "电话")
        public static let address = Bilingual("address", "地址"), postcode = Bilingual("postcode", "邮编")
        public static let birthday = Bilingual("birthday", "生日"), lifecycle = Bilingual("lifecycle", "生命周期")
        public static let librarian = Bilingual("librarian", "学科馆员"), attitude = Bilingual("attitude", "态度与评价")
        public static let problems = Bilingual("problems", "问题与困难"), needs = Bilingual("needs", "特殊需求")
        public static let birthdayGreetings = Bilingual("birthday greetings", "生日问候")
        public static let consent = Bilingual("consent: %@", "同意：%@")
        public static let useByService = Bilingual("use by service (last %d months)", "各项服务使用（最近 %d 个月）")
        public static let lifeStages = Bilingual("life stages", "人生阶段")
        public static let profiling = Bilingual("profiling", "画像"), persistency = Bilingual("persistency", "忠诚")
        public static let value = Bilingual("value", "价值"), performance = Bilingual("performance", "表现")
        public static let prospecting = Bilingual("prospecting", "前景")
        public static let performanceValue = Bilingual(
            "%d uses of %d services in %d months: %@; channels: %@", "%3$d 个月内使用 %2$d 项服务共 %1$d 次：%4$@；渠道：%5$@")
        public static let prospectingValue = Bilingual(
            "%@: %d uses in the last %d days, %d before", "%1$@：近 %3$d 天使用 %2$d 次，之前 %4$d 次")

        public static let products = Bilingual("products", "产品"), promotion = Bilingual("promotion", "推广")
        public static let productsValue = Bilingual("used %@; suggested %@", "已使用 %@；推荐 %@")
        public static let promotionValue = Bilingual(
            "%d notices received, %d answered by use", "收到 %d 次通知，以使用回应 %d 次")

        // ticket
        public static let noSLA = Bilingual("no SLA", "无时限")
        public static let pausedWaiting = Bilingual(" (paused: waiting on the reader)", "（暂停：等待读者回复）")
        public static let ticket = Bilingual("ticket", "工单"), ticketVersion = Bilingual("#%@ (version %d)", "#%@（版本 %d）")
        public static let kind = Bilingual("kind", "种类"), status = Bilingual("status", "状态")
        public static let ticketSubject = Bilingual("subject", "主题")
        public static let priority = Bilingual("priority", "优先级"), reader = Bilingual("reader", "读者")
        public static let assignee = Bilingual("assignee", "处理人"), due = Bilingual("due", "到期")
        public static let repliesAndNotes = Bilingual("replies and notes", "回复与备注"), history = Bilingual("history", "历史")
        public static let note = Bilingual("[note]", "[备注]"), reply = Bilingual("[reply]", "[回复]")
        public static let suggestedAnswers = Bilingual(
            "suggested answers (ticket comment %@ --answer ID)", "推荐答复（ticket comment %@ --answer ID）")
        public static let ticketAssigned = Bilingual("ticket #%@ assigned to %@ (%@)", "工单 #%@ 已分派给 %@（%@）")
        public static let noteAdded = Bilingual("note added to ticket #%@", "已为工单 #%@ 添加备注")
        public static let repliedOn = Bilingual("replied on ticket #%@", "已回复工单 #%@")
        public static let ticketResolved = Bilingual("ticket #%@ resolved", "工单 #%@ 已解决")
        public static let ticketClosed = Bilingual("ticket #%@ closed", "工单 #%@ 已关闭")
        public static let ticketReopened = Bilingual("ticket #%@ reopened", "工单 #%@ 已重新打开")
        public static let ticketIs = Bilingual("ticket #%@ is %@", "工单 #%@ 状态为 %@")
        public static let ticketNowOf = Bilingual("ticket #%@ is now %@'s", "工单 #%@ 现归属读者 %@")

        // contact, usage, event, service, staff, answer
        public static let contactLogged = Bilingual("logged contact %@ with %@", "已记录与 %2$@ 的联系 %1$@")
        public static let usageRecorded = Bilingual("recorded %@ × %@ for %@", "已为 %3$@ 记录 %2$@ × %1$@")
        public static let eventRecorded = Bilingual("recorded %@ on %@ for %@", "已为 %3$@ 记录 %2$@ 的 %1$@")
        public static let serviceAdded = Bilingual("added service %@", "已添加服务 %@")
        public static let staffAdded = Bilingual("added %@ (%@)", "已添加 %@（%@）")
        public static let capacity = Bilingual("%@: capacity %@", "%@：容量 %@")
        public static let capacityFromSetting = Bilingual("from matrix.capacity", "取 matrix.capacity")
        public static let actsAs = Bilingual("%@ now acts as %@", "%@ 现以 %@ 身份操作")
        public static let deactivated = Bilingual("%@ deactivated", "%@ 已停用")
        public static let answerChanged = Bilingual("answer #%@ changed", "答复 #%@ 已修改")
        public static let answer = Bilingual("answer", "答复"), keywords = Bilingual("keywords", "关键词")
        public static let used = Bilingual("used", "使用"), times = Bilingual("%d times", "%d 次")

        // audit, backup, init, server, settings, privacy
        public static let auditIntact = Bilingual("audit log intact: %d rows, head #%@ %@", "审计日志完整：%d 行，链头 #%@ %@")
        public static let backedUp = Bilingual("backed up to %@; audit chain head #%@ %@", "已备份到 %@；审计链头 #%@ %@")
        public static let initialised = Bilingual("initialised; %@ is an administrator", "已初始化；%@ 为管理员")
        public static let serverLayoutOK = Bilingual("server layout: ok", "服务器布局：正常")
        public static let purged = Bilingual(
            "usage detail before %@ dropped: %d events (monthly counts kept); %d contacts and %d tickets scrubbed, %d life-event notes and %d dismissal reasons erased",
            "%@ 之前的使用明细已删除：%d 条（保留月度计数）；已清理 %d 条联系记录和 %d 张工单，已抹去 %d 条人生阶段备注和 %d 条撤销原因")

        // stats
        public static let readers = Bilingual("readers", "读者"), staff = Bilingual("staff", "馆员")
        public static let services = Bilingual("services", "服务"), usageEvents = Bilingual("usage events", "使用记录")

        // demo
        public static let demoLibrary = Bilingual(
            "demo library: %d readers, %d usage events, %d contacts, %d tickets, %d life events, %d staff, %d services in %@ s",
            "演示图书馆：%d 位读者，%d 条使用记录，%d 条联系记录，%d 张工单，%d 个人生阶段事件，%d 位馆员，%d 项服务，用时 %@ 秒")

        // outreach and mail
        public static let outreachSent = Bilingual("outreach %@: %d readers, cell %d", "推广 %@：%d 位读者，矩阵格 %d")
        public static let outreachFile = Bilingual(
            "outreach %@: %d readers, cell %d; recipients in %@", "推广 %@：%d 位读者，矩阵格 %d；收件人名单在 %@")
        public static let dryRunNothingRecorded = Bilingual("dry run: nothing recorded", "试运行：未记录任何内容")
        public static let notFound = Bilingual("not found: %@", "未找到：%@")
        public static let leftOutNoConsent = Bilingual(
            "left out: %d readers who did not consent to %@", "未包括：%d 位未同意%@联系的读者")
        public static let retryWith = Bilingual("retry with: readerdesk outreach send %@", "重试：readerdesk outreach send %@")
        public static let templateSaved = Bilingual("template %@ saved", "模板 %@ 已保存")
        public static let mailWritten = Bilingual("%d messages written to %@", "%d 封邮件已写入 %@")
        public static let mailedOne = Bilingual("mailed to %d reader", "已向 %d 位读者发送邮件")
        public static let mailedMany = Bilingual("mailed to %d readers", "已向 %d 位读者发送邮件")
        public static let alreadySent = Bilingual("%d already sent before", "%d 位此前已发送")
        public static let mailFailed = Bilingual("%d failed: %@", "%d 位失败：%@")
        public static let mailFailure = Bilingual("%@ (%@)", "%@（%@）")

        // intake
        public static let intakeRefused = Bilingual("refused: %@", "拒收：%@")
        public static let intakeTotal = Bilingual("%d messages, %d refused", "%d 封邮件，拒收 %d 封")
        public static let intakeTicket = Bilingual("ticket #%@ opened", "已创建工单 #%@")
        public static let senderUnknown = Bilingual(" (sender unknown)", "（发件人未知）")
        public static let intakeReply = Bilingual("reply added to ticket #%@", "已为工单 #%@ 添加回复")
        public static let reopened = Bilingual(", reopened", "，已重新打开")
        public static let intakeSatisfaction = Bilingual("satisfaction %d recorded on ticket #%@", "已为工单 #%2$@ 记录满意度 %1$d")
        public static let unsubscribedOne = Bilingual("email consent withdrawn for %d reader", "已撤回 %d 位读者的邮件同意")
        public static let unsubscribedMany = Bilingual("email consent withdrawn for %d readers", "已撤回 %d 位读者的邮件同意")
        public static let ignored = Bilingual("ignored: %@", "已忽略：%@")
        public static let duplicate = Bilingual("already received: nothing to do", "已收到过：无需处理")

        // import and export
        public static let exporting = Bilingual("exporting %@", "正在导出 %@")
        public static let exported = Bilingual("exported %d %@ to %@", "已导出 %d 条%@到 %@")
        public static let progress = Bilingual(
            "%@ %@ %d%%  %@ rows  %@ rows/s  %@ left", "%@ %@ %d%%  %@ 行  %@ 行/秒  剩余 %@")
        public static let ignoredBySetID = Bilingual(
            "ignored by a set-user-id readerdesk: %@ (the database is the one %@ names)",
            "以 set-user-id 运行的 readerdesk 忽略了：%@（数据库以 %@ 所指定的为准）")
        public static let importing = Bilingual("importing %@", "正在导入 %@")
        public static let imported = Bilingual("imported %@: %@", "已导入 %@：%@")
        public static let dryRunImport = Bilingual("dry run, nothing changed: %@", "试运行，未作任何更改：%@")
        public static let importParts = Bilingual("; ", "；")
        public static let counterHeading = Bilingual(
            "%@ (release %@) %@ to %@: %d rows, %d monthly figures", "%@（版本 %@）%@ 至 %@：%d 行，%d 个月度数字")
        public static let metrics = Bilingual("metrics %@", "指标 %@")
        public static let figuresReplaced = Bilingual("%d earlier figures replaced", "替换了此前的 %d 个数字")
        public static let noService = Bilingual("no service for %d: %@ (use --map NAME=CODE)", "%d 个名称没有对应服务：%@（用 --map NAME=CODE）")
        public static let readersImported = Bilingual(
            "%d rows: %d readers added, %d updated, %d unchanged", "%d 行：新增读者 %d 位，更新 %d 位，未变 %d 位")
        public static let usageImported = Bilingual("%d rows: %d usage events", "%d 行：%d 条使用记录")
        public static let logLinesImported = Bilingual("%d log lines: %d usage events", "%d 行日志：%d 条使用记录")
        public static let ezproxySessions = Bilingual(
            "%d requests in %d sessions; left out: %d anonymous, %d failed, %d proxy pages, %d to unknown hosts",
            "%d 个请求，%d 个会话；未计入：匿名 %d，失败 %d，代理页面 %d，未知主机 %d")
        public static let hostsWithNoService = Bilingual("hosts with no service: %@", "没有对应服务的主机：%@")
        public static let sessionsAlreadyImported = Bilingual(
            "%d sessions already imported, not counted again", "%d 个会话此前已导入，不再重复计算")
        public static let unknownCards = Bilingual("%d unknown cards, e.g. %@", "%d 个未知卡号，例如 %@")
        public static let badRowsSkipped = Bilingual("%d bad rows skipped", "跳过 %d 行错误数据")
    }
}

extension Words {
    /// The command line's own refusals (bad combinations of flags, files it cannot read): one line
    /// on stderr, naming flags (the core's errors are `Words.errors`).
    public enum Refusal {
        public static let setIDCreates = Bilingual(
            "a set-user-id readerdesk does not create databases: the service account runs 'readerdesk init --admin LOGIN' (sudo -u readerdesk)",
            "以 set-user-id 运行的 readerdesk 不创建数据库：由服务账号运行 'readerdesk init --admin LOGIN'（sudo -u readerdesk）")
        public static let theme = Bilingual("theme: %@", "主题：%@")
        public static let encoding = Bilingual(
            "--encoding takes auto, utf-8 or gb18030, not '%@'", "--encoding 只接受 auto、utf-8 或 gb18030，而不是 '%@'")
        public static let cannotRead = Bilingual("cannot read %@: %@", "无法读取 %@：%@")
        public static let readerNeedsName = Bilingual("a new reader needs --name", "新读者需要 --name")
        public static let nothingToChange = Bilingual(
            "nothing to change: give at least one field, e.g. --email", "没有要修改的内容：至少给出一个字段，例如 --email")
        public static let tierOrCardType = Bilingual(
            "--tier is the old name of --card-type: give one of them", "--tier 是 --card-type 的旧名称：只给其中一个")
        public static let oneSegment = Bilingual(
            "give exactly one of --dept, --subject, --value-tier, --cards or --from-action",
            "--dept、--subject、--value-tier、--cards、--from-action 只能且必须给出一个")
        public static let notUTF8 = Bilingual("%@ is not UTF-8 text", "%@ 不是 UTF-8 文本")
        public static let sendNeedsEmail = Bilingual("--send and --dry-run need --channel email", "--send 和 --dry-run 需要 --channel email")
        public static let sendOrDryRun = Bilingual("give --send or --dry-run, not both", "--send 和 --dry-run 只能给一个")
        public static let textsNeedSend = Bilingual("mail texts need --send or --dry-run", "邮件文本需要 --send 或 --dry-run")
        public static let mailOff = Bilingual(
            "mail is off: an administrator sets it up with 'readerdesk settings set mail.from ADDRESS'",
            "邮件未开启：请管理员用 'readerdesk settings set mail.from ADDRESS' 设置")
        public static let templateOfTemplate = Bilingual(
            "a template is made of texts, not of another --template", "模板由文本组成，不能引用另一个 --template")
        public static let templateOrTexts = Bilingual("give --template or the texts, not both", "--template 和文本只能给一种")
        public static let dateFormat = Bilingual("--date-format takes iso, us or eu, not '%@'", "--date-format 只接受 iso、us 或 eu，而不是 '%@'")
        public static let mapPair = Bilingual("--map takes NAME=CODE, not '%@'", "--map 的格式是 NAME=CODE，而不是 '%@'")
        public static let cellRange = Bilingual("--cell must be 1 to 6, not %@", "--cell 应在 1 到 6 之间，而不是 %@")
        public static let ticketStillOpen = Bilingual("ticket #%@ is %@, not resolved or closed", "工单 #%@ 状态为 %@，尚未解决或关闭")
        public static let jsonOrCSV = Bilingual("give --json or --csv, not both", "--json 和 --csv 只能给一个")
        public static let notNegative = Bilingual("%@ must be 0 or more, not %d", "%@ 不能为负数（%d）")
        public static let notMaildir = Bilingual("%@ is not a Maildir: no readable new/ folder", "%@ 不是 Maildir：没有可读的 new/ 文件夹")
        public static let exportWhat = Bilingual(
            "export takes readers, contacts, tickets, usage or pyramid, not '%@'",
            "export 只接受 readers、contacts、tickets、usage 或 pyramid，而不是 '%@'")
        public static let cannotWrite = Bilingual("cannot write %@: %@", "无法写入 %@：%@")
        public static let unknownSetting = Bilingual(
            "unknown setting '%@': 'readerdesk settings list' shows them all", "未知设置 '%@'：'readerdesk settings list' 列出全部设置")
        public static let demoMove = Bilingual("cannot move the demo library into %@: %@", "无法把演示图书馆移到 %@：%@")
        public static let capacityNumber = Bilingual(
            "--capacity takes a whole number or 'default', not '%@'", "--capacity 只接受整数或 'default'，而不是 '%@'")
        public static let periodOrRange = Bilingual(
            "give either --period P or both --from D and --to D", "请给出 --period P，或同时给出 --from D 和 --to D")
    }
}
