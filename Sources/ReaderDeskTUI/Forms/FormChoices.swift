import ReaderDeskCore
import ReaderDeskWords

/// The options of choice fields and the single key that picks each one.
enum FormChoices {
    /// A vocabulary's words with their keys, as `Words.vocabulary` names them.
    static func of<V: Vocabulary>(_ type: V.Type, keys: String, none: Bool = false) -> [Choice] {
        var out = none ? [Choice("", Words.none, key: "-")] : []
        for (v, k) in zip(V.allCases, keys) {
            out.append(Choice(v.rawValue, Bilingual(Words.vocabulary(v, .en), Words.vocabulary(v, .zhHans)), key: k))
        }
        return out
    }

    static let channel = of(Channel.self, keys: "ipecwv")  // in-person phone email chat web visit
    static let kind = of(TicketKind.self, keys: "csqfrp")  // complaint suggestion question fault request praise
    static let priority = of(Priority.self, keys: "lnhu")
    static let status = of(TicketStatus.self, keys: "nowrc")
    static let readerType = of(ReaderType.self, keys: "frpusea")
    static let tier = of(CardType.self, keys: "rsev")
    static let lifecycle = of(Lifecycle.self, keys: "wqasul")  // aware acquired active after-service upgraded lapsed
    static let lifeEvent = of(LifeEventKind.self, keys: "ctpaho")  // continuing-education title project achievement thesis other
    static let yesNo = [Choice("no", Words.Form.no, key: "n"), Choice("yes", Words.Form.yes, key: "y")]

    /// 1…n picked by digits, with "-" for none first.
    static func numbers(_ n: Int, labels: [Bilingual]? = nil) -> [Choice] {
        var out = [Choice("", Words.none, key: "-")]
        for i in 1...n {
            let label: Bilingual = labels?[i - 1] ?? Bilingual(String(i), String(i))
            out.append(Choice(String(i), label, key: Character(String(i))))
        }
        return out
    }

    /// The six matrix cells by their place in the grid; the key is the cell's number.
    static var cells: [Choice] {
        let labels = MatrixCellInfo.all.map { info -> Bilingual in
            let row = MatrixGrid.rowTitles[info.row], column = MatrixGrid.columnTitles[info.column]
            return Bilingual(row.en + " " + column.en.lowercased(), row.zh + column.zh)
        }
        return numbers(labels.count, labels: labels)
    }

    /// Who may own readers as their subject librarian (active librarians and administrators), "-" for no one.
    static func librarians(_ list: [Staff]) -> [Choice] {
        [Choice("", Words.none, key: "-")] + staff(list.filter { $0.role != .frontDesk })
    }

    /// The staff one may assign to (active ones), picked with ←/→ or the first letter.
    static func staff(_ list: [Staff]) -> [Choice] {
        list.filter(\.active).map { s in
            let label = s.name == s.login ? s.login : "\(s.login) \(s.name)"
            return Choice(s.login, Bilingual(label, label), key: s.login.first ?? "?")
        }
    }
}
