/// The article pane's rows: title, byline, caption, then the blocks with a blank row between.
/// Articles are short next to discussions, so the whole article is laid out at once.
struct ArticleLayout {
    private(set) var rows: [Row] = []
    /// First row of each article block, for jumping to search matches.
    private(set) var blockRows: [Int] = []

    init(state: ReaderState, width: Int) {
        let width = min(width, state.options.textWidth)
        let theme = state.theme
        let thread = state.document.thread
        let article = thread.article
        let blocks = BlockLayout(theme: theme, glyphs: state.options.glyphs,
                                 matcher: TextMatcher(state.search.activeQuery), textStyle: .articleText)
        let heading: [(String?, StyleName)] = [(thread.title, .articleTitle), (article.byline, .articleByline),
                                               (article.caption, .articleCaption)]
        for case let (text?, style) in heading {
            rows += blocks.prose(text, style, width: width).map { Row(glyphs: $0) }
        }
        for (position, block) in article.blocks.enumerated() {
            if !rows.isEmpty, position == 0 || BlockLayout.isSpaced(article.blocks[position - 1], block) { rows.append(Row()) }
            blockRows.append(rows.count)
            rows += blocks.lines(for: block, width: width, links: article.links).map { Row(glyphs: $0) }
        }
        if rows.isEmpty {
            var row = Row()
            row.append("(no article)", theme.style(.meta))
            rows.append(row)
        }
    }
}
