import CNcursesw

/// Turns what `wget_wch` returned into a `Key`: either a character (including control
/// characters) or, when it said KEY_CODE_YES, one of the KEY_* codes.
enum NcursesKeys {
    static func decode(status: Int32, value: UInt32) -> Key? {
        if status == rd_err() { return nil }
        if status == rd_key_code_yes() { return decodeFunctionKey(Int32(bitPattern: value)) }
        return decodeCharacter(value)
    }

    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter  // nonl(): Enter arrives as CR
        case 27: return .escape
        case 8, 127: return .backspace  // terminals differ: ^H or DEL
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .char(Character(scalar))
        }
    }

    static func decodeFunctionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case rd_key_resize(): return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return .unknown(Int(code))
        }
    }
}
