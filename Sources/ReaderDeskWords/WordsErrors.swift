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
        "error.action.oneReader": Bilingual(
            "action #%@ concerns one reader, not a group: log a contact with them instead", "行动 #%@ 针对单个读者，而非群体：请改为记录与其的联系"),
        "error.outreach.channel": Bilingual("outreach goes by email, phone, in-person or web, not %@", "推送须通过邮件、电话、面谈或网页，而不是%@"),
        "error.period": Bilingual(
            "'%@' is not a period: use a year (2026), a quarter (2026-Q3) or a month (2026-10)",
            "“%@”不是有效的期间：请用年（2026）、季度（2026-Q3）或月（2026-10）"),
        "error.reader.forgotten": Bilingual(
            "card %@ belonged to a forgotten reader and cannot be reused", "卡号 %@ 属于已删除个人信息的读者，不能再次使用"),
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
        // The database and the files around it
        "error.file.create": Bilingual("cannot create %@: %@", "无法创建 %@：%@"),
        "error.file.open": Bilingual("cannot open %@: %@", "无法打开 %@：%@"),
        "error.file.read": Bilingual("cannot read %@: %@", "无法读取 %@：%@"),
        "error.file.stat": Bilingual("cannot look at %@: %@", "无法查看 %@：%@"),
        "error.db.duplicate": Bilingual("already exists: %@", "已存在：%@"),
        "error.db.range": Bilingual("a value is out of range: %@", "数值超出范围：%@"),
        "error.db.reference": Bilingual("refers to something that does not exist", "引用了不存在的记录"),
        "error.db.other": Bilingual("database error: %@", "数据库错误：%@"),
        "error.schema.roles": Bilingual("the staff table has no role list to extend", "员工表中没有可扩展的角色列表"),
        "error.database.replaced": Bilingual(
            "the database file %@ was deleted or replaced while ReaderDesk had it open: nothing was written; ask an administrator to restore it, then start again",
            "ReaderDesk 打开数据库文件 %@ 期间，该文件被删除或替换：未写入任何内容；请管理员恢复后重新开始"),
        // The environment, the config and a set-user-id install
        "error.now": Bilingual("READERDESK_NOW='%@' is not an ISO 8601 time", "READERDESK_NOW=“%@”不是 ISO 8601 时间"),
        "error.config.read": Bilingual("cannot read the config file %@", "无法读取配置文件 %@"),
        "error.import.scratch": Bilingual(
            "cannot write the import's temporary file in %@ (is the disk full?)", "无法在 %@ 写入导入用的临时文件（磁盘已满？）"),
        // A line of the config file: the file and line come first
        "error.config.header": Bilingual("%@:%@: a table header needs a name, as in [keys]", "%@:%@：表头需要名称，如 [keys]"),
        "error.config.keyValue": Bilingual("%@:%@: expected 'key = value'", "%@:%@：应写成“键 = 值”"),
        "error.config.noValue": Bilingual("%@:%@: a value is missing after '='", "%@:%@：“=”后缺少值"),
        "error.config.badEscape": Bilingual("%@:%@: a bad \\%@ escape", "%@:%@：转义 \\%@ 有误"),
        "error.config.unknownEscape": Bilingual("%@:%@: an unknown escape \\%@ in a string", "%@:%@：字符串中有未知的转义 \\%@"),
        "error.config.unclosed": Bilingual("%@:%@: a string is not closed on its line", "%@:%@：字符串在本行未闭合"),
        "error.config.notValue": Bilingual("%@:%@: '%@' is not a TOML value: put text in quotes", "%@:%@：“%@”不是 TOML 值：文字请加引号"),
        "error.config.afterValue": Bilingual(
            "%@:%@: unexpected text after the value: start a comment with #", "%@:%@：值后有多余文字：注释请以 # 开头"),
        "error.setid.noConfig": Bilingual(
            "this readerdesk is set-user-id, so it uses only the database named in %@, which does not exist: ask an administrator",
            "此 readerdesk 以 set-user-id 方式安装，只使用 %@ 中指定的数据库，但该文件不存在：请联系管理员"),
        "error.setid.noDatabase": Bilingual(
            "%@ names no database (database = \"/srv/readerdesk/library.sqlite\", an absolute path): ask an administrator",
            "%@ 未指定数据库（database = \"/srv/readerdesk/library.sqlite\"，须为绝对路径）：请联系管理员"),
        "error.setid.drop": Bilingual("cannot give up the service account's rights: %@", "无法放弃服务账号的权限：%@"),
        "error.setid.override": Bilingual(
            "%@ is not honoured by a set-user-id readerdesk: unset it (you act as your own login, at the real time)",
            "set-user-id 方式安装的 readerdesk 不接受 %@：请取消设置（您将以自己的登录名、按实际时间操作）"),
        "error.override.owner": Bilingual(
            "%@ is honoured only on a database file you own: unset it (you act as your own login, at the real time)",
            "%@ 只在您拥有的数据库文件上有效：请取消设置（您将以自己的登录名、按实际时间操作）"),
        "error.realUser": Bilingual("cannot take on your own rights to open the file: %@", "无法以您自己的权限打开文件：%@"),
        // Settings (`readerdesk settings set`)
        "error.setting.number": Bilingual("%@ takes a number ≥ %@", "%@ 须为 ≥ %@ 的数"),
        "error.setting.whole": Bilingual("%@ takes a whole number ≥ %@", "%@ 须为 ≥ %@ 的整数"),
        "error.setting.remind": Bilingual(
            "write kind=CODE,CODE;kind=CODE with kinds from %@", "请写成 类型=代码,代码;类型=代码，类型取自 %@"),
        "error.setting.slaKinds": Bilingual("unknown ticket kind '%@': use %@", "未知的工单类型“%@”：请用 %@"),
        "error.setting.tiers": Bilingual(
            "matrix.recommend.tiers takes value tiers (vip, key, mid, basic, inactive), not %@",
            "matrix.recommend.tiers 须为价值层级（vip、key、mid、basic、inactive），而不是 %@"),
        "error.setting.weekend": Bilingual(
            "calendar.weekend takes days such as sat,sun, not %@", "calendar.weekend 须为 sat,sun 这样的星期几，而不是 %@"),
        "error.setting.closed": Bilingual("calendar.closed takes YYYY-MM-DD or MM-DD, not %@", "calendar.closed 须为 年-月-日 或 月-日，而不是 %@"),
        "error.setting.holidays": Bilingual(
            "matrix.holidays takes name=YYYY-MM-DD or MM-DD dates (comma-separated), @reader types optional, ';' between holidays: '%@' is not",
            "matrix.holidays 须写成 名称=年-月-日 或 月-日 日期（逗号分隔），可加 @读者类型，节日之间用“;”分隔：“%@”不符合"),
        "error.setting.mailCommand": Bilingual("mail.command must name a program", "mail.command 须指定一个程序"),
        "error.setting.kohaCategory": Bilingual("category %@ maps to unknown reader type '%@'", "类别 %@ 对应的读者类型“%@”不存在"),
        "error.setting.ezproxyRange": Bilingual("'%@=%@' is not CIDR=onsite|campus|remote", "“%@=%@”不是 CIDR=onsite|campus|remote 格式"),
        "error.setting.email": Bilingual("%@ takes an email address, not '%@'", "%@ 须为邮箱地址，而不是“%@”"),
        "error.setting.noService": Bilingual(
            "%@ names no service '%@': 'readerdesk service list' shows the codes", "%@ 中的服务“%@”不存在：“readerdesk service list”可列出服务代码"),
        "error.setting.shareMax": Bilingual("%@ is a share of readers: at most 100", "%@ 是读者所占的百分比：最多 100"),
        "error.setting.sharesGrow": Bilingual(
            "the pyramid's shares must grow: vip ≤ key ≤ mid (this would make %@)", "金字塔各层的累计占比须逐级递增：vip ≤ key ≤ mid（此设置将得到 %@）"),
        // Imports (`ImportError.phrase`)
        "error.import.encoding": Bilingual("not valid %@: byte 0x%@ at offset %@ (try %@)", "不是有效的 %@：偏移 %3$@ 处的字节 0x%2$@（可试试 %4$@）"),
        "error.import.mapService": Bilingual(
            "%@ %@=%@: no service '%3$@' ('readerdesk service list' shows the codes)",
            "%@ %@=%@：没有服务“%3$@”（“readerdesk service list”可列出服务代码）"),
        "error.import.columnTwice": Bilingual("column %@ appears twice in the header", "表头中列 %@ 出现了两次"),
        "error.import.missingColumn": Bilingual("missing required column %@", "缺少必需的列 %@"),
        "error.import.missingColumns": Bilingual("missing required columns %@", "缺少必需的列 %@"),
        "error.import.empty": Bilingual("the file is empty: no header row", "文件为空：没有表头行"),
        "error.import.fieldTooLong": Bilingual("field %@ too long (over %@ bytes)", "第 %@ 个字段太长（超过 %@ 字节）"),
        "error.import.unterminated": Bilingual("unterminated quoted field %@ (quote opened here)", "第 %@ 个字段的引号未闭合（引号从此行开始）"),
        "error.import.afterQuote": Bilingual("unexpected character after the closing quote of field %@", "第 %@ 个字段的闭合引号后有多余字符"),
        "error.import.strayQuote": Bilingual(
            "stray quote in unquoted field %@ (quote the whole field and double inner quotes)",
            "未加引号的第 %@ 个字段中有引号（请给整个字段加引号，并把其中的引号写成两个）"),
        "error.import.control": Bilingual("column %@ holds a control character", "列 %@ 含有控制字符"),
        "error.import.noCard": Bilingual("card is empty", "卡号为空"),
        "error.import.noName": Bilingual("name is empty for card %@", "卡号 %@ 的姓名为空"),
        "error.import.readerType": Bilingual("unknown reader type %@ (expected %@)", "未知的读者类型 %@（应为 %@）"),
        "error.import.cardType": Bilingual("unknown card type %@ (expected %@)", "未知的读者证类型 %@（应为 %@）"),
        "error.import.birthday": Bilingual("birthday %@ is not a date YYYY-MM-DD", "生日 %@ 不是 年-月-日 格式的日期"),
        "error.import.noService": Bilingual("service is empty", "服务为空"),
        "error.import.time": Bilingual(
            "at %@ is not an ISO 8601 time (e.g. 2026-03-01T09:30:00+08:00 or 2026-03-01)",
            "时间 %@ 不是 ISO 8601 格式（如 2026-03-01T09:30:00+08:00 或 2026-03-01）"),
        "error.import.quantity": Bilingual("quantity %@ is not a positive whole number", "数量 %@ 不是正整数"),
        "error.import.location": Bilingual("unknown location %@ (expected onsite|campus|remote)", "未知的使用地点 %@（应为 onsite|campus|remote）"),
        "error.import.kohaCategory": Bilingual("category %@ maps to unknown reader type %@", "类别 %@ 对应的读者类型 %@ 不存在"),
        "error.import.kohaDefault": Bilingual("unknown default reader type %@", "未知的默认读者类型 %@"),
        "error.import.kohaUnmapped": Bilingual(
            "unmapped Koha category code %@: map each to a reader type in settings, or give a default type",
            "未对应的 Koha 类别代码 %@：请在设置中为其指定读者类型，或给出默认类型"),
        "error.import.kohaUnmappedMany": Bilingual(
            "unmapped Koha category codes %@: map each to a reader type in settings, or give a default type",
            "未对应的 Koha 类别代码 %@：请在设置中为每个代码指定读者类型，或给出默认类型"),
        "error.import.kohaNoCard": Bilingual("cardnumber is empty", "cardnumber（卡号）为空"),
        "error.import.kohaNoName": Bilingual("surname and firstname are both empty for card %@", "卡号 %@ 的 surname 和 firstname（姓和名）均为空"),
        "error.import.kohaBirth": Bilingual("dateofbirth %@ does not fit the %@ date format", "dateofbirth（出生日期）%@ 不符合 %@ 日期格式"),
        "error.import.notEZproxy": Bilingual("not an EZproxy log in the default LogFormat %@", "不是默认 LogFormat %@ 的 EZproxy 日志"),
        "error.import.logFormat": Bilingual("line does not fit LogFormat %@", "此行不符合 LogFormat %@"),
        "error.import.range": Bilingual(
            "location range %@ is not a CIDR range such as 10.0.0.0/8 or 2001:db8::/32",
            "地址范围 %@ 不是 CIDR 格式（如 10.0.0.0/8 或 2001:db8::/32）"),
        "error.import.unknownCard": Bilingual("unknown card %@: import the readers first", "未知卡号 %@：请先导入读者"),
        "error.import.unknownService": Bilingual(
            "unknown service %@: 'readerdesk service list' shows the codes", "未知服务 %@：“readerdesk service list”可列出服务代码"),
        "error.import.counterPeriod": Bilingual("the reporting period %@ to %@ is not readable", "无法识别报告期间 %@ 至 %@"),
        "error.import.counterEmpty": Bilingual("the file is empty: not a COUNTER report", "文件为空：不是 COUNTER 报告"),
        "error.import.counterR4Named": Bilingual(
            "this is a COUNTER Release 4 report (%@), which is not supported: ask the vendor for the Release 5 or 5.1 version",
            "这是 COUNTER 第 4 版报告（%@），不受支持：请向供应商索取第 5 版或 5.1 版"),
        "error.import.counterR4": Bilingual(
            "this is a COUNTER Release 4 report, which is not supported: ask the vendor for the Release 5 or 5.1 version",
            "这是 COUNTER 第 4 版报告，不受支持：请向供应商索取第 5 版或 5.1 版"),
        "error.import.counterNotR5": Bilingual(
            "not a COUNTER Release 5 or 5.1 tabular report: the first row should be Report_Name",
            "不是 COUNTER 第 5 版或 5.1 版表格报告：第一行应为 Report_Name"),
        "error.import.counterNoRelease": Bilingual("the report header has no Release row", "报告表头中没有 Release 行"),
        "error.import.counterRelease": Bilingual("COUNTER release %@ is not supported (5 or 5.1 only)", "不支持 COUNTER 版本 %@（仅支持 5 或 5.1）"),
        "error.import.counterReportID": Bilingual(
            "report ID %@ is not a supported COUNTER 5 report (DR, TR, PR, IR and their standard views)",
            "报告代码 %@ 不是受支持的 COUNTER 5 报告（DR、TR、PR、IR 及其标准视图）"),
        "error.import.counterPeriodRow": Bilingual(
            "the Reporting_Period row should read Begin_Date=YYYY-MM-DD; End_Date=YYYY-MM-DD",
            "Reporting_Period 行应写成 Begin_Date=YYYY-MM-DD; End_Date=YYYY-MM-DD"),
        "error.import.counterNoColumns": Bilingual(
            "no column header row with Metric_Type after the report header", "报告表头之后没有含 Metric_Type 的列标题行"),
        "error.import.counterMissingColumn": Bilingual("missing column %@ for a %@ report", "%2$@ 报告缺少列 %1$@"),
        "error.import.counterMonth": Bilingual(
            "column %@ is not a month (expected Jan-2022 or 2022-01)", "列 %@ 不是月份（应为 Jan-2022 或 2022-01）"),
        "error.import.counterNoMonths": Bilingual(
            "the report has no month columns (Exclude_Monthly_Details): ask for it with monthly details",
            "报告没有按月的列（Exclude_Monthly_Details）：请索取含月度明细的报告"),
        "error.import.counterNoMetric": Bilingual("Metric_Type is empty", "Metric_Type 为空"),
        "error.import.counterCount": Bilingual("count %@ in column %@ is not a whole number", "列 %2$@ 中的数值 %1$@ 不是整数"),
        // `readerdesk server check`: the layout of a shared server (its commands stay as they are typed)
        "server.noAccount": Bilingual(
            "no account '%@': create it (useradd --system --no-create-home --shell /usr/sbin/nologin %1$@)",
            "没有账号“%@”：请创建（useradd --system --no-create-home --shell /usr/sbin/nologin %1$@）"),
        "server.binaryOwner": Bilingual(
            "%@: owned by uid %@, not %@: install -o %3$@ -m 4755 …", "%@：属于 uid %@，而不是 %@：install -o %3$@ -m 4755 …"),
        "server.notSetID": Bilingual("%@: not set-user-id (mode %@): chmod 4755", "%@：未设置 set-user-id（权限 %@）：chmod 4755"),
        "server.setGID": Bilingual(
            "%@: set-group-id: the files it makes would belong to the caller's group; chmod g-s",
            "%@：设置了 set-group-id，它建立的文件将属于调用者的组；chmod g-s"),
        "server.writable": Bilingual("%@: writable by group or others (mode %@)", "%@：组或其他用户可写（权限 %@）"),
        "server.notFound": Bilingual("%@: not found", "%@：未找到"),
        "server.noConfig": Bilingual(
            "%@: missing: it must name the database (database = \"/srv/readerdesk/library.sqlite\")",
            "%@：不存在：须在其中指定数据库（database = \"/srv/readerdesk/library.sqlite\"）"),
        "server.configOwner": Bilingual("%@: owned by uid %@, not root", "%@：属于 uid %@，而不是 root"),
        "server.noDatabase": Bilingual("%@: names no database by an absolute path", "%@：未用绝对路径指定数据库"),
        "server.owner": Bilingual("%@: owned by uid %@, not %@", "%@：属于 uid %@，而不是 %@"),
        "server.open": Bilingual("%@: open to group or others (mode %@): chmod %@", "%@：组或其他用户可访问（权限 %@）：chmod %@"),
        "server.noFolder": Bilingual("%@: missing: install -d -o %@ -m 700 %1$@", "%@：不存在：install -d -o %@ -m 700 %1$@"),
        "server.above": Bilingual(
            "%@: owned by uid %@ or writable by others: someone could move the database folder",
            "%@：属于 uid %@ 或他人可写：有人可能移走数据库文件夹"),
        "server.everyone": Bilingual("%@: writable by everyone", "%@：所有人可写"),
        "server.noFile": Bilingual("%@: missing: as %@, run 'readerdesk init %@ LOGIN'", "%@：不存在：请以 %@ 身份运行“readerdesk init %@ 登录名”"),
        "server.notPlain": Bilingual("%@: not a plain file", "%@：不是普通文件"),
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

    /// A bad row an import left out (`--skip-invalid`), on the command line's stderr.
    public static let skippedRow = Bilingual("skipped %@", "已跳过 %@")

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
