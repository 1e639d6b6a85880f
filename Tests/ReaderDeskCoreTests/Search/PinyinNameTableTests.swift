import GRDB
import XCTest

@testable import ReaderDeskCore

/// Names as people type them: in full pinyin, by initials and mixed, with surnames read as
/// surnames, ü as v or u, and given-name characters found by either common reading.
final class PinyinNameTableTests: XCTestCase {
    static let table: [(name: String, finds: [String])] = [
        ("曾华", ["zenghua", "zh", "zhua"]), ("单丽", ["shanli", "sl", "sli"]), ("解放", ["xiefang", "xf", "xfang"]),
        ("仇明", ["qiuming", "qm", "qming"]), ("朴志勇", ["piaozhiyong", "pzy", "piaozy"]),
        ("查良镛", ["zhaliangyong", "zly", "zhaly"]), ("区志强", ["ouzhiqiang", "ozq", "ouzq"]),
        ("盖文", ["gewen", "gw", "gwen"]), ("乐嘉", ["yuejia", "yj", "yjia"]), ("缪斯琪", ["miaosiqi", "msq", "miaosq"]),
        ("覃海", ["qinhai", "qh", "qhai"]), ("翟志刚", ["zhaizhigang", "zzg", "zhaizg"]),
        ("尉迟恭", ["yuchigong", "ycg", "ychigong"]), ("单于飞", ["chanyufei", "cyf", "cyufei"]),
        ("万俟雪", ["moqixue", "mqx", "mqixue"]), ("长孙无忌", ["zhangsunwuji", "zswj", "zhangswj"]),
        ("吕布", ["lvbu", "lubu", "lb", "lbu"]), ("吕晓燕", ["lvxiaoyan", "luxiaoyan", "lxy", "lvxy"]),
        ("张乐", ["zhangle", "zhangyue", "zl", "zyue"]), ("李长青", ["lichangqing", "lizhangqing", "lcq", "lizq", "lichangq"]),
        ("王重阳", ["wangchongyang", "wangzhongyang", "wcy", "wzy"]), ("赵朝阳", ["zhaozhaoyang", "zhaochaoyang", "zzy", "zcy"]),
        ("刘茜", ["liuqian", "liuxi", "lq", "lx"]), ("张三丰", ["zhangsanfeng", "zsf", "zhangsf", "zsanfeng"]),
        ("欧阳修", ["ouyangxiu", "oyx", "oyangxiu"]), ("诸葛亮", ["zhugeliang", "zgl", "zhugl"]),
        ("司马光", ["simaguang", "smg", "smaguang"]), ("上官婉儿", ["shangguanwaner", "sgwe", "shanggwe"]),
        ("东方朔", ["dongfangshuo", "dfs", "dfangshuo"]), ("陈晓明", ["chenxiaoming", "cxm", "chenxm"]),
        ("林黛玉", ["lindaiyu", "ldy", "lindy"]), ("周杰伦", ["zhoujielun", "zjl", "zhoujl"]),
        ("孙悟空", ["sunwukong", "swk", "sunwk"]), ("黄蓉", ["huangrong", "hr", "hrong"]), ("郭靖", ["guojing", "gj", "gjing"]),
        ("杨过", ["yangguo", "yg", "yguo"]), ("李白", ["libai", "lb", "lbai"]), ("杜甫", ["dufu", "df", "dfu"]),
        ("王维", ["wangwei", "ww", "wwei"]), ("白居易", ["baijuyi", "bjy", "baijy"]), ("苏轼", ["sushi", "ss", "sshi"]),
        ("陆游", ["luyou", "ly", "lyou"]), ("辛弃疾", ["xinqiji", "xqj", "xinqj"]), ("李清照", ["liqingzhao", "lqz", "liqz"]),
        ("柳永", ["liuyong", "ly", "lyong"]), ("范仲淹", ["fanzhongyan", "fzy", "fanzy"]), ("岳飞", ["yuefei", "yf", "yfei"]),
        ("文天祥", ["wentianxiang", "wtx", "wentx"]), ("沈括", ["shenkuo", "sk", "skuo"]), ("贾宝玉", ["jiabaoyu", "jby", "jiaby"]),
        ("薛宝钗", ["xuebaochai", "xbc", "xuebc"]), ("吕蒙", ["lvmeng", "lumeng", "lm"]), ("徐志摩", ["xuzhimo", "xzm", "xuzm"]),
        ("鲁迅", ["luxun", "lx", "lxun"]), ("冰心", ["bingxin", "bx", "bxin"]), ("巴金", ["bajin", "bj", "bjin"]),
        ("老舍", ["laoshe", "ls", "lshe"]), ("钱钟书", ["qianzhongshu", "qzs", "qianzs"]), ("杨绛", ["yangjiang", "yj", "yjiang"]),
        ("袁隆平", ["yuanlongping", "ylp", "yuanlp"]), ("屠呦呦", ["tuyouyou", "tyy", "tuyy"]),
        ("钟南山", ["zhongnanshan", "zns", "zhongns"]), ("华罗庚", ["hualuogeng", "hlg", "hualg"]),
        ("邓稼先", ["dengjiaxian", "djx", "dengjx"]), ("钱学森", ["qianxuesen", "qxs", "qianxs"]),
        ("任正非", ["renzhengfei", "rzf", "renzf"]), ("曾国藩", ["zengguofan", "zgf", "zenggf"]),
        ("单田芳", ["shantianfang", "stf", "shantf"]), ("解缙", ["xiejin", "xj", "xjin"]), ("张律", ["zhanglv", "zhanglu", "zlv"]),
    ]

