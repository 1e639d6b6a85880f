/// Names for demo readers and staff: mostly Chinese (a few compound surnames), about 8% Latin.
enum DemoNames {
    /// Common surnames, most frequent first; the weights follow that order roughly.
    static let surnames: [String] = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    ).map(String.init)
    static let compoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙"]
    static let givenCharacters: [String] = Array(
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉力鹏宇浩然子涵梓萱一诺欣怡俊杰思远博文嘉怡雨轩佳琪晨曦志强海燕红梅晓东丹丹亮斌凯鑫琳瑶颖婷雪峰慧敏天佑梦瑶昊天家豪欣妍浩宇晴雯诗琪子墨睿泽清妍书瑶若汐亦凡宏伟振华春生秋菊冬梅永刚玉兰立新卫东"
    ).map(String.init)

    static let latinFirst = [
        "Anna", "John", "Maria", "David", "Sophie", "Lukas", "Emma", "James", "Olga", "Pierre",
        "Zoë", "José", "Chloé", "Mateo", "Hannah", "Kenji", "Aiko", "Ivan", "Fatima", "Noah",
        "Elena", "Thomas", "Priya", "Ahmed", "Laura", "Minh", "Sara", "Björn", "Amélie", "Daniel",
    ]
    static let latinLast = [
        "Smith", "Müller", "García", "Johnson", "Rossi", "Dubois", "Novak", "Kowalski", "Tanaka",
        "Nguyen", "Petrov", "Schmidt", "Silva", "Brown", "Jensen", "Okafor", "Kim", "Sato",
        "Fernández", "Wilson", "Hansen", "Ivanova", "Martin", "Khan", "Lefèvre", "O'Brien",
        "Andersson", "Popescu", "Costa", "Weber",
    ]

    private static let surnameTable = Weighted(surnames.indices.map { 1.0 / Double($0 + 8) })

    /// A reader's or staff member's name, and whether it is Latin.
    static func name(_ rng: inout SeededRandom, latinShare: Double = 0.08) -> (name: String, latin: Bool) {
        if rng.chance(latinShare) {
            return ("\(rng.pick(latinFirst)) \(rng.pick(latinLast))", true)
        }
        let surname = rng.chance(0.03) ? rng.pick(compoundSurnames) : surnames[surnameTable.index(&rng)]
        var given = rng.pick(givenCharacters)
        if rng.chance(0.72) { given += rng.pick(givenCharacters) }
        return (surname + given, false)
    }

    /// The local part of an address: pinyin for Chinese names ("zhangsan"), "anna.muller" for Latin ones.
    static func mailbox(_ name: String, latin: Bool) -> String {
        if latin {
            return Pinyin.fold(name).split(separator: " ").map { $0.filter { $0.isLetter && $0.isASCII } }.joined(separator: ".")
        }
        return Pinyin.syllables(name).joined().filter { $0.isLetter && $0.isASCII }
    }
}
