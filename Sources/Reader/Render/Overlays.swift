extension Grid {
    /// The key table as a scrollable page over the panes.
    mutating func drawHelp(_ state: ReaderState, top: Int, in rect: Rect) {
        let rows = HelpLayout(keyMap: state.keyMap, theme: state.theme, width: rect.width).rows
        let zone = state.options.timeZone.abbreviation() ?? state.options.timeZone.identifier
        drawPage("Keys — q, Esc or ? closes — times in \(zone)", rows: rows, top: top, state: state, in: rect)
    }

    /// Why a comment is where it is, as a scrollable page over the panes.
    mutating func drawExplanation(_ state: ReaderState, comment: Int32, top: Int, in rect: Rect) {
        let rows = ExplanationLayout(state: state, comment: comment, width: rect.width).rows
        drawPage("Why #\(comment) is where it is — q, Esc or w closes", rows: rows, top: top, state: state, in: rect)
    }

    /// A page: its title row, then `rows` from `top` down.
    private mutating func drawPage(_ title: String, rows: [Row], top: Int, state: ReaderState, in rect: Rect) {
        let theme = state.theme
        let base = theme.style(.overlay)
        var header = Row(fill: base)
        header.append(title, theme.style(.helpKey))
        header.glyphs = Ellipsis.fit(header.glyphs, width: rect.width, side: .end, style: theme.style(.helpKey))
        draw(header, line: rect.top, left: rect.left, width: rect.width, base: base)
        for screenRow in 1..<max(1, rect.height) {
            let index = top + screenRow - 1
            draw(rows.indices.contains(index) ? rows[index] : Row(fill: base), line: rect.top + screenRow,
                 left: rect.left, width: rect.width, base: base)
        }
    }

    /// Commenter list: the typed filter, then each author with a colour swatch, count and state.
    mutating func drawCommenters(_ state: ReaderState, list: PickList, in rect: Rect) {
        let theme = state.theme
        let look = AuthorLook(theme: theme, glyphs: state.options.glyphs, prolific: state.document.prolificAuthors)
        let candidates = state.commenterCandidates(list)
        drawList("Commenters: ", keys: "Enter only · Tab hide · Esc close", list: list, count: candidates.count,
                 state: state, in: rect) { index, row in
            let author = candidates[index]
            let marks = (state.authors.shown.contains(author.name) ? " [only]" : "")
                + (state.authors.hidden.contains(author.name) ? " [hidden]" : "")
            row.append("██ ", Style(foreground: look.style(of: author.name).foreground))
            row.append(SafeText.glyphs(look.label(of: author.name), style: look.style(of: author.name),
                                       placeholder: theme.style(.placeholder)))
            row.append("  \(author.count)" + marks, theme.style(.meta))
        }
    }

    /// Files and threads: each name with its comment count; the one being read is marked.
    mutating func drawDocuments(_ state: ReaderState, list: PickList, in rect: Rect) {
        let theme = state.theme
        let candidates = state.documentCandidates(list)
        let keys = state.options.isLibrary ? "Enter open · / search every thread · q quit" : "Enter open · Esc close"
        drawList("Files: ", keys: keys, list: list, count: candidates.count,
                 state: state, in: rect) { index, row in
            let document = state.documents[candidates[index]]
            row.append(candidates[index] == state.currentDocument ? "● " : "  ", theme.style(.helpKey))
            row.append(SafeText.glyphs(document.name, style: theme.style(.overlay), placeholder: theme.style(.placeholder)))
            let count = document.thread.comments.count
            var counts = "\(count) comment\(count == 1 ? "" : "s")"
            let new = document.newUnreadCount
            if new > 0 { counts += " · \(new) new" }
            if !document.read.isEmpty && document.read.count < count { counts += " · \(count - document.read.count) unread" }
            // A library's thread not read yet has what the store said of it.
            row.append("  " + (document.summary ?? counts), theme.style(.meta))
        }
    }

    /// Bookmarks: author, the comment's first words, and the thread.
    mutating func drawBookmarks(_ state: ReaderState, list: PickList, in rect: Rect) {
        let theme = state.theme
        let candidates = state.bookmarkCandidates(list)
        drawList("Bookmarks: ", keys: "Enter open · Esc close", list: list, count: candidates.count, state: state, in: rect) { index, row in
            let mark = candidates[index]
            row.append(SafeText.glyphs(mark.author ?? "anonymous", style: theme.style(.helpKey), placeholder: theme.style(.placeholder)))
            row.append("  ", theme.style(.overlay))
            row.append(SafeText.glyphs(mark.words, style: theme.style(.overlay), placeholder: theme.style(.placeholder)))
            row.append("  — ", theme.style(.meta))
            row.append(SafeText.glyphs(mark.title ?? String(mark.path.split(separator: "/").last ?? ""), style: theme.style(.meta), placeholder: theme.style(.placeholder)))
        }
    }

    /// A library search: its query being typed, then each hit's thread, author and words, the matches marked.
    mutating func drawLibrarySearch(_ state: ReaderState, search: LibrarySearch, in rect: Rect) {
        let theme = state.theme
        let placeholder = theme.style(.placeholder)
        guard let hits = search.hits else {
            drawList("Search every thread: ", keys: "Enter search · Esc back", list: search.list, count: 0, state: state, in: rect) { _, _ in }
            return
        }
        let keys = hits.isEmpty ? "no comment has these words · / again · q back"
            : "\(hits.count) comment\(hits.count == 1 ? "" : "s") · Enter open · / again · q back"
        drawList("Found: ", keys: keys, list: search.list, count: hits.count,
                 state: state, in: rect) { index, row in
            let hit = hits[index]
            let title = SafeText.glyphs(hit.title ?? String(hit.path.split(separator: "/").last ?? ""), style: theme.style(.meta),
                                        placeholder: placeholder)
            // The title takes a third of the row at most: the words are what the search was for.
            row.append(Ellipsis.fit(title, width: max(8, rect.width / 3), side: .end, style: theme.style(.meta)))
            row.append("  ", theme.style(.overlay))
            row.append(SafeText.glyphs(hit.author ?? "anonymous", style: theme.style(.helpKey), placeholder: placeholder))
            row.append("  ", theme.style(.overlay))
            // One line: a newline keeps its byte as a space, so the match ranges still fall on their words.
            row.append(SafeText.glyphs(hit.snippet.replacingOccurrences(of: "\n", with: " "), style: theme.style(.overlay),
                                       placeholder: placeholder, matches: hit.matches, matchStyle: theme.style(.match)))
        }
    }

    /// Links: each numbered, its text, then where it goes.
    mutating func drawLinks(_ state: ReaderState, list: PickList, in rect: Rect) {
        let theme = state.theme
        let links = state.selectionLinks
        drawList("Links", keys: "Enter open · y copy · 1-9 pick · q close", list: list, count: links.count,
                 state: state, in: rect) { index, row in
            let number = String(index + 1)
            row.append(String(repeating: " ", count: max(0, 3 - number.count)) + number + "  ", theme.style(.helpKey))
            if links[index].text != links[index].url {
                row.append(SafeText.glyphs(links[index].text, style: theme.style(.overlay), placeholder: theme.style(.placeholder)))
                row.append("  ", theme.style(.overlay))
            }
            row.append(SafeText.glyphs(links[index].url, style: theme.style(.link).layered(with: Style(attributes: .underline)),
                                       placeholder: theme.style(.placeholder)))
        }
    }

    /// A list overlay: its name, what has been typed and its keys, then the entries in view, the
    /// selected one highlighted; `entry` fills the row of one candidate.
    private mutating func drawList(_ title: String, keys: String, list: PickList, count: Int, state: ReaderState,
                                   in rect: Rect, entry: (Int, inout Row) -> Void) {
        let theme = state.theme
        let base = theme.style(.overlay)
        var prompt = Row(fill: base)
        prompt.append(title, theme.style(.helpKey))
        prompt.append(SafeText.glyphs(list.query, style: base, placeholder: theme.style(.placeholder)))
        prompt.append("▏  " + keys, theme.style(.help))
        draw(prompt, line: rect.top, left: rect.left, width: rect.width, base: base)
        for screenRow in 1..<max(1, rect.height) {
            var row = Row(fill: base)
            let index = list.top + screenRow - 1
            if index < count {
                entry(index, &row)
                if index == list.selected { row.restyle { $0.layered(with: theme.style(.selection)) } }
            }
            draw(row, line: rect.top + screenRow, left: rect.left, width: rect.width, base: base)
        }
    }
}
