/// The errors the core raises, by phrase code (`ReaderDeskError.phrase`), in both languages. The
/// English is the line the command line prints. A `field:` argument is named by the interface
/// (`FieldNamer`: the app's form label, the command line's flag).
extension Words {
    public static let errors: [String: Bilingual] = [
        // Fields and settings
        "error.field.order": Bilingual("%@ %@ is before %@ %@", "%1$@ %2$@ 早于 %3$@ %4$@"),
        "error.field.afterToday": Bilingual("%@ must be after today, not %@", "%@应晚于今天，而不是 %@"),
        "error.field.atLeast": Bilingual("%@ must be %@ or more, not %@", "%@应不少于 %@，而不是 %@"),
        // The database file
        "error.database.noFolder": Bilingual(
            "database directory %@ does not exist: create it or choose another path with %@",
            "数据库目录 %@ 不存在：请先创建，或用 %@ 指定其他路径"),
        "error.database.missing": Bilingual(
            "no database at %@: run 'readerdesk init' first, or point %@ at the shared one",
            "%@ 没有数据库：请先运行“readerdesk init”，或用 %@ 指向共用的数据库"),
        // The demo library
        "error.demo.notEmpty": Bilingual(
            "this database already holds %@ readers: the demo fills only an empty library, so point %@ at a new file",
            "此数据库已有 %@ 位读者：演示数据只能填入空库，请用 %@ 指向一个新文件"),
        // Readers, staff, services, answers, privacy
        "error.reader.needsName": Bilingual("a new reader needs %@", "新建读者须填写%@"),
        "error.staff.capacity": Bilingual("%@ must be 1 or more items a day, not %@", "%@应至少为每天 1 项，而不是 %@"),
        "error.service.points": Bilingual("%@ must be 0 or more points, not %@", "%@应不少于 0 分，而不是 %@"),
        "error.answer.needsBody": Bilingual("an answer needs %@ or %@", "常用答复须填写%@或%@"),
        "error.privacy.future": Bilingual("%@ %@ is in the future: purge only what is past", "%@ %@ 是将来的日期：只能清除过去的数据"),
        "error.privacy.busy": Bilingual(
            "another program is still reading the database (an open app, a sqlite3 shell, a long export), so the erasure could not be made complete: nothing was changed; try again when it has finished",
            "另有程序仍在读取数据库（打开的应用、sqlite3 命令行或较长的导出），删除无法彻底完成：未作任何更改；请待其结束后重试"),
        "error.privacy.oldPages": Bilingual(
            "the reader was erased, but another program that began reading meanwhile still holds the old pages, which stay in the file until it finishes: ask that it be closed",
            "读者已删除，但期间开始读取的另一个程序仍持有旧数据页，这些数据页在它结束前仍留在文件中：请让它关闭"),
        // What people type
        "error.field.code": Bilingual("%@ '%@' may hold only letters, digits and - _ . / :", "%@“%@”只能包含字母、数字和 - _ . / :"),
        "error.login": Bilingual("login '%@' may hold only letters, digits and - _ . @", "登录名“%@”只能包含字母、数字和 - _ . @"),
        "error.time": Bilingual(
            "'%@' is not a time: use ISO 8601, e.g. 2026-10-05T14:30:00+08:00 or 2026-10-05",
            "“%@”不是时间：请用 ISO 8601 格式，如 2026-10-05T14:30:00+08:00 或 2026-10-05"),
        "error.vocabulary": Bilingual("unknown %@ '%@': use one of %@", "未知的%@“%@”：请用以下之一：%@"),
        "error.usage.future": Bilingual("use at %@ is in the future (now %@): check the date", "使用时间 %@ 在将来（现在是 %@）：请检查日期"),
        // Tickets and actions
        "error.ticket.changed": Bilingual(
            "ticket #%@ was changed by someone else (version %@, you had %@): reload it and try again",
            "工单 #%@ 已被他人修改（现为第 %@ 版，您看到的是第 %@ 版）：请重新加载后再试"),
        "error.ticket.changedNow": Bilingual(
            "ticket #%@ was changed by someone else: reload it and try again", "工单 #%@ 已被他人修改：请重新加载后再试"),
        "error.ticket.alreadyLinked": Bilingual("ticket #%@ is already %@'s", "工单 #%@ 已关联到 %@"),
        "error.action.notFound": Bilingual(
            "no action #%@: 'readerdesk action list' shows the open ones", "没有行动 #%@：“readerdesk action list”可列出未完成的行动"),
        "error.action.already": Bilingual("action #%@ is already %@", "行动 #%@ 已是%@"),
        // Readers, staff, services, answers
        "error.reader.exists": Bilingual(
            "card %@ already exists: use 'readerdesk reader update %1$@'", "卡号 %@ 已存在：请用“readerdesk reader update %1$@”"),
        "error.init.already": Bilingual(
            "this database is already initialised: administrators add staff with 'readerdesk staff add'",
            "此数据库已初始化：管理员用“readerdesk staff add”添加员工"),
        "error.staff.exists": Bilingual("staff login '%@' already exists", "员工登录名“%@”已存在"),
        "error.staff.notFound": Bilingual(
            "no staff member '%@': 'readerdesk staff list' shows them", "没有员工“%@”：“readerdesk staff list”可列出员工"),
        "error.staff.self": Bilingual("you cannot deactivate yourself", "不能停用自己的账号"),
        "error.staff.inactiveChoose": Bilingual("'%@' is no longer active: choose another staff member", "“%@”已停用：请另选一位员工"),
        "error.service.exists": Bilingual("service '%@' already exists", "服务“%@”已存在"),
        "error.service.notFound": Bilingual(
            "no service '%@': 'readerdesk service list' shows the codes", "没有服务“%@”：“readerdesk service list”可列出服务代码"),
        "error.answer.needsText": Bilingual("an answer needs a text in at least one language", "常用答复至少需要一种语言的内容"),
        "error.answer.notFound": Bilingual("no answer #%@", "没有常用答复 #%@"),
        "error.setting.unknown": Bilingual(
            "unknown setting '%@': 'readerdesk settings list' shows them all", "未知设置“%@”：“readerdesk settings list”可列出全部设置"),
        // Who is calling
        "error.outsider": Bilingual(
            "you are not on ReaderDesk's staff list: ask an administrator (your login is '%@')",
            "您不在 ReaderDesk 的员工名单上：请联系管理员（您的登录名是“%@”）"),
        "error.intakeOnly": Bilingual(
            "%@ is the mail intake account: it may only run 'readerdesk intake'", "%@ 是邮件收件账号：只能运行“readerdesk intake”"),
        // Files and backups
        "error.backup.exists": Bilingual("%@ already exists: choose a new file for the backup", "%@ 已存在：请为备份另选一个新文件"),
        "error.backup.readStaged": Bilingual("cannot read the staged copy: %@", "无法读取暂存副本：%@"),
        "error.backup.folder": Bilingual("cannot make a private folder in %@: %@", "无法在 %@ 中建立私有文件夹：%@"),
        "error.file.write": Bilingual("cannot write %@: %@", "无法写入 %@：%@"),
        "error.file.writeOnly": Bilingual("cannot write %@", "无法写入 %@"),
        // Mail
        "error.mail.noFrom": Bilingual("not a mail message: no From header", "不是邮件：没有 From 头"),
        "error.mail.fromNoAddress": Bilingual("not a mail message: the From header holds no address", "不是邮件：From 头中没有地址"),
        "error.mail.badPart": Bilingual("the %@ part is not valid %@", "%@ 部分不是有效的 %@"),
        "error.mail.noCommand": Bilingual("mail.command is empty: set it to the sendmail command", "mail.command 为空：请设为 sendmail 命令"),
        "error.mail.run": Bilingual("cannot run mail.command '%@': %@", "无法运行 mail.command“%@”：%@"),
        "error.mail.refused": Bilingual("the MTA refused the message (exit %@)", "邮件服务器拒收了此邮件（退出码 %@）"),
        "error.mail.refusedWhy": Bilingual("the MTA refused the message (exit %@): %@", "邮件服务器拒收了此邮件（退出码 %@）：%@"),
        "error.mail.tooLarge": Bilingual(
            "message larger than the limit of %@ bytes (setting mail.max_bytes)", "邮件超过 %@ 字节的上限（设置 mail.max_bytes）"),
        "error.mail.off": Bilingual(
            "mail is off: an administrator sets it up with 'readerdesk settings set mail.from ADDRESS'",
            "邮件功能未开启：管理员可用“readerdesk settings set mail.from 地址”开启"),
        "error.outreach.needsText": Bilingual(
            "a mailed notice needs a subject and a body (in either language)", "邮件通知需要主题和正文（任一语言均可）"),
        "error.outreach.notMailed": Bilingual("outreach %@ was not sent by mail: nothing to retry", "推送 %@ 未通过邮件发送：无可重试"),
        "error.template.notFound": Bilingual(
            "no mail template '%@': 'readerdesk outreach template list' shows them", "没有邮件模板“%@”：“readerdesk outreach template list”可列出模板"),
    ]

