import ThreadKit

/// The help page, the commenter list and the list of files and threads.
extension ReaderState {
    mutating func performInHelp(_ action: Action) {
        guard case .help(let top) = overlay else { return }
        overlay = scrollPage(from: top, action, closedBy: .showHelp) { state in
            HelpLayout(keyMap: state.keyMap, theme: state.theme, width: state.width).rows.count
        }.map { .help(top: $0) }
    }

    /// What a page over the panes (help, an explanation) does with a key: scroll, keeping its last
    /// page on its last row, or close (nil) on Esc, q or the key that opened it.
    mutating func scrollPage(from top: Int, _ action: Action, closedBy opening: Action,
                             rowCount: (ReaderState) -> Int) -> Int? {
        let page = max(1, height - 2)
        var newTop = top
        switch action {
        case opening, .quit, .cancel, .clearFilters: return nil
        case .moveDown: newTop += 1
        case .moveUp: newTop -= 1
        case .pageDown: newTop += page
        case .pageUp: newTop -= page
        case .halfPageDown: newTop += page / 2
        case .halfPageUp: newTop -= page / 2
        case .moveToFirst: newTop = 0
        case .moveToLast: newTop = Int.max / 2
        case .resize(let width, let height): resize(width: width, height: height)
        default: break
        }
        let lastTop = max(0, rowCount(self) - max(1, height - 2))
        return min(max(0, newTop), lastTop)
    }

    /// Authors of the current file that match what was typed in the commenter list.
    func commenterCandidates(_ list: PickList) -> [AuthorCount] {
        let matcher = TextMatcher(list.query)
        return document.authors.filter { matcher.isEmpty || matcher.matches($0.name) }
    }

    mutating func performInCommenterList(_ action: Action) {
        guard case .commenters(var list) = overlay else { return }
        let candidates = commenterCandidates(list)
        switch action {
        case .toggleFilterInList, .toggleHiddenInList:
            if candidates.indices.contains(list.selected) {
                let name = candidates[list.selected].name
                if action == .toggleFilterInList { setShown(name, !authors.shown.contains(name)) }
                else { setHidden(name, !authors.hidden.contains(name)) }
            }
        default:
            guard pick(action, in: &list, count: candidates.count) else { overlay = nil; return }
        }
        list.fit(count: commenterCandidates(list).count, rows: PickList.rows(screenHeight: height))
        overlay = .commenters(list)
    }

    /// The files and threads whose name matches what was typed in their list, by index.
    func documentCandidates(_ list: PickList) -> [Int] {
        let matcher = TextMatcher(list.query)
        return documents.indices.filter { matcher.isEmpty || matcher.matches(documents[$0].name) }
    }

    mutating func performInDocumentList(_ action: Action) -> Effect? {
        guard case .documents(var list) = overlay else { return nil }
        // In a library the list is the way in and out: q there quits, unless it starts a name being typed.
        if options.isLibrary && (action == .quit || action == .type("q") && list.query.isEmpty) { return .quit }
        // There a slash searches every thread's comments rather than narrowing by title (few titles want one typed).
        if options.isLibrary && action == .type("/") {
            openLibrarySearch(from: list)
            return nil
        }
        let candidates = documentCandidates(list)
        if action == .accept {
            overlay = nil
            if candidates.indices.contains(list.selected) { switchDocument(to: candidates[list.selected]) }
            return nil
        }
        guard pick(action, in: &list, count: candidates.count) else { overlay = nil; return nil }
        list.fit(count: documentCandidates(list).count, rows: PickList.rows(screenHeight: height))
        overlay = .documents(list)
        return nil
    }

    /// Bookmarks whose author, title or words match what was typed.
    func bookmarkCandidates(_ list: PickList) -> [Bookmark] {
        let matcher = TextMatcher(list.query)
        return bookmarks.filter { matcher.isEmpty || matcher.matches(($0.author ?? "") + " " + ($0.title ?? "") + " " + $0.words) }
    }

    mutating func performInBookmarkList(_ action: Action) -> Effect? {
        guard case .bookmarks(var list) = overlay else { return nil }
        let candidates = bookmarkCandidates(list)
        if action == .accept {
            overlay = nil
            return candidates.indices.contains(list.selected) ? .openBookmark(candidates[list.selected]) : nil
        }
        guard pick(action, in: &list, count: candidates.count) else { overlay = nil; return nil }
        list.fit(count: bookmarkCandidates(list).count, rows: PickList.rows(screenHeight: height))
        overlay = .bookmarks(list)
        return nil
    }

    /// What every list does with a key: narrow by typing, move the selection, close. False when it closes.
    mutating func pick(_ action: Action, in list: inout PickList, count: Int) -> Bool {
        let page = PickList.rows(screenHeight: height)
        switch action {
        case .cancel, .quit: return false
        case .type(let character):
            list.query.append(character)
            list.selected = 0
        case .deleteBackward:
            if !list.query.isEmpty { list.query.removeLast() }
            list.selected = 0
        case .moveDown: list.selected += 1
        case .moveUp: list.selected -= 1
        case .pageDown: list.selected += page
        case .pageUp: list.selected -= page
        case .moveToFirst: list.selected = 0
        case .moveToLast: list.selected = count - 1
        case .resize(let width, let height): resize(width: width, height: height)
        default: break
        }
        return true
    }
}

extension PickList {
    /// Keeps the selection on an entry and in view.
    mutating func fit(count: Int, rows: Int) {
        selected = min(max(0, selected), max(0, count - 1))
        top = min(max(top, selected - rows + 1), selected)
    }
}

extension ReaderState {
    /// The selected comment's paragraphs (the article's, when its pane has the keys), a blank line between
    /// them, for the terminal's clipboard; the status line says what went there.
    mutating func copySelection() -> Effect? {
        let thread = document.thread
        let text: String
        let what: String
        if focus == .article {
            text = ([thread.title].compactMap { $0 } + thread.article.blocks.map(\.text)).joined(separator: "\n\n")
            what = "the article"
        } else if let cursor = document.cursor {
            let comment = thread.comments[Int(cursor)]
            text = comment.blocks.map { $0.kind == .quote ? "> " + $0.text : $0.text }.joined(separator: "\n\n")
            what = "\(comment.author ?? "anonymous")'s comment"
        } else {
            return nil
        }
        guard !text.isEmpty else {
            notice = "nothing to copy: \(what) has no text"
            return nil
        }
        notice = "copied \(what) (\(text.count) characters) to the clipboard"
        return .copy(text)
    }
}

extension ReaderState {
    /// Whether article and discussion share the screen: as chosen, else when the terminal is wide enough.
    public var isSideBySide: Bool { split ?? (width >= options.sideBySideWidth) }
}
