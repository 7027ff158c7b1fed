/// Wheel scrolling, clicking to select, and clicking a fold marker.
extension ReaderState {
    mutating func handleMouse(_ event: MouseEvent) {
        let layout = ScreenLayout(state: self)
        let pane: Pane
        if let rect = layout.article, rect.contains(row: event.row, column: event.column) {
            pane = .article
        } else if let rect = layout.discussion, rect.contains(row: event.row, column: event.column) {
            pane = .discussion
        } else { return }
        focus = pane
        let rows = options.wheelRows
        switch (event.kind, pane) {
        case (.wheelDown, .article), (.wheelUp, .article):
            document.articleTop += event.kind == .wheelDown ? rows : -rows
            clampArticleTop()
        case (.wheelDown, .discussion): scrollDiscussion(by: rows)
        case (.wheelUp, .discussion): scrollDiscussion(by: -rows)
        case (.press, .discussion): click(row: event.row, column: event.column, in: layout.discussion!)
        case (.press, .article): break
        }
    }

    private mutating func click(row: Int, column: Int, in rect: Rect) {
        let viewport = discussionViewport
        let lines = viewport.lines(from: viewport.top)
        guard lines.indices.contains(row - rect.top) else { return }
        let line = lines[row - rect.top]
        if let marker = line.foldMarker, marker.contains(column - rect.left), document.order == .tree {
            document.folded.toggle(line.comment)
        }
        document.cursor = line.comment
    }
}
