/// Draws the whole screen for `state`: panes, divider, status line, then any overlay.
public func render(_ state: ReaderState) -> Grid {
    let theme = state.theme
    let base = theme.style(.text)
    var grid = Grid(width: state.width, height: state.height)
    let layout = ScreenLayout(state: state)
    if let rect = layout.article {
        let rows = ArticleLayout(state: state, width: rect.width).rows
        for line in 0..<rect.height {
            let index = state.document.articleTop + line
            grid.draw(rows.indices.contains(index) ? rows[index] : Row(), line: rect.top + line,
                      left: rect.left, width: rect.width, base: base)
        }
    }
    if let rect = layout.discussion {
        let viewport = DiscussionViewport(state: state, rect: rect)
        let lines = viewport.lines(from: viewport.top)
        for line in 0..<rect.height {
            grid.draw(lines.indices.contains(line) ? lines[line].row : emptyDiscussionRow(state, line),
                      line: rect.top + line, left: rect.left, width: rect.width, base: base)
        }
    }
    if let rect = layout.divider {
        var row = Row()
        row.append(state.options.glyphs.vertical.trimmingSuffixSpaces, theme.style(.border))
        for line in 0..<rect.height { grid.draw(row, line: line, left: rect.left, width: 1, base: base) }
    }
    if let rect = layout.status {
        grid.draw(StatusLine(state: state).row, line: rect.top, left: rect.left, width: rect.width, base: base)
    }
    switch state.overlay {
    case .help(let top): grid.drawHelp(state, top: top, in: layout.body)
    case .commenters(let list): grid.drawCommenters(state, list: list, in: layout.body)
    case .documents(let list): grid.drawDocuments(state, list: list, in: layout.body)
    case .explanation(let comment, let top): grid.drawExplanation(state, comment: comment, top: top, in: layout.body)
    case .links(let list): grid.drawLinks(state, list: list, in: layout.body)
    case .bookmarks(let list): grid.drawBookmarks(state, list: list, in: layout.body)
    case .librarySearch(let search): grid.drawLibrarySearch(state, search: search, in: layout.body)
    case nil: break
    }
    return grid
}

/// What an empty discussion says on its first row, so a blank pane is never a mystery.
private func emptyDiscussionRow(_ state: ReaderState, _ line: Int) -> Row {
    var row = Row()
    guard line == 0 && state.document.visible.count == 0 else { return row }
    row.append(state.document.thread.comments.isEmpty ? "(no comments)" : "(every comment is filtered out)",
               state.theme.style(.meta))
    return row
}

private extension String {
    var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
