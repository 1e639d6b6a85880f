/// The fixed parts of the demo library: departments (Chinese names, English subjects, the
/// scheme staff areas use too), reader types in their shares, and the services.
struct DemoDepartment: Sendable {
    let name: String  // reader.dept and a staff area
    let code: String  // in subject librarians' logins: lib-phys
    let subjects: [String]  // reader.subject, service subjects and staff areas
    let share: Double  // of the university's readers
    let humanities: Bool
}

enum DemoCatalog {
    static let departments: [DemoDepartment] = [
        .init(name: "物理学院", code: "phys", subjects: ["Physics", "Optics", "Astronomy"], share: 7, humanities: false),
        .init(name: "化学与化工学院", code: "chem", subjects: ["Chemistry", "Chemical Engineering"], share: 8, humanities: false),
        .init(name: "材料科学与工程学院", code: "mat", subjects: ["Materials Science"], share: 6, humanities: false),
        .init(
            name: "计算机学院", code: "cs", subjects: ["Computer Science", "Software Engineering", "Artificial Intelligence"], share: 12,
            humanities: false),
        .init(name: "电子信息学院", code: "ee", subjects: ["Electronic Engineering", "Communications"], share: 9, humanities: false),
        .init(name: "机械工程学院", code: "me", subjects: ["Mechanical Engineering", "Automation"], share: 9, humanities: false),
        .init(name: "生命科学学院", code: "bio", subjects: ["Biology", "Ecology"], share: 7, humanities: false),
        .init(name: "医学院", code: "med", subjects: ["Clinical Medicine", "Pharmacy", "Public Health"], share: 10, humanities: false),
        .init(name: "数学科学学院", code: "math", subjects: ["Mathematics", "Statistics"], share: 6, humanities: false),
        .init(name: "经济管理学院", code: "econ", subjects: ["Economics", "Management", "Finance"], share: 12, humanities: true),
        .init(name: "法学院", code: "law", subjects: ["Law"], share: 6, humanities: true),
        .init(name: "文学院", code: "lit", subjects: ["Chinese Literature", "History", "Journalism"], share: 8, humanities: true),
    ]
    static let departmentTable = Weighted(departments.map(\.share))

    /// Reader types in the shares of a research university's card holders.
    static let typeShares: [(ReaderType, Double)] = [
        (.undergraduate, 55), (.postgraduate, 25), (.faculty, 8), (.researcher, 4),
        (.staff, 3), (.external, 3), (.alumni, 2),
    ]

    /// How active a type is, relative to the others (multiplies a reader's own level).
    static func activity(_ t: ReaderType) -> Double {
        switch t {
        case .undergraduate: 0.85;
        case .postgraduate: 1.7;
        case .faculty: 1.6;
        case .researcher: 1.8
        case .staff: 0.5;
        case .external: 0.45;
        case .alumni: 0.3
        }
    }

    /// How strongly a type follows the semester (1: fully; researchers barely have vacations).
    static func seasonality(_ t: ReaderType) -> Double {
        switch t {
        case .undergraduate: 1.0;
        case .postgraduate: 0.6;
        case .faculty: 0.5;
        case .researcher: 0.3
        case .staff: 0.4;
        case .external: 0.2;
        case .alumni: 0.3
        }
    }

    static let domain = "example.edu.cn"
}

/// What kind of thing a service is decides where and when it can be used.
enum DemoServiceKind: Sendable { case database, desk, space, consult, delivery, event }

struct DemoService: Sendable {
    let code: String
    let name: String
    let serviceClass: ServiceClass
    let points: Int
    let kind: DemoServiceKind
    let subjects: [String]
    let hosts: [String]
    /// Change of use over the demo's months: +0.4 grows 40% from first to last month.
    let trend: Double
}

extension DemoCatalog {
    static let sciences = ["Physics", "Chemistry", "Materials Science", "Biology", "Clinical Medicine", "Pharmacy", "Mathematics"]
    static let engineering = ["Computer Science", "Electronic Engineering", "Communications", "Artificial Intelligence", "Automation"]

