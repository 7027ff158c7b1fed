import CNCurses
import Reader

/// Turns what `get_wch` and `getmouse` report into the reader's keys and mouse events.
public enum InputMapper {
    /// A character read with `get_wch` returning OK; nil for codes the reader has no use for.
    public static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A key code read with `get_wch` returning KEY_CODE_YES; nil for keys the reader has no use for.
    public static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// The mouse event for a `getmouse` button state; nil for buttons and releases the reader ignores.
    public static func mouseKind(buttonState: mmask_t) -> MouseEvent.Kind? {
        if buttonState & skein_BUTTON4_PRESSED != 0 { return .wheelUp }
        if buttonState & skein_BUTTON5_PRESSED != 0 { return .wheelDown }
        if buttonState & (skein_BUTTON1_PRESSED | skein_BUTTON1_CLICKED) != 0 { return .press }
        return nil
    }
}
