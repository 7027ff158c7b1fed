import Foundation

/// Colours on a screen captured with escapes (`tmux capture-pane -e`): what SGR state is in force where a text
/// appears, and the contrast of two xterm colours as WCAG defines it.
enum ScreenColours {
    /// The foreground and background (`38;5;N`, `48;5;N`, or nil for the terminal's default) in force at the first
    /// place `text` appears on `line`.
    static func colours(before text: String, on line: String) -> (foreground: Int?, background: Int?)? {
        guard let range = line.range(of: text) else { return nil }
        var foreground: Int?, background: Int?
        for sequence in line[..<range.lowerBound].components(separatedBy: "\u{1B}[").dropFirst() {
            let codes = sequence.prefix { $0 != "m" }.split(separator: ";").compactMap { Int($0) }
            var index = 0
            while index < codes.count {
                switch codes[index] {
                case 0: foreground = nil; background = nil
                case 39: foreground = nil
                case 49: background = nil
                case 38 where index + 2 < codes.count && codes[index + 1] == 5: foreground = codes[index + 2]; index += 2
                case 48 where index + 2 < codes.count && codes[index + 1] == 5: background = codes[index + 2]; index += 2
                default: break
                }
                index += 1
            }
        }
        return (foreground, background)
    }

    /// The xterm 256-colour palette's value of colour `index`.
    static func rgb(_ index: Int) -> (Double, Double, Double) {
        let basic: [(Double, Double, Double)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                                                 (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if index < 16 { return basic[index] }
        if index >= 232 { let level = Double(8 + (index - 232) * 10); return (level, level, level) }
        let cube = index - 16
        let level = { (step: Int) in step == 0 ? 0.0 : Double(55 + step * 40) }
        return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
    }

    static func contrast(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        func luminance(_ colour: (Double, Double, Double)) -> Double {
            func channel(_ value: Double) -> Double {
                let c = value / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(colour.0) + 0.7152 * channel(colour.1) + 0.0722 * channel(colour.2)
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
