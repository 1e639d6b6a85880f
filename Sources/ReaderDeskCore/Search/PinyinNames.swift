/// How Chinese names are read, where a character's everyday reading (ICU's) is not how a person
/// spells a name: surnames with a reading of their own (曾 zeng, not ceng), compound surnames
/// (尉迟 yuchi), and given-name characters with two common readings (乐 le or yue), found by either.
enum PinyinNames {
    /// A surname's reading when the name begins with it. `v` stands for ü.
    static let surnames: [Character: String] = [
        "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
        "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "翟": "zhai", "尉": "wei", "长": "chang",
        "沈": "shen", "柏": "bai", "秘": "bi", "种": "chong", "员": "yun", "繁": "po", "句": "gou",
        "万": "wan", "卜": "bu", "召": "shao", "折": "she", "祭": "zhai", "宓": "mi", "隗": "wei",
        "谌": "chen", "藏": "zang", "费": "fei", "燕": "yan", "能": "nai", "莘": "shen", "都": "du",
        "华": "hua", "任": "ren", "纪": "ji", "过": "guo", "冼": "xian", "洗": "xian", "黑": "he",
        "褚": "chu", "阚": "kan", "那": "na", "朝": "chao", "重": "chong", "车": "che", "石": "shi",
        "贾": "jia", "薄": "bo", "曲": "qu", "陆": "lu", "牟": "mou", "相": "xiang", "应": "ying",
        "强": "qiang", "郇": "huan", "蕃": "pi", "阿": "a", "行": "xing", "参": "can", "贲": "ben",
        "佴": "nai", "尧": "yao", "吕": "lv", "闾": "lv", "呂": "lv", "率": "shuai", "给": "gei",
        "乜": "nie", "宿": "su", "系": "xi", "圈": "quan", "角": "jue", "厍": "she", "眭": "sui",
    ]

    /// Two-character surnames and their readings, used when the name has a given name after them.
    static let compoundSurnames: [String: [String]] = [
        "尉迟": ["yu", "chi"], "单于": ["chan", "yu"], "万俟": ["mo", "qi"], "长孙": ["zhang", "sun"],
        "澹台": ["tan", "tai"], "乐正": ["yue", "zheng"], "仲长": ["zhong", "chang"], "亓官": ["qi", "guan"],
        "欧阳": ["ou", "yang"], "司马": ["si", "ma"], "上官": ["shang", "guan"], "诸葛": ["zhu", "ge"],
        "东方": ["dong", "fang"], "皇甫": ["huang", "fu"], "令狐": ["ling", "hu"], "公孙": ["gong", "sun"],
        "慕容": ["mu", "rong"], "宇文": ["yu", "wen"], "拓跋": ["tuo", "ba"], "夏侯": ["xia", "hou"],
        "轩辕": ["xuan", "yuan"], "呼延": ["hu", "yan"], "端木": ["duan", "mu"], "南宫": ["nan", "gong"],
        "百里": ["bai", "li"], "闻人": ["wen", "ren"], "司徒": ["si", "tu"], "司空": ["si", "kong"],
        "钟离": ["zhong", "li"], "太史": ["tai", "shi"], "申屠": ["shen", "tu"], "公冶": ["gong", "ye"],
        "赫连": ["he", "lian"], "第五": ["di", "wu"], "濮阳": ["pu", "yang"], "西门": ["xi", "men"],
    ]

    /// Given-name characters with more than one common reading: each is found by any of them
    /// (beside ICU's reading). `v` stands for ü.
    static let givenNames: [Character: [String]] = [
        "乐": ["le", "yue"], "长": ["chang", "zhang"], "行": ["xing", "hang"], "重": ["zhong", "chong"],
        "朝": ["zhao", "chao"], "曾": ["zeng", "ceng"], "单": ["dan", "shan"], "茜": ["qian", "xi"],
        "柏": ["bai", "bo"], "蔚": ["wei", "yu"], "晟": ["sheng", "cheng"], "莘": ["shen", "xin"],
        "传": ["chuan", "zhuan"], "强": ["qiang", "jiang"], "调": ["diao", "tiao"], "会": ["hui", "kuai"],
        "觉": ["jue", "jiao"], "都": ["du", "dou"], "解": ["jie", "xie"], "朴": ["pu", "piao"],
        "薄": ["bo", "bao"], "炅": ["jiong", "gui"], "娜": ["na", "nuo"], "翟": ["zhai", "di"],
        "盛": ["sheng", "cheng"], "厦": ["xia", "sha"], "参": ["can", "shen"], "藏": ["cang", "zang"],
        "露": ["lu", "lou"], "禅": ["chan", "shan"], "秘": ["mi", "bi"], "区": ["qu", "ou"],
        "仇": ["chou", "qiu"], "查": ["cha", "zha"], "盖": ["gai", "ge"], "缪": ["miu", "miao"],
        "覃": ["tan", "qin"], "尉": ["wei", "yu"], "率": ["shuai", "lv"], "石": ["shi", "dan"],
        "奇": ["qi", "ji"], "还": ["huan", "hai"], "伽": ["jia", "qie"], "贲": ["ben", "bi"],
        "繁": ["fan", "po"], "员": ["yuan", "yun"], "句": ["ju", "gou"], "召": ["zhao", "shao"],
        "能": ["neng", "nai"], "种": ["zhong", "chong"], "泊": ["bo", "po"], "省": ["sheng", "xing"],
        "宿": ["su", "xiu"], "弘": ["hong"], "沈": ["shen", "chen"], "相": ["xiang"], "差": ["cha", "ci"],
        "辟": ["bi", "pi"], "纶": ["lun", "guan"], "鹄": ["hu", "gu"], "钿": ["tian", "dian"],
    ]
}
