/// The bottom row: which file, which pane, where the cursor is, what is filtered, the theme;
/// while searching, the prompt instead.
struct StatusLine {
    let row: Row

    init(state: ReaderState) {
        let theme = state.theme
        let style = theme.style(.status)
        let key = theme.style(.statusKey)
        var row = Row(fill: style)
        if let draft = state.search.draft {
            row.append("/", key)
            row.append(SafeText.glyphs(draft, style: style, placeholder: theme.style(.placeholder)))
            row.append("▏", key)
            row.append("  " + Self.matchCount(state.search), style)
            self.row = row
            return
        }
        let document = state.document
        let file = state.documents.count > 1 ? "(\(state.currentDocument + 1)/\(state.documents.count)) " : ""
        var parts = [file + document.name]
        parts.append(state.focus.rawValue)
        parts.append(Self.position(state))
        if document.order == .flat { parts.append("page order") }
        if !state.authors.summary.isEmpty { parts.append(state.authors.summary) }
        if !state.search.query.isEmpty { parts.append("/" + state.search.query + " " + Self.matchCount(state.search)) }
        parts.append(theme.name)
        row.append(SafeText.glyphs(parts.filter { !$0.isEmpty }.joined(separator: " │ ") + " │ ", style: style,
                                   placeholder: theme.style(.placeholder)))
        row.append("?", key)
        row.append(" help", style)
        self.row = row
    }

    /// `12/35`: the selected comment's place among the visible ones; rows for the article.
    private static func position(_ state: ReaderState) -> String {
        let document = state.document
        if state.focus == .article { return "line \(document.articleTop + 1)" }
        guard let ordinal = document.cursorOrdinal else { return "0/0" }
        return "\(ordinal + 1)/\(document.visible.count)"
    }

    private static func matchCount(_ search: SearchState) -> String {
        switch (search.matches.count, search.current) {
        case (0, _): return search.activeQuery.isEmpty ? "" : "no matches"
        case (let count, let current?): return "match \(current + 1)/\(count)"
        case (let count, nil): return "\(count) matches"
        }
    }
}
