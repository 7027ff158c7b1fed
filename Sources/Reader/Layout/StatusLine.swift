/// The bottom row: which file, which pane, where the cursor is, what is filtered, the theme;
/// while searching, the prompt instead. It always fits the width: the least useful parts go first.
struct StatusLine {
    let row: Row

    init(state: ReaderState) {
        let theme = state.theme
        let style = theme.style(.status)
        let width = state.width
        var row = Row(fill: style)
        if let draft = state.search.draft {
            row.append(Self.prompt(draft, count: Self.matchCount(state.search), width: width, state: state))
        } else {
            row.append(Self.summary(state, width: width))
        }
        self.row = row
    }

    // MARK: Normal

    /// One part of the summary; lower `keep` is dropped first, `shortening` says how it may shrink.
    private struct Part {
        var glyphs: [Glyph]
        var keep: Int
        var shortening: Ellipsis.Side?
    }

    private static func summary(_ state: ReaderState, width: Int) -> [Glyph] {
        let theme = state.theme
        let style = theme.style(.status)
        let text = { (text: String) in SafeText.glyphs(text, style: style, placeholder: theme.style(.placeholder)) }
        let document = state.document
        let file = state.documents.count > 1 ? "(\(state.currentDocument + 1)/\(state.documents.count)) " : ""
        var hint = Row()
        hint.append("?", theme.style(.statusKey))
        hint.append(" help", style)
        var parts = [Part(glyphs: state.notice.map { SafeText.glyphs($0, style: theme.style(.statusKey), placeholder: theme.style(.placeholder)) } ?? [],
                          keep: 10, shortening: nil),
                     Part(glyphs: text(file + document.name), keep: 9, shortening: .middle),
                     Part(glyphs: text(state.focus.rawValue), keep: 3, shortening: nil),
                     Part(glyphs: text(position(state)), keep: 4, shortening: nil)]
        let new = document.newUnreadCount
        if new > 0 { parts.append(Part(glyphs: text("\(new) new"), keep: 6, shortening: nil)) }
        if document.isPreview { parts.append(Part(glyphs: text("reading…"), keep: 8, shortening: nil)) }
        if document.order == .flat { parts.append(Part(glyphs: text("page order"), keep: 7, shortening: nil)) }
        if !state.authors.summary.isEmpty { parts.append(Part(glyphs: text(state.authors.summary), keep: 7, shortening: .end)) }
        if !state.search.query.isEmpty {
            parts.append(Part(glyphs: text("/" + state.search.query + " " + matchCount(state.search)), keep: 8, shortening: .end))
        }
        parts.append(Part(glyphs: text(theme.name), keep: 2, shortening: nil))
        parts.append(Part(glyphs: hint.glyphs, keep: 1, shortening: nil))
        parts = parts.filter { !$0.glyphs.isEmpty }

        let separator = text(" │ ")
        let total = { parts.reduce(0) { $0 + $1.glyphs.width } + max(0, parts.count - 1) * separator.width }
        let shorten = { (floor: Int) in
            while total() > width, let index = parts.indices.filter({ parts[$0].shortening != nil && parts[$0].glyphs.width > floor })
                .max(by: { parts[$0].glyphs.width < parts[$1].glyphs.width }) {
                let target = max(floor, parts[index].glyphs.width - (total() - width))
                parts[index].glyphs = Ellipsis.fit(parts[index].glyphs, width: target, side: parts[index].shortening!, style: style)
            }
        }
        // Drop the help hint, then the theme; shorten filters, the search and the file name (longest
        // first) while they stay legible; only then drop the pane name, then the position.
        let full = parts
        for (dropped, floor) in [(0, Int.max), (1, Int.max), (2, 12), (3, 12), (3, 6), (4, 1)] {
            parts = full.filter { $0.keep > dropped }
            shorten(floor)
            if total() <= width { break }
        }
        let line = Array(parts.map(\.glyphs).joined(separator: separator))
        return Ellipsis.fit(line, width: width, side: .end, style: style)
    }

    /// `12/35`: the selected comment's place among the visible ones; rows for the article.
    private static func position(_ state: ReaderState) -> String {
        let document = state.document
        if state.focus == .article {
            let comments = document.thread.comments.count
            let unsaved = document.thread.unsavedTopLevel.map { $0 > 0 ? " (\($0) more not saved)" : "" } ?? ""
            return "line \(document.articleTop + 1) · \(comments) comment\(comments == 1 ? "" : "s")" + unsaved
        }
        guard let ordinal = document.cursorOrdinal else { return "0/0" }
        return "\(ordinal + 1)/\(document.visible.count)"
    }

    // MARK: Search prompt

    /// `/query▏  3 matches`; when narrow, the count goes first, then the start of the query.
    private static func prompt(_ draft: String, count: String, width: Int, state: ReaderState) -> [Glyph] {
        let theme = state.theme
        let style = theme.style(.status), key = theme.style(.statusKey)
        var slash = Row(), cursor = Row(), tail = Row()
        slash.append("/", key)
        cursor.append("▏", key)
        if !count.isEmpty { tail.append("  " + count, style) }
        var query = SafeText.glyphs(draft, style: style, placeholder: theme.style(.placeholder))
        if slash.width + query.width + cursor.width + tail.width > width { tail = Row() }
        let room = max(1, width - slash.width - cursor.width)
        if query.width > room { query = Ellipsis.fit(query, width: room, side: .start, style: style) }
        return Ellipsis.fit(slash.glyphs + query + cursor.glyphs + tail.glyphs, width: width, side: .start, style: style)
    }

    private static func matchCount(_ search: SearchState) -> String {
        if search.isSearching { return "searching…" }
        switch (search.matches.count, search.current) {
        case (0, _): return search.activeQuery.isEmpty ? "" : "no matches"
        case (let count, let current?): return "match \(current + 1)/\(count)"
        case (1, nil): return "1 match"
        case (let count, nil): return "\(count) matches"
        }
    }
}
