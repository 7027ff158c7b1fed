/// The `/` prompt and moving between matches.
extension ReaderState {
    mutating func openSearchPrompt() {
        search.origin = SearchOrigin(query: search.query, focus: focus, cursor: document.cursor,
                                     scroll: document.scroll, articleTop: document.articleTop,
                                     folded: document.folded)
        search.draft = ""
    }

    mutating func performInSearchPrompt(_ action: Action) {
        switch action {
        case .type(let character):
            search.draft?.append(character)
            jumpToFirstMatchFromOrigin()
        case .deleteBackward:
            if search.draft?.isEmpty == false { search.draft?.removeLast() }
            jumpToFirstMatchFromOrigin()
        case .accept:
            search.query = search.draft ?? search.query
            search.draft = nil
            search.origin = nil
        case .cancel:
            restoreOrigin()
            search.query = search.origin?.query ?? search.query
            search.draft = nil
            search.origin = nil
        case .resize(let width, let height):
            resize(width: width, height: height)
        default: break
        }
    }

    /// Incremental search: every keystroke moves to the first match at or after where the search began.
    private mutating func jumpToFirstMatchFromOrigin() {
        restoreOrigin()
        refresh()
        guard let first = search.matches.firstIndex(where: { !isBeforeCursor($0) }) ?? search.matches.indices.first else { return }
        jump(to: first)
    }

    /// Puts the view back where it was when the prompt opened.
    private mutating func restoreOrigin() {
        guard let origin = search.origin else { return }
        focus = origin.focus
        document.cursor = origin.cursor
        document.scroll = origin.scroll
        document.articleTop = origin.articleTop
        if document.folded != origin.folded { document.folded = origin.folded }
    }

    mutating func jumpToMatch(forward: Bool) {
        let count = search.matches.count
        guard count > 0 else { return }
        let next: Int
        if let current = search.current {
            next = (current + (forward ? 1 : -1) + count) % count
        } else if forward {
            next = search.matches.firstIndex(where: { !isBeforeCursor($0) && !isAtCursor($0) }) ?? 0
        } else {
            next = search.matches.lastIndex(where: isBeforeCursor) ?? count - 1
        }
        jump(to: next)
    }

    private mutating func jump(to index: Int) {
        search.current = index
        switch search.matches[index] {
        case .heading:
            focus = .article
            document.articleTop = 0
        case .article(let block):
            focus = .article
            let rect = ScreenLayout.rect(for: .article, in: self)
            document.articleTop = ArticleLayout(state: self, width: rect.width).blockRows[block]
            clampArticleTop()
        case .comment(let comment):
            focus = .discussion
            var ancestor = comment
            while let parent = document.parent(of: ancestor) {
                if document.folded.contains(parent) { document.folded.remove(parent) }
                ancestor = parent
            }
            refresh()
            select(comment: comment)
        }
    }

    /// Whether a match lies before the cursor of the focused pane (article matches come first).
    private func isBeforeCursor(_ match: SearchMatch) -> Bool {
        guard focus == .discussion, let cursor = document.cursor else { return false }
        switch match {
        case .heading, .article: return true
        case .comment(let comment): return displayKey(comment) < displayKey(cursor)
        }
    }

    private func isAtCursor(_ match: SearchMatch) -> Bool {
        focus == .discussion && match == .comment(document.cursor ?? -1)
    }

    private func displayKey(_ comment: Int32) -> Int32 {
        document.order == .tree ? document.thread.tree.position[Int(comment)] : comment
    }
}
