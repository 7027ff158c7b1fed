/// Breaks glyphs into rows of at most `width` columns.
enum TextWrapper {
    enum Mode {
        /// Prose: break between words, drop spaces at the break, split words longer than a row.
        case words
        /// Preformatted text: keep every space, break anywhere.
        case characters
    }

    static func wrap(_ glyphs: [Glyph], width: Int, mode: Mode) -> [[Glyph]] {
        let width = max(1, width)
        var lines: [[Glyph]] = []
        var paragraph: [Glyph] = []
        for glyph in glyphs {
            if glyph.text == "\n" {
                lines += wrapLine(paragraph, width: width, mode: mode)
                paragraph.removeAll(keepingCapacity: true)
            } else {
                paragraph.append(glyph)
            }
        }
        lines += wrapLine(paragraph, width: width, mode: mode)
        return lines
    }

    private static func wrapLine(_ glyphs: [Glyph], width: Int, mode: Mode) -> [[Glyph]] {
        switch mode {
        case .characters: return breakAnywhere(glyphs, width: width)
        case .words: return breakBetweenWords(glyphs, width: width)
        }
    }

    private static func breakAnywhere(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        var lines: [[Glyph]] = [[]]
        var used = 0
        for glyph in glyphs {
            // A glyph wider than the row still gets a row of its own; the renderer clips it.
            if used + glyph.width > width && !lines[lines.count - 1].isEmpty {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(glyph)
            used += glyph.width
        }
        return lines
    }

    private static func breakBetweenWords(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        var lines: [[Glyph]] = [[]]
        var used = 0
        var index = 0
        while index < glyphs.count {
            if glyphs[index].isSpace {
                index += 1
                continue
            }
            var end = index
            var wordWidth = 0
            while end < glyphs.count && !glyphs[end].isSpace {
                wordWidth += glyphs[end].width
                end += 1
            }
            let gap = used == 0 ? 0 : 1
            if used + gap + wordWidth <= width {
                if gap == 1 { lines[lines.count - 1].append(glyphs[index - 1]) }
                lines[lines.count - 1] += glyphs[index..<end]
                used += gap + wordWidth
            } else {
                if used > 0 { lines.append([]) }
                let pieces = breakAnywhere(Array(glyphs[index..<end]), width: width)
                lines[lines.count - 1] = pieces[0]
                lines += pieces.dropFirst()
                used = lines[lines.count - 1].reduce(0) { $0 + $1.width }
            }
            index = end
        }
        return lines
    }
}
