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
