import Foundation
import ReaderDeskCore

/// The closed vocabularies as people read them: the stored word in English, the
/// library's term in Chinese. A word that means two things in two vocabularies (a card type "vip"
/// and the value tier "vip") is keyed by the vocabulary's noun first.
extension Words {
    /// A value tier with its score, as the list, the profile and the 7P view show it: "key 0.8123".
    public static func value(_ v: SevenP.Value, _ language: Language) -> String {
        vocabulary(v.tier, language) + (v.score.map { " " + String(format: "%.4f", $0) } ?? "")
    }

    public static func vocabulary<V: Vocabulary>(_ v: V, _ language: Language) -> String {
        guard language == .zhHans else { return english[V.noun + "." + v.rawValue] ?? v.rawValue }
        return chinese[V.noun + "." + v.rawValue] ?? chinese[v.rawValue] ?? v.rawValue
    }

    /// English words that differ from the stored one.
    private static let english: [String: String] = [
        "card type.regular": "regular card", "card type.student": "student card", "card type.senior": "senior card",
        "card type.vip": "VIP card", "consent.birthday": "birthday greetings",
    ]

    private static let chinese: [String: String] = [
        // Reader types and card types (a card type is not a value tier: 贵宾证, not 贵宾)
        "faculty": "教师", "researcher": "研究人员", "postgraduate": "研究生", "undergraduate": "本科生",
        "staff": "职工", "external": "校外", "alumni": "校友",
        "card type.regular": "普通证", "card type.student": "学生证", "card type.senior": "乐龄证", "card type.vip": "贵宾证",
        // Value tiers (from the pyramid)
        "value tier.vip": "贵宾", "value tier.key": "重点", "value tier.mid": "中级", "value tier.basic": "普通",
        "value tier.inactive": "不活跃",
        // Roles
        "front-desk": "前台", "librarian": "馆员", "admin": "管理员", "intake": "邮件收件",
        // Tickets
        "complaint": "投诉", "suggestion": "建议", "question": "咨询", "fault": "故障", "request": "申请",
        "praise": "表扬", "low": "低", "normal": "普通", "high": "高", "urgent": "紧急",
        "new": "新建", "open": "处理中", "waiting": "等待", "resolved": "已解决", "closed": "已关闭",
        // Consents (what a reader agreed to be contacted by, or greeted on)
        "consent.email": "邮件", "consent.phone": "电话", "consent.birthday": "生日祝福",
        // Where and how services are used
        "location.onsite": "馆内", "location.campus": "校园网", "location.remote": "校外远程",
        "service class.premium": "精品", "service class.standard": "标准", "service class.basic": "基础",
        // Channels
        "in-person": "面谈", "phone": "电话", "email": "邮件", "chat": "在线", "web": "网页", "visit": "走访",
        // Lifecycle
        "aware": "知晓", "acquired": "获得", "active": "活跃", "after-service": "售后", "upgraded": "升级", "lapsed": "流失",
        // Life events
        "continuing-education": "继续教育", "title-evaluation": "评职称", "project-application": "立项",
        "achievement-appraisal": "成果鉴定", "thesis": "论文", "other": "其他",
    ]
}
