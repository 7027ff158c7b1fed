import ThreadKit

/// Wraps one paragraph-level block, in the article or in a comment, to a width: quote bars for each level,
/// list markers with a hanging indent, tables in columns, and the inline styles of its spans.
struct BlockLayout {
    let theme: Theme
    let glyphs: GlyphSet
    let matcher: TextMatcher
    /// Style of plain paragraphs: article text or comment text.
    let textStyle: StyleName

    func lines(for block: Block, width: Int, links: [Link] = []) -> [[Glyph]] {
        var lead = Row()
        if block.kind == .rule {
            lead.append(String(repeating: "─", count: max(1, min(width, 24))), theme.style(.signature))
            return [lead.glyphs]
        }
        for level in 0..<min(block.quoteLevel, 8) {
            lead.append(glyphs.quoteBar + " ", theme.style(level % 2 == 0 ? .quote : .quoteDeeper))
        }
        let style = theme.style(baseStyle(of: block))
        var marker = ""
        if let list = block.list {
            lead.append(String(repeating: "  ", count: min(list.depth - 1, 6)), style)
            switch list.marker {
            case .bullet: marker = "• "
            case .number(let number): marker = "\(number). "
            case .continuation: marker = "  "
            }
        }
        let hanging = lead.glyphs + Row.spaces(marker.count, style)
        var first = lead
        first.append(marker, theme.style(.meta))
        let verbatim = block.kind == .preformatted || block.kind == .table || block.kind == .signature
        var text = block.kind == .table ? TableText.aligned(block.text) : block.text
        var spans = block.kind == .table ? [] : block.spans
        if text.utf8.contains(0x09) {
            // A tab is no character to draw: it moves to the next stop of 8 columns (a single space in prose).
            text = verbatim ? TabStops.expanded(text) : text.replacingTabs(with: " ")
            if verbatim { spans = [] }
        }
        let body = wrap(text, style, spans: spans, links: links, width: width - hanging.width, mode: verbatim ? .characters : .words)
        let lines = body.enumerated().map { index, line in (index == 0 ? first.glyphs : hanging) + line }
        guard block.kind == .signature else { return lines }
        // The mail convention's own separator, so a signature reads as one wherever it is shown.
        var dashes = lead
        dashes.append("-- ", style)
        return [dashes.glyphs] + lines
    }

    /// Whether a blank row goes between two blocks: not between the items of a list, nor between quote levels
    /// that follow one another (`>` then `>>`), which read as one passage.
    static func isSpaced(_ previous: Block, _ next: Block) -> Bool {
        if previous.list != nil, let marker = next.list?.marker, marker != .continuation { return false }
        if previous.isQuoted, next.isQuoted, previous.quoteLevel != next.quoteLevel { return false }
        return true
    }

    /// Word-wrapped text in one style: the article's title and byline.
    func prose(_ text: String, _ style: StyleName, width: Int) -> [[Glyph]] {
        wrap(text, theme.style(style), spans: [], links: [], width: width, mode: .words)
    }

    private func baseStyle(of block: Block) -> StyleName {
        switch block.kind {
        case .subheading: return .articleSubheading
        case .signature, .rule: return .signature
        case .quote: return block.quoteLevel % 2 == 1 ? .quote : .quoteDeeper
        case .paragraph, .preformatted, .listItem, .table:
            return block.isQuoted ? (block.quoteLevel % 2 == 1 ? .quote : .quoteDeeper) : textStyle
        }
    }

    private func wrap(_ text: String, _ style: Style, spans: [Span], links: [Link], width: Int, mode: TextWrapper.Mode) -> [[Glyph]] {
        let glyphs = SafeText.glyphs(text, style: style, placeholder: theme.style(.placeholder),
                                     spans: spans, spanStyle: spanStyle, links: links,
                                     matches: matcher.ranges(in: text), matchStyle: theme.style(.match))
        return TextWrapper.wrap(glyphs, width: width, mode: mode)
    }

    /// What a span lays over its text: attributes every terminal shows, and the theme's colours where it has them.
    private func spanStyle(_ style: Span.Style) -> Style {
        switch style {
        case .emphasis: return Style(attributes: .italic)
        case .strong: return Style(attributes: .bold)
        case .code: return theme.style(.code)
        case .strikethrough, .superscript: return Style(attributes: .dim)
        case .link: return theme.style(.link).layered(with: Style(attributes: .underline))
        case .spoiler: return Style(attributes: .reverse)
        }
    }
}

/// Tabs in verbatim text (patches, code) as the spaces to the next multiple of 8 columns, as a terminal shows them.
enum TabStops {
    static func expanded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var column = 0
        for character in text {
            switch character {
            case "\t":
                let spaces = 8 - column % 8
                out += String(repeating: " ", count: spaces)
                column += spaces
            case "\n":
                out.append(character)
                column = 0
            default:
                out.append(character)
                column += max(0, character.displayWidth)
            }
        }
        return out
    }
}

private extension String {
    func replacingTabs(with replacement: Character) -> String { String(map { $0 == "\t" ? replacement : $0 }) }
}

/// A table block's cells set in columns, for text the reader draws: each column as wide as its widest cell.
enum TableText {
    static func aligned(_ text: String) -> String {
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.displayWidth)
            }
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? String(cell) : cell + String(repeating: " ", count: widths[column] - cell.displayWidth)
            }.joined(separator: " │ ")
        }.joined(separator: "\n")
    }
}
