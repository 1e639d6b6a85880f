/// What librarians write: analysis notes, contact summaries by matrix cell, life-stage notes.
/// "{s}" stands for a service's name.
enum DemoNotes {
    static let attitudes = [
        "对馆藏电子资源评价高，常推荐给学生", "认为借阅期限太短，希望延长", "Very positive about the reference service",
        "对图书馆整体满意，希望增加外文数据库", "曾投诉研修室预约系统，处理后态度好转", "Skeptical of new platforms; prefers print",
    ]
    static let problems = [
        "校外访问经常掉线", "不熟悉高级检索与布尔逻辑", "Struggles to find Chinese full text for comparative work",
        "查新报告等待时间长", "找不到会议论文全文", "Gets lost between publisher platforms",
    ]
    static let needs = [
        "需要学科前沿动态推送", "希望开设文献管理软件培训", "Needs regular citation reports for grant applications",
        "需要外文原版书采购", "课题组需要专利检索支持", "Wants a quiet room for long writing sessions",
    ]

    /// A few readers (more faculty) have the analysis part of their master file filled in.
    static func analysis(_ r: inout Reader, _ rng: inout SeededRandom) {
        guard rng.chance(r.type == .faculty || r.type == .researcher ? 0.15 : 0.04) else { return }
        r.attitude = rng.pick(attitudes)
        if rng.chance(0.6) { r.problems = rng.pick(problems) }
        if rng.chance(0.6) { r.needs = rng.pick(needs) }
    }

    static let summaries: [[String]] = [
        [  // ① service care
            "首次使用{s}，指导构建检索式，已能找到所需文献", "反映{s}校外访问需重复登录，已说明CARSI登录方式",
            "解答查新报告有效期问题：自出具之日起一年内有效", "{s}下载速度慢，已转技术部排查", "Helped set up remote access to {s}; working now.",
            "Checked in after the first {s} request: happy with the turnaround.", "讲解{s}结果导出到文献管理软件的方法",
        ],
        [  // ② reader care
            "生日问候，顺带介绍研修室预约新规", "重点读者季度关怀回访，了解近期研究需求", "Care call: asked how the term is going, offered a consultation.",
            "投诉处理后回访，读者表示满意", "新入职教师欢迎拜访，介绍学科馆员服务", "VIP reader check-in: no open issues, wants earlier new-book alerts.",
        ],
        [  // ③ recommend a service
            "推荐{s}：与其常用数据库互补，已发送使用指南", "推送本学科新到资源通知（{s}）", "Recommended {s} to complement Web of Science searches.",
            "Sent a new-resource alert for the reader's field: trial access to {s}.", "建议通过文献传递获取外文全文", "介绍{s}，读者表示会试用",
        ],
        [  // ④ life stage
            "职称评审在即，介绍收录引证报告办理流程", "国家自然科学基金申报前，推荐科技查新服务", "学位论文写作阶段，安排查重与文献管理培训",
            "成果鉴定需查新报告，已预约查新咨询", "Thesis stage: offered a reference-management workshop and a consultation.",
            "Project application due next month: explained the novelty-search timeline.",
        ],
        [  // ⑤ service trends
            "{s}使用量下降调研：读者反映界面改版后不习惯", "参与{s}续订评估访谈，读者认为不可替代", "Usage survey on {s}: asked why use dropped this term.",
            "收集对{s}的满意度意见，评分4/5", "Focus group on {s}: wants better Chinese-language interface.",
        ],
        [  // ⑥ reader trends
            "近三个月到馆减少、远程访问增多，了解原因：在外地实习", "Activity fell sharply; reached out — reader on fieldwork until next term.",
            "夜间使用增多，介绍24小时研修区与远程访问", "由中级升为重点读者，致电了解新课题需求", "长期未使用，邮件提醒借阅证有效期及新服务",
            "Back after a quiet year; walked through what changed in the catalogue.",
        ],
    ]

    static let lifeNotes: [LifeEventKind: [String]] = [
        .continuingEducation: ["在职攻读硕士", "参加继续教育学分课程", "MBA part-time programme", "报名职业资格考试"],
        .titleEvaluation: ["申报副教授", "申报正高级职称", "Applying for full professor", "职称评审材料截止"],
        .projectApplication: ["国家自然科学基金申报", "省部级项目申报", "NSFC Young Scientists Fund deadline", "校级科研启动基金"],
        .achievementAppraisal: ["科研成果鉴定会", "成果鉴定需查新报告", "Appraisal of a patented process", "奖项申报材料准备"],
        .thesis: ["学位论文开题", "学位论文答辩", "Thesis submission deadline", "论文中期检查"],
        .other: ["出国访学", "调入新课题组", "Sabbatical abroad", "借调外单位"],
    ]

    /// Which life-stage events happen to which readers.
    static func lifeKinds(_ t: ReaderType) -> [LifeEventKind] {
        switch t {
        case .faculty, .researcher: [.titleEvaluation, .projectApplication, .achievementAppraisal, .other]
        case .postgraduate: [.thesis, .projectApplication, .other]
        case .undergraduate: [.thesis, .continuingEducation]
        case .staff: [.continuingEducation, .titleEvaluation, .other]
        case .external, .alumni: [.continuingEducation, .achievementAppraisal, .other]
        }
    }
}
