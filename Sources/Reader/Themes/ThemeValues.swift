/// Colour and modifier names as theme files spell them.
public enum ThemeValues {
    /// The 16 standard colour names in palette order; `bright-` names are 8–15.
    public static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public static let modifierNames: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]

    /// Parses `default`, a colour name, `bright-` + name, or `#rrggbb`; nil when it is none of them.
    public static func color(named text: String) -> Color? {
        let name = text.lowercased()
        if name == "default" { return .default }
        if let index = colorNames.firstIndex(of: name) { return .ansi(UInt8(index)) }
        if name.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(name.dropFirst(7))) {
            return .ansi(UInt8(index + 8))
        }
        let digits = name.dropFirst()
        if name.hasPrefix("#"), digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) {
            return .rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }

    /// An xterm palette index 0–255; nil when out of range.
    public static func color(index: Int) -> Color? {
        (0...255).contains(index) ? .indexed(UInt8(index)) : nil
    }

    /// Every name a `[styles]` key may use: a `StyleName` or one of its prefixes (`comment`, `ui`).
    public static let styleKeys: Set<String> = {
        var keys = Set<String>()
        for name in StyleName.allCases {
            var key = Substring(name.rawValue)
            keys.insert(String(key))
            while let dot = key.lastIndex(of: ".") {
                key = key[..<dot]
                keys.insert(String(key))
            }
        }
        return keys
    }()
}
