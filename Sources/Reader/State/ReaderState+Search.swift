/// The `/` prompt and moving between matches.
extension ReaderState {
    mutating func openSearchPrompt() {
        search.origin = SearchOrigin(query: search.query, matches: search.matches, current: search.current,
                                     matchKey: search.matchKey, focus: focus, cursor: document.cursor,
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
            // The query before the prompt comes back with its matches, not found again.
            if let origin = search.origin {
                search.query = origin.query
                (search.matches, search.current, search.matchKey) = (origin.matches, origin.current, origin.matchKey)
                search.awaited = nil
            }
            search.draft = nil
            search.origin = nil
        case .resize(let width, let height):
            resize(width: width, height: height)
        default: break
        }
    }

    /// Incremental search: every keystroke moves to the first match at or after where the search began (once
    /// the matches have come, when the query is new).
    private mutating func jumpToFirstMatchFromOrigin() {
        restoreOrigin()
        refresh()
        if search.awaited != nil {
            search.awaited?.movesToFirstMatch = true
        } else {
            jumpToFirstMatch()
        }
    }

    private mutating func jumpToFirstMatch() {
        guard !search.matches.isEmpty else { return }
        let first = matchesBeforeCursor(includingCursor: false)
        jump(to: first < search.matches.count ? first : 0)
    }

    /// Asks the driver for the matches of `key`; those of any earlier request will be dropped when they come.
    mutating func askForMatches(_ key: MatchKey) {
        let within = search.lastFound.flatMap { $0.key.holds(key) ? $0.matches : nil }
        search.matches = []
        search.current = nil
        if key.query.isEmpty {
            search.matchKey = key
            search.awaited = nil
        } else {
            search.matchKey = nil
            search.awaited = AwaitedMatches(number: search.requestsMade, key: key, movesToFirstMatch: false, within: within)
            search.requestsMade += 1
        }
    }

    /// The matches of request `number`, taken if it is still the one awaited; typed in the prompt, they move the
    /// view as each keystroke does when the matches are at hand.
    mutating func takeMatches(_ matches: [SearchMatch], for number: Int) {
        guard let awaited = search.awaited, awaited.number == number else { return }
        search.matches = matches
        search.matchKey = awaited.key
        search.lastFound = FoundMatches(key: awaited.key, matches: matches)
        search.awaited = nil
        guard awaited.movesToFirstMatch else { return }
        restoreOrigin()
        jumpToFirstMatch()
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
        guard search.awaited == nil else {
            notice = "still searching"
            return
        }
        let count = search.matches.count
        guard count > 0 else { return }
        let next: Int
        let wrapped: Bool
        if let current = search.current {
            next = (current + (forward ? 1 : -1) + count) % count
            wrapped = count > 1 && (forward ? next < current : next > current)
        } else if forward {
            let after = matchesBeforeCursor(includingCursor: true)
            next = after < count ? after : 0
            wrapped = after >= count
        } else {
            let before = matchesBeforeCursor(includingCursor: false)
            next = before > 0 ? before - 1 : count - 1
            wrapped = before == 0
        }
        jump(to: next)
        // As less and vi say: the search went round the end of the thread.
        if wrapped { notice = forward ? "search wrapped to the first match" : "search wrapped to the last match" }
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
            reveal(comment: comment)
        }
    }

    /// How many matches come before the cursor of the focused pane (and at it, if asked); article
    /// matches come first. Matches are in display order, so this is a binary search.
    private func matchesBeforeCursor(includingCursor: Bool) -> Int {
        guard focus == .discussion, let cursor = document.cursor else { return 0 }
        let position = document.order == .tree ? document.thread.tree.position : nil
        let key = { (comment: Int32) in position?[Int(comment)] ?? comment }
        let cursorKey = key(cursor)
        let matches = search.matches
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            let isBefore: Bool
            switch matches[middle] {
            case .heading, .article: isBefore = true
            case .comment(let comment): isBefore = includingCursor ? key(comment) <= cursorKey : key(comment) < cursorKey
            }
            if isBefore { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
