import ReaderDeskCore
import ReaderDeskWords

/// A catalogue entry in the command line's language, its `%d`/`%@` filled.
func say(_ b: Bilingual, _ args: CustomStringConvertible...) -> String {
    Words.format(b, commandLineLanguage, arguments: args)
}

/// A period's label as the command line prints it ("12 months to …" in its language).
func label(_ p: Period) -> String { Words.period(p, commandLineLanguage) }

/// A catalogue entry looked up by a code from the core, or the core's own word when the catalogue has none.
func say(_ b: Bilingual?, or fallback: String) -> String { b.map { say($0) } ?? fallback }

/// Table headings (`Output.table`) and the command line's lines, short to write at the call.
typealias Column = Words.Column
typealias Line = Words.Line
typealias Refusal = Words.Refusal

/// A closed vocabulary's word as the command line prints it: the stored word in English (scripts
/// read it), the library's term in Chinese.
func word<V: Vocabulary>(_ v: V) -> String {
    commandLineLanguage == .en ? v.rawValue : Words.vocabulary(v, commandLineLanguage)
}

/// `text` followed by spaces up to `width` display columns (a Chinese character takes two).
func padded(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.width(of: text)))
}

/// A stored word of vocabulary `V` the core hands over as text (a figure's key); others as they are.
func word<V: Vocabulary>(_ raw: String, as _: V.Type) -> String { V(rawValue: raw).map { word($0) } ?? raw }
