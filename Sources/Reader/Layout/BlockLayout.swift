import ThreadKit

/// Wraps one paragraph-level block, in the article or in a comment, to a width.
struct BlockLayout {
    let theme: Theme
    let glyphs: GlyphSet
    let matcher: TextMatcher
    /// Style of plain paragraphs: article text or comment text.
    let textStyle: StyleName

    func lines(for block: Block, width: Int) -> [[Glyph]] {
        switch block.kind {
        case .paragraph: return prose(block.text, textStyle, width: width)
        case .subheading: return prose(block.text, .articleSubheading, width: width)
        case .preformatted: return wrap(block.text, theme.style(textStyle), width: width, mode: .characters)
        case .quote:
            let style = theme.style(.quote)
            var bar = Row()
            bar.append(glyphs.quoteBar + " ", style)
            return wrap(block.text, style, width: width - bar.width, mode: .words).map { bar.glyphs + $0 }
        }
    }

    /// Word-wrapped text in one style: paragraphs, subheadings, the article's title and byline.
    func prose(_ text: String, _ style: StyleName, width: Int) -> [[Glyph]] {
        wrap(text, theme.style(style), width: width, mode: .words)
    }

    private func wrap(_ text: String, _ style: Style, width: Int, mode: TextWrapper.Mode) -> [[Glyph]] {
        let glyphs = SafeText.glyphs(text, style: style, placeholder: theme.style(.placeholder),
                                     matches: matcher.ranges(in: text), matchStyle: theme.style(.match))
        return TextWrapper.wrap(glyphs, width: width, mode: mode)
    }
}
