/// Key names as a config file writes them (`j`, `ctrl-d`, `pgdn`, `space`) and as help shows them.
enum KeyName {
    private static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "enter": .enter, "return": .enter, "tab": .tab, "backtab": .backTab, "shift-tab": .backTab,
        "esc": .escape, "escape": .escape, "backspace": .backspace, "delete": .delete, "del": .delete,
        "space": .character(" "),
    ]

    static func key(named name: String) -> Key? {
        let lower = name.lowercased()
        if let key = named[lower] { return key }
        if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, letter.isLetter {
            return .control(letter)
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        return name.count == 1 ? .character(Character(name)) : nil
    }

    static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-" + String(letter)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let number): return "F\(number)"
        }
    }
}