    static let services: [DemoService] = [
        .init(
            code: "CNKI", name: "中国知网 CNKI", serviceClass: .standard, points: 2, kind: .database, subjects: [],
            hosts: ["www.cnki.net", "kns.cnki.net"], trend: 0.05),
        .init(
            code: "WANFANG", name: "万方数据 Wanfang Data", serviceClass: .standard, points: 2, kind: .database, subjects: [],
            hosts: ["www.wanfangdata.com.cn"], trend: -0.35),
        .init(
            code: "WOS", name: "Web of Science", serviceClass: .premium, points: 3, kind: .database, subjects: sciences + engineering,
            hosts: ["www.webofscience.com"], trend: 0.1),
        .init(
            code: "SCIDIRECT", name: "ScienceDirect", serviceClass: .premium, points: 3, kind: .database,
            subjects: sciences + ["Chemical Engineering", "Ecology", "Public Health"], hosts: ["www.sciencedirect.com"], trend: 0.0),
        .init(
            code: "IEEE", name: "IEEE Xplore", serviceClass: .premium, points: 3, kind: .database,
            subjects: engineering + ["Software Engineering"],
            hosts: ["ieeexplore.ieee.org"], trend: 0.45),
        .init(
            code: "SPRINGER", name: "SpringerLink", serviceClass: .standard, points: 2, kind: .database, subjects: [],
            hosts: ["link.springer.com"], trend: 0.0),
        .init(code: "LOAN", name: "图书借阅 Loans", serviceClass: .basic, points: 1, kind: .desk, subjects: [], hosts: [], trend: -0.3),
        .init(
            code: "STUDYROOM", name: "研修室 Study rooms", serviceClass: .basic, points: 1, kind: .space, subjects: [], hosts: [], trend: 0.3),
        .init(
            code: "REFCONSULT", name: "参考咨询 Reference consultation", serviceClass: .standard, points: 4, kind: .consult, subjects: [],
            hosts: [], trend: 0.1),
        .init(
            code: "NOVELTY", name: "科技查新 Novelty search", serviceClass: .premium, points: 20, kind: .consult,
            subjects: sciences + engineering + ["Mechanical Engineering"], hosts: [], trend: 0.15),
        .init(
            code: "CITATION", name: "收录引证报告 Citation report", serviceClass: .premium, points: 10, kind: .consult, subjects: [], hosts: [],
            trend: 0.2),
        .init(
            code: "DOCDEL", name: "文献传递 Document delivery", serviceClass: .standard, points: 5, kind: .delivery, subjects: [], hosts: [],
            trend: -0.1),
        .init(
            code: "ILL", name: "馆际互借 Interlibrary loan", serviceClass: .standard, points: 5, kind: .delivery, subjects: [], hosts: [],
            trend: -0.15),
        .init(
            code: "TRAINING", name: "信息素养培训 Training", serviceClass: .standard, points: 3, kind: .event, subjects: [], hosts: [], trend: 0.0
        ),
        .init(
            code: "LECTURE", name: "讲座与展览 Lectures and exhibitions", serviceClass: .basic, points: 2, kind: .event, subjects: [], hosts: [],
            trend: 0.1),
    ]

    /// Added in the last month (a trial database and a new consultation service): days ago, and
    /// how many uses per 1,000 readers they have had since.
    static let newServices: [(DemoService, daysAgo: Int, usesPerThousand: Int)] = [
        (
            .init(
                code: "SCOPUS", name: "Scopus (trial)", serviceClass: .premium, points: 3, kind: .database,
                subjects: sciences + engineering,
                hosts: ["www.scopus.com"], trend: 0), 12, 40
        ),
        (
            .init(
                code: "DATACONSULT", name: "科研数据管理咨询 Research data consultation", serviceClass: .premium, points: 8, kind: .consult,
                subjects: [], hosts: [], trend: 0), 5, 3
        ),
    ]

    /// Relative use of each service in `services` order by reader type.
    static func preferences(_ t: ReaderType) -> [Double] {
        switch t {
        //                      CNKI WANF WOS SCID IEEE SPRI LOAN STUD REF  NOV  CIT  DOC  ILL  TRAI LECT
        case .undergraduate: [30, 8, 3, 3, 2, 2, 25, 20, 1.5, 0.05, 0.05, 0.5, 0.5, 2, 3]
        case .postgraduate: [25, 6, 14, 14, 5, 6, 12, 8, 2, 0.5, 0.8, 3, 1.5, 2, 1.5]
        case .faculty: [18, 4, 20, 18, 5, 8, 8, 0.5, 3, 2, 3, 5, 2.5, 0.5, 1]
        case .researcher: [15, 3, 22, 20, 5, 8, 5, 0.5, 3, 4, 5, 5, 2.5, 0.5, 1]
        case .staff: [25, 6, 2, 2, 1, 1, 35, 3, 3, 0.2, 0.5, 1, 1, 8, 10]
        case .external: [30, 10, 4, 4, 1, 2, 0, 2, 10, 8, 3, 8, 0, 2, 5]
        case .alumni: [25, 8, 2, 2, 1, 1, 20, 5, 3, 0.5, 0.5, 2, 0, 3, 15]
        }
    }
}
