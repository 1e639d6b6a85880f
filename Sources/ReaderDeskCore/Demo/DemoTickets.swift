/// Tickets of every kind in every state, made through the ticket methods themselves (each step
/// as the staff member who took it, at the time they took it), so history, versions, response
/// times and the audit log are exactly what real work would have left.
struct DemoTickets {
    let app: AppDatabase
    let contacts: DemoContacts  // for picking readers and staff
    let seed: UInt64

    static let subjects: [TicketKind: [String]] = [
        .complaint: [
            "研修室预约被他人占用", "自习区噪音太大", "还书后系统仍显示未还", "Remote access keeps logging me out",
            "复印机经常卡纸", "闭馆音乐提前半小时响起", "超期罚款计算有误",
        ],
        .suggestion: [
            "建议考试周延长开馆时间", "希望增加外文数据库试用", "建议研修室支持手机预约",
            "Please add more power sockets in the reading room", "建议开设文献管理软件培训",
        ],
        .question: [
            "如何在校外访问中国知网？", "科技查新需要准备哪些材料？", "How do I request an interlibrary loan?",
            "引证报告多久能出？", "学位论文提交格式要求", "如何查询论文的SCI收录情况？",
        ],
        .fault: [
            "{s} 无法打开", "{s} 校外访问报错 403", "{s} 全文下载失败", "二楼自助借还机故障",
            "Kiosk on floor 3 not printing receipts", "研修室门禁刷卡无反应",
        ],
        .request: [
            "荐购：《深度学习》第二版", "请求文献传递：一篇会议论文", "Request to buy: Principles of Neural Science, 6th ed.",
            "申请开通{s}试用", "请协助查找1985年的一篇学位论文",
        ],
        .praise: ["感谢参考咨询馆员耐心指导", "Thanks for the quick document delivery!", "查新报告出具及时，非常感谢", "昨晚的讲座内容很实用"],
    ]
    static let replies = [
        "您好，已收到，正在处理，请耐心等待。", "已联系供应商，预计两个工作日内恢复。", "Thanks for letting us know — we are looking into it.",
        "请提供出错时的截图和时间，便于排查。", "已为您办理，请查收邮件。", "问题已解决，欢迎再次使用。",
        "We have passed this to the acquisitions team.",
    ]
    static let notes = [
        "供应商工单号 VX-2291，已催办", "与技术部确认：代理服务器证书过期", "读者多次来电，注意安抚",
        "Duplicate of an earlier report; linked.", "需采访部审批后回复", "已核对借阅记录，确属系统问题",
    ]

    static func priority(_ kind: TicketKind, _ rng: inout SeededRandom) -> Priority {
        switch kind {
        case .complaint: rng.weighted([(.high, 60.0), (.urgent, 10), (.normal, 30)])
        case .fault: rng.weighted([(.urgent, 25.0), (.high, 45), (.normal, 30)])
        case .question, .request: rng.weighted([(.normal, 75.0), (.low, 15), (.high, 10)])
        case .suggestion, .praise: rng.weighted([(.low, 70.0), (.normal, 30)])
        }
    }

