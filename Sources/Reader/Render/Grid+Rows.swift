extension Grid {
    /// Draws `row` from (`line`, `left`), clipped to `width` columns, then fills the rest.
    /// A wide character that would straddle the edge is left out rather than cut in half.
    mutating func draw(_ row: Row, line: Int, left: Int, width: Int, base: Style) {
        guard line >= 0 && line < height else { return }
        let right = min(self.width, left + width)
        var column = left
        for glyph in row.glyphs {
            guard column + glyph.width <= right else { break }
            let style = base.layered(with: glyph.style)
            self[line, column] = Cell(glyph.text, style: style, link: glyph.link)
            for continuation in 1..<max(1, glyph.width) { self[line, column + continuation] = Cell("", style: style, link: glyph.link) }
            column += glyph.width
        }
        let fill = base.layered(with: row.fill)
        while column < right {
            self[line, column] = Cell(" ", style: fill)
            column += 1
        }
    }
}
