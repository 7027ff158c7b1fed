/// Moving the cursor and scrolling the panes.
extension ReaderState {
    var discussionViewport: DiscussionViewport {
        DiscussionViewport(state: self, rect: ScreenLayout.rect(for: .discussion, in: self))
    }

    mutating func moveInDiscussion(_ action: Action) {
        let count = document.visible.count
        guard count > 0, let current = document.cursorOrdinal else { return }
        let pageRows = max(1, ScreenLayout.rect(for: .discussion, in: self).height)
        switch action {
        case .moveDown: select(ordinal: current + 1)
        case .moveUp: select(ordinal: current - 1)
        case .moveToFirst: select(ordinal: 0)
        case .moveToLast: select(ordinal: count - 1)
        case .pageDown: scrollDiscussion(by: pageRows)
        case .pageUp: scrollDiscussion(by: -pageRows)
        case .halfPageDown: scrollDiscussion(by: max(1, pageRows / 2))
        case .halfPageUp: scrollDiscussion(by: -max(1, pageRows / 2))
        default: break
        }
    }

    mutating func select(ordinal: Int) {
        let comments = document.visible.comments
        guard !comments.isEmpty else { return }
        document.cursor = comments[min(max(0, ordinal), comments.count - 1)]
        keepCursorInView()
    }

    /// Selects a comment reached by a jump (search, parent, sibling, author). One that is off
    /// screen lands a quarter down the pane, with the replies under it in view, as in mutt.
    mutating func select(comment: Int32) {
        guard let ordinal = document.visible.ordinal(of: comment) else { return }
        let viewport = discussionViewport
        let top = viewport.top
        document.cursor = comment
        if ordinal != top.ordinal && viewport.startRow(of: ordinal, from: top) == nil {
            let landing = viewport.moved(DiscussionViewport.Place(ordinal: ordinal, row: 0), by: -(viewport.height / 4))
            document.scroll = viewport.scrollPosition(viewport.keptAboveLastTop(landing))
        }
        keepCursorInView()
    }

    /// Goes to a comment in the discussion wherever it is: the folds that hide it are opened, then it is
    /// selected as a jump is (a search match, an unread comment, a bookmark).
    mutating func reveal(comment: Int32) {
        focus = .discussion
        var ancestor = comment
        while let parent = document.parent(of: ancestor) {
            if document.folded.contains(parent) { document.folded.remove(parent) }
            ancestor = parent
        }
        refresh()
        select(comment: comment)
    }

    /// Scrolls by rows like less; the cursor follows onto the first comment that starts on screen.
    /// At either end, where the view cannot move, the cursor goes to the first or last comment.
    mutating func scrollDiscussion(by rows: Int) {
        let viewport = discussionViewport
        let top = viewport.top
        let newTop = viewport.moved(top, by: rows)
        guard newTop != top else {
            select(ordinal: rows > 0 ? document.visible.count - 1 : 0)
            return
        }
        document.scroll = viewport.scrollPosition(newTop)
        if let cursor = document.cursorOrdinal, viewport.startRow(of: cursor, from: newTop) == nil {
            let firstStarting = newTop.row == 0 ? newTop.ordinal : newTop.ordinal + 1
            let ordinal = viewport.startRow(of: firstStarting, from: newTop) == nil ? newTop.ordinal : firstStarting
            document.cursor = document.visible.comments[min(ordinal, document.visible.count - 1)]
        }
    }

    /// Scrolls the discussion as little as possible to show the selected comment.
    mutating func keepCursorInView() {
        guard let ordinal = document.cursorOrdinal else { return }
        let viewport = discussionViewport
        document.scroll = viewport.scrollPosition(viewport.top(revealing: ordinal, from: viewport.top))
    }

    mutating func scrollArticle(_ action: Action) {
        let page = max(1, ScreenLayout.rect(for: .article, in: self).height)
        // Paging on at the article's end goes on into the discussion, as reading would.
        if action == .pageDown, !document.thread.comments.isEmpty {
            let before = document.articleTop
            document.articleTop += page
            clampArticleTop()
            if document.articleTop == before { focus = .discussion }
            return
        }
        switch action {
        case .moveDown: document.articleTop += 1
        case .moveUp: document.articleTop -= 1
        case .moveToFirst: document.articleTop = 0
        case .moveToLast: document.articleTop = Int.max / 2
        case .pageDown: document.articleTop += page
        case .pageUp: document.articleTop -= page
        case .halfPageDown: document.articleTop += max(1, page / 2)
        case .halfPageUp: document.articleTop -= max(1, page / 2)
        default: break
        }
        clampArticleTop()
    }

    mutating func clampArticleTop() {
        let rect = ScreenLayout.rect(for: .article, in: self)
        let rows = ArticleLayout(state: self, width: rect.width).rows.count
        document.articleTop = min(max(0, document.articleTop), max(0, rows - rect.height))
    }
}