    /// Makes `count` tickets; the first thirty cover every kind in every state. Returns how many.
    func make(count: Int) throws -> Int {
        var rng = SeededRandom(seed: seed, stream: 6, item: 0)
        let kinds = TicketKind.allCases, states = TicketStatus.allCases
        let now = contacts.window.now
        let services = DemoCatalog.services.map(\.name)
        for n in 0..<count {
            let combo = n < kinds.count * states.count
            let kind =
                combo
                ? kinds[n % kinds.count]
                : rng.weighted([
                    (.question, 30.0), (.complaint, 15), (.suggestion, 15),
                    (.fault, 15), (.request, 20), (.praise, 5),
                ])
            let status =
                combo ? states[n / kinds.count] : rng.weighted([(.closed, 45.0), (.resolved, 15), (.open, 12), (.waiting, 8), (.new, 10)])
            let p = Self.priority(kind, &rng)
            let sla = Int64(AppDatabase.defaultSLAHours(p) * 3600)
            // Open ones mostly within their time, a fifth of them overdue; settled ones spread back.
            let overdue = rng.chance(0.2)
            let age: Int64 =
                switch status {
                case .new, .open, .waiting: overdue ? sla + Int64(rng.between(3600, 10 * 86400)) : Int64(rng.unit() * 0.8 * Double(sla))
                case .resolved: Int64(rng.between(2, 45)) * 86400
                case .closed: Int64(rng.below(max(1, contacts.window.months.count * 30))) * 86400 + 7 * 86400
                }
            var t = now - max(age, 600)
            func step(_ seconds: Int) { t = min(t + Int64(seconds), now - 60) }
            let i = kind == .fault && rng.chance(0.5) ? nil : contacts.reader(&rng) { DemoContacts.attention($0.reader.type) }
            let dept = i.map { contacts.plans[$0].dept } ?? -1
            let creator = rng.chance(0.6) ? rng.pick(contacts.staff.desk) : contacts.staff.librarian(dept, &rng)
            let handler =
                kind == .fault || kind == .complaint
                ? rng.chance(0.5) ? contacts.staff.admin : rng.pick(contacts.staff.desk)
                : contacts.staff.librarian(dept, &rng)
            func by(_ s: Staff) -> Actor { Actor(staff: s, now: t) }
            let pool = kind == .fault && combo ? Array(Self.subjects[kind]!.prefix(3)) : Self.subjects[kind]!  // service faults for sure
            let subject = rng.pick(pool).replacingOccurrences(of: "{s}", with: rng.pick(services))
            let ticket = try app.newTicket(
                by(creator), kind: kind, subject: subject, body: "读者反映：\(subject)。",
                card: i.map { contacts.plans[$0].reader.card }, priority: p)
            let id = ticket.id!
            if rng.chance(0.3) {
                step(rng.between(60, 3600)); try app.commentTicket(by(handler), id: id, text: rng.pick(Self.notes), internal: true)
            }
            if status == .new { continue }
            if status == .closed && rng.chance(0.1) {  // a duplicate, closed unanswered
                step(rng.between(600, 86400)); try app.setTicketStatus(by(handler), id: id, to: .closed); continue
            }
            step(rng.between(300, 4 * 3600)); try app.assignTicket(by(creator), id: id, to: handler.login)
            step(rng.between(600, 8 * 3600)); try app.commentTicket(by(handler), id: id, text: rng.pick(Self.replies), internal: false)
            let reopen = status == .open && rng.chance(0.4)
            if status == .waiting { step(rng.between(600, 86400)); try app.setTicketStatus(by(handler), id: id, to: .waiting) }
            if status == .resolved || status == .closed || reopen {
                step(rng.between(3600, 3 * 86400))
                try app.resolveTicket(
                    by(handler), id: id,
                    satisfaction: rng.chance(0.75)
                        ? rng.weighted([(5, 45.0), (4, 30), (3, 13), (2, 7), (1, 5)]) : nil)
            }
            if status == .closed { step(rng.between(86400, 7 * 86400)); try app.setTicketStatus(by(handler), id: id, to: .closed) }
            if reopen {  // the reader wrote back: not fixed after all
                step(rng.between(3600, 2 * 86400)); try app.setTicketStatus(by(creator), id: id, to: .open)
                try app.commentTicket(by(creator), id: id, text: "读者回复：问题仍然存在。", internal: true)
            }
        }
        return count
    }
}

extension AppDatabase {
    static func defaultSLAHours(_ p: Priority) -> Double {
        Double(SettingsCatalog.sla.first { $0.key == "sla.\(p.rawValue).hours" }?.defaultValue ?? "72") ?? 72
    }
}
