import BriefingUI
import CNCursesW

/// Turns what `get_wch` returned into a `Key`.
enum KeyDecoder {
    /// The key for a `get_wch` result, or nil for input the reader has no use for.
    static func key(status: Int32, code: UInt32, size: () -> (columns: Int, rows: Int)) -> Key? {
        if status == KEY_CODE_YES {
            return functionKey(Int32(bitPattern: code), size: size)
        }
        guard status == OK else { return nil }
        return characterKey(code)
    }

    /// A key from the terminal's keypad (arrows, paging, function keys, resize).
    private static func functionKey(_ code: Int32, size: () -> (columns: Int, rows: Int)) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            let current = size()
            return .resize(columns: current.columns, rows: current.rows)
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A key from a character: controls become chords, the rest is text.
    private static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
