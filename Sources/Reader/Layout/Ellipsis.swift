/// Shortens a run of glyphs to a width, with `…` where text was left out.
enum Ellipsis {
    /// Which part goes: the start (keep a prompt's latest typing), the middle (keep a file's
    /// extension), or the end.
    enum Side { case start, middle, end }

    static func fit(_ glyphs: [Glyph], width: Int, side: Side, style: Style) -> [Glyph] {
        guard glyphs.width > width else { return glyphs }
        guard width > 0 else { return [] }
        let mark = Glyph(text: "…", width: 1, style: style)
        let room = width - mark.width
        switch side {
        case .start: return [mark] + suffix(of: glyphs, width: room)
        case .middle:
            let head = (room + 1) / 2
            return prefix(of: glyphs, width: head) + [mark] + suffix(of: glyphs, width: room - head)
        case .end: return prefix(of: glyphs, width: room) + [mark]
        }
    }

    private static func prefix(of glyphs: [Glyph], width: Int) -> [Glyph] {
        var used = 0
        return Array(glyphs.prefix { glyph in
            used += glyph.width
            return used <= width
        })
    }

    private static func suffix(of glyphs: [Glyph], width: Int) -> [Glyph] {
        Array(prefix(of: glyphs.reversed(), width: width).reversed())
    }
}