    /// The names of the closed vocabularies (`noun:card type`), for an unknown word's error.
    static let nouns: [String: Bilingual] = [
        "reader type": Bilingual("reader type", "读者类型"), "card type": Bilingual("card type", "读者证类型"),
        "role": Bilingual("role", "角色"), "service class": Bilingual("service class", "服务等级"),
        "location": Bilingual("location", "使用地点"), "channel": Bilingual("channel", "渠道"),
        "ticket kind": Bilingual("ticket kind", "工单类型"), "priority": Bilingual("priority", "优先级"),
        "ticket status": Bilingual("ticket status", "工单状态"), "life-stage event kind": Bilingual("life-stage event kind", "人生阶段事件类型"),
        "lifecycle stage": Bilingual("lifecycle stage", "生命周期阶段"), "action status": Bilingual("action status", "行动状态"),
        "value tier": Bilingual("value tier", "价值层级"), "consent": Bilingual("consent", "同意事项"),
    ]

    /// A matrix action's status (`action:done`).
    static let actionStatuses: [String: Bilingual] = [
        "open": Bilingual("open", "待办"), "snoozed": Bilingual("snoozed", "已推迟"),
        "done": Bilingual("done", "已完成"), "dismissed": Bilingual("dismissed", "已忽略"),
    ]

    /// Form labels of the fields and settings that errors name, beyond the forms' own (`fieldNames`).
    static let moreFieldNames: [String: Bilingual] = [
        "until": Form.until, "title": Bilingual("Title", "标题"), "quantity": Bilingual("Quantity", "数量"),
        "body.en": Bilingual("English text", "英文内容"), "body.zh": Bilingual("Chinese text", "中文内容"),
        "subject.en": Bilingual("English subject", "英文主题"), "subject.zh": Bilingual("Chinese subject", "中文主题"),
        "readers": Bilingual("Readers", "读者数"), "months": Bilingual("Months", "月数"),
        "to": Bilingual("To", "截止日期"), "from": Bilingual("From", "起始日期"), "before": Bilingual("Before", "截止日期"),
        "value": Bilingual("Value points", "价值分"), "capacity": Bilingual("Daily capacity", "每日容量"),
        "reader.name": name, "db": Bilingual("Database", "数据库"), "encoding": Bilingual("Encoding", "编码"),
        "map": Bilingual("Service map", "服务对照"), "template name": Bilingual("Template name", "模板名称"),
        "service code": Bilingual("Service code", "服务代码"), "keyword": Bilingual("Keyword", "关键词"),
    ]
}