    func testSixtyNamesInFullByInitialsAndMixed() throws {
        XCTAssertGreaterThanOrEqual(Self.table.count, 60)
        let f = try Fixture()
        for (i, row) in Self.table.enumerated() { _ = try f.reader(String(format: "T%03d", i), row.name) }
        for (i, row) in Self.table.enumerated() {
            for query in row.finds {
                let found = try f.db.searchReaders(f.frontDesk, query, limit: 500).map(\.card)
                XCTAssertTrue(found.contains(String(format: "T%03d", i)), "\(query) does not find \(row.name)")
            }
        }
    }

    func testASurnameIsNotReadAsTheCommonWord() {
        for (name, wrong) in [
            ("曾华", "cenghua"), ("单丽", "danli"), ("解放", "jiefang"), ("仇明", "chouming"),
            ("区志强", "quzhiqiang"), ("翟志刚", "dizhigang"),
        ] {
            XCTAssertFalse(SearchTerms.forReader(name: name, email: nil, phone: nil).contains(wrong), "\(name) as \(wrong)")
        }
    }

    func testACompoundSurnameNeedsAGivenName() {
        // 万俟 reads moqi only as a surname; the two characters alone are a given name's reading.
        XCTAssertTrue(Pinyin.nameSlots("万俟雪").prefix(2).elementsEqual([["mo"], ["qi"]]))
        XCTAssertEqual(Pinyin.nameSlots("李乐"), [["li"], ["le", "yue"]])
        XCTAssertEqual(Pinyin.nameSlots("吕布"), [["lu", "lv"], ["bu"]])
    }

    func testOldDatabasesAreSearchedTheNewWay() throws {
        // A database written before the names were read as names: the old terms only.
        let queue = try databaseBefore("v6-i13-pinyin-names")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO reader(id, card, name, created_at, updated_at) VALUES (1, 'T1', '曾华', 1, 1)")
            try db.execute(sql: "INSERT INTO reader_term(term, reader_id) VALUES ('cenghua', 1)")
        }
        let db = try AppDatabase(queue, calendar: Fixture.shanghai)
        let actor = Actor(staff: try db.initialise(adminLogin: "admin", now: 1), now: 1)
        XCTAssertEqual(try db.searchReaders(actor, "zenghua").map(\.card), ["T1"])
        XCTAssertEqual(try db.searchReaders(actor, "cenghua").map(\.card), [])
        try XCTAssertTermListsMatchTerms(db)
    }
}
