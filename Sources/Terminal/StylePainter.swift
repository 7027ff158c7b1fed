import CNCurses
import Reader

/// Maps a `Style` to ncurses attributes and a colour pair, allocating pairs as they are first needed.
struct StylePainter {
    /// How many colours to use: none draws attributes only (`NO_COLOR` or a colourless terminal).
    let colors: Int
    /// Whether colour -1 means the terminal's own colour (`use_default_colors` worked).
    let hasDefaultColors: Bool
    private let maximumPairs: Int
    private var pairs: [PairKey: Int16] = [:]

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colors: Int, hasDefaultColors: Bool, maximumPairs: Int) {
        self.colors = colors
        self.hasDefaultColors = hasDefaultColors
        self.maximumPairs = min(maximumPairs, Int(Int16.max))
    }

    mutating func look(of style: Style) -> (attributes: attr_t, pair: Int16) {
        (attributes(style.attributes), pair(style))
    }

    private func attributes(_ attributes: Attributes) -> attr_t {
        var result = skein_A_NORMAL
        if attributes.contains(.bold) { result |= skein_A_BOLD }
        if attributes.contains(.dim) { result |= skein_A_DIM }
        if attributes.contains(.italic) { result |= skein_A_ITALIC }
        if attributes.contains(.underline) { result |= skein_A_UNDERLINE }
        if attributes.contains(.reverse) { result |= skein_A_REVERSE }
        return result
    }

    private mutating func pair(_ style: Style) -> Int16 {
        guard colors > 0 else { return 0 }
        var key = PairKey(
            foreground: ColorMapper.terminalColor(style.foreground, colors: colors),
            background: ColorMapper.terminalColor(style.background, colors: colors)
        )
        if !hasDefaultColors {
            if key.foreground < 0 { key.foreground = Int16(COLOR_WHITE) }
            if key.background < 0 { key.background = Int16(COLOR_BLACK) }
        }
        if key.foreground < 0 && key.background < 0 { return 0 }
        if let pair = pairs[key] { return pair }
        // Pair 0 is the terminal default; when the pairs run out, later colours draw plain.
        let next = pairs.count + 1
        guard next < maximumPairs, init_pair(Int16(next), key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = Int16(next)
        return Int16(next)
    }
}
