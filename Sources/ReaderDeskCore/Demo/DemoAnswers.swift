/// The demo's reusable answers: the questions its queue asks again and again, answered once.
extension AppDatabase {
    func writeDemoAnswers(_ actor: Actor) throws {
        let answers: [AnswerInput] = [
            AnswerInput(
                title: "校外访问数据库", bodyEn: "Off campus, sign in through CARSI with your campus ID, or connect the library VPN first.",
                bodyZh: "在校外请通过 CARSI 用校园统一身份认证登录，或先连接图书馆 VPN 再访问数据库。",
                keywords: ["校外访问", "知网", "CNKI", "VPN", "remote access", "403"]),
            AnswerInput(
                title: "科技查新所需材料", bodyEn: "Bring the project application or paper draft, the innovation points and key references.",
                bodyZh: "请准备项目申报书或论文初稿、查新点说明以及主要参考文献。", keywords: ["科技查新", "查新", "novelty"]),
            AnswerInput(
                title: "Interlibrary loan",
                bodyEn: "Request it in the document delivery system; most items arrive within five working days.",
                bodyZh: "请在文献传递系统提交申请，多数文献五个工作日内送达。", keywords: ["interlibrary loan", "文献传递", "馆际互借"]),
            AnswerInput(
                title: "SCI 收录查询", bodyEn: "Search Web of Science Core Collection; the library issues a citation report on request.",
                bodyZh: "请在 Web of Science 核心合集中检索；如需证明，图书馆可出具收录引用报告。", keywords: ["SCI", "收录", "引证报告"]),
        ]
        for a in answers { try addAnswer(actor, a) }
    }
}
