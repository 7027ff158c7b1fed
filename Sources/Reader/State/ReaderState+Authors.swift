/// Highlighting, filtering and hiding authors.
extension ReaderState {
    var selectedAuthor: String? {
        document.cursor.flatMap { document.thread.comments[Int($0)].author }
    }

    mutating func performAuthorAction(_ action: Action) {
        if action == .clearFilters {
            authors.setShown([])
            authors.setHidden([])
            authors.highlighted = nil
            return
        }
        guard let author = selectedAuthor else {
            // Say why nothing happens, rather than nothing.
            if let cursor = document.cursor, document.thread.comments[Int(cursor)].author == nil {
                notice = "an anonymous comment has no author to follow, filter or hide"
            }
            return
        }
        focus = .discussion
        switch action {
        case .toggleAuthorHighlight: authors.highlighted = authors.highlighted == author ? nil : author
        case .nextByAuthor: selectByAuthor(step: 1)
        case .previousByAuthor: selectByAuthor(step: -1)
        case .filterToAuthor: authors.setShown(authors.shown == [author] ? [] : [author])
        case .hideAuthor: setHidden(author, true)
        default: break
        }
    }

    mutating func setShown(_ author: String, _ isShown: Bool) {
        var shown = authors.shown
        if isShown { shown.insert(author) } else { shown.remove(author) }
        authors.setShown(shown)
    }

    mutating func setHidden(_ author: String, _ isHidden: Bool) {
        var hidden = authors.hidden
        if isHidden { hidden.insert(author) } else { hidden.remove(author) }
        authors.setHidden(hidden)
    }

    /// Selects the next (or previous) shown comment by the selected comment's author, wrapping around.
    /// The next comment (after the selection, wrapping) by whoever posted the article or started the thread.
    mutating func selectNextBySubmitter() {
        let thread = document.thread
        guard let submitter = thread.submitter else {
            notice = "this file does not say who started the thread"
            return
        }
        let visible = document.visible.comments
        let start = document.cursorOrdinal ?? -1
        for step in 1...max(1, visible.count) {
            let ordinal = (start + step) % max(1, visible.count)
            guard visible.indices.contains(ordinal) else { break }
            if thread.isBySubmitter(Int(visible[ordinal])) {
                focus = .discussion
                if ordinal <= start { notice = "wrapped to \(submitter)'s first comment" }
                select(comment: visible[ordinal])
                return
            }
        }
        notice = "no comments by \(submitter), who started the thread, are shown"
    }

    private mutating func selectByAuthor(step: Int) {
        let visible = document.visible.comments
        guard let start = document.cursorOrdinal, let cursor = document.cursor else { return }
        let ids = document.authorIDs, id = ids[cursor]
        var ordinal = start
        for _ in 1..<max(1, visible.count) {
            ordinal = (ordinal + step + visible.count) % visible.count
            if ids[visible[ordinal]] == id {
                select(comment: visible[ordinal])
                return
            }
        }
    }
}
