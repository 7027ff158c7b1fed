/// The only place reader state changes. Returns what the driver must do, if anything.
public func reduce(_ state: inout ReaderState, _ action: Action) -> Effect? {
    var effect: Effect?
    // Whatever overlay or prompt is open, these concern the file underneath.
    switch action {
    case .loaded(let document, let thread):
        state.complete(document: document, with: thread)
        return nil
    case .explained(let document, let explanation):
        state.attach(explanation, toDocument: document)
        return nil
    case .explanationUnavailable(let document, let reason):
        state.explanationIsUnavailable(forDocument: document, reason: reason)
        return nil
    case .clock(let now):
        state.passTime(to: now)
        return nil
    case .recalled(let document, let recollection):
        state.recall(recollection, document: document)
        state.markSelectionRead()
        return nil
    case .foundInLibrary(let query, let hits):
        state.takeLibraryHits(hits, for: query)
        return nil
    case .matchesFound(let request, let matches):
        state.takeMatches(matches, for: request)
        state.refresh()
        state.markSelectionRead()
        return nil
    default: break
    }
    switch state.inputMode {
    case .normal: effect = state.performNormal(action)
    case .searchPrompt: state.performInSearchPrompt(action)
    case .help: state.performInHelp(action)
    case .commenters: state.performInCommenterList(action)
    case .documents: effect = state.performInDocumentList(action)
    case .explanation: state.performInExplanation(action)
    case .links: effect = state.performInLinkList(action)
    case .bookmarks: effect = state.performInBookmarkList(action)
    case .libraryQuery: effect = state.performInLibraryQuery(action)
    case .libraryHits: effect = state.performInLibraryHits(action)
    }
    state.refresh()
    state.markSelectionRead()
    return effect
}

extension ReaderState {
    mutating func performNormal(_ action: Action) -> Effect? {
        switch action {
        case .quit:
            guard options.isLibrary else { return .quit }
            overlay = .documents(PickList(selected: currentDocument))
        // The grid is returned after every action; the backend repaints whatever changed.
        case .redraw: break
        case .suspend:
            // The screen goes away: the time it is away reads nothing.
            inSight = CommentsInSight()
            return .suspend
        case .resize(let width, let height): resize(width: width, height: height)
        case .mouse(let event): handleMouse(event)
        case .moveDown, .moveUp, .moveToFirst, .moveToLast, .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            if focus == .article { scrollArticle(action) } else { moveInDiscussion(action) }
        case .toggleFold, .foldOrGoToParent, .unfoldOrGoToFirstReply, .goToParent, .nextSibling,
             .previousSibling, .nextThread, .previousThread, .foldAll, .unfoldAll, .showDepth, .toggleOrder:
            focus = .discussion
            performTreeAction(action)
        case .toggleAuthorHighlight, .nextByAuthor, .previousByAuthor, .filterToAuthor, .hideAuthor, .clearFilters:
            performAuthorAction(action)
        case .openCommenters: overlay = .commenters(PickList())
        case .openDocuments: overlay = .documents(PickList(selected: currentDocument))
        case .showHelp: overlay = .help(top: 0)
        case .explain: return openExplanation()
        case .startSearch: openSearchPrompt()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .switchFocus: focus = focus == .article ? .discussion : .article
        case .focusArticle: focus = .article
        case .focusDiscussion: focus = .discussion
        case .nextFile: switchDocument(by: 1)
        case .previousFile: switchDocument(by: -1)
        case .cycleTheme: themeIndex = (themeIndex + 1) % themes.count
        case .copyText: return copySelection()
        case .openLinks: openLinkList()
        case .nextBySubmitter: selectNextBySubmitter()
        case .nextUnread, .previousUnread, .markThreadRead, .markSubtreeUnread: performReadingAction(action)
        case .toggleBookmark:
            guard focus == .discussion, let cursor = document.cursor else {
                notice = "select a comment to bookmark it"
                return nil
            }
            return .toggleBookmark(document: currentDocument, comment: cursor)
        case .openBookmarks:
            guard !bookmarks.isEmpty else {
                notice = "no bookmarks yet: m bookmarks the selected comment"
                return nil
            }
            overlay = .bookmarks(PickList())
        case .toggleQuotes, .toggleSignature, .skipQuoted:
            focus = .discussion
            performQuoteAction(action)
        case .copyLink: return copyOnlyLink()
        case .toggleSplit:
            split = !isSideBySide
            resize(width: width, height: height)
        case .type, .deleteBackward, .accept, .cancel, .toggleFilterInList, .toggleHiddenInList, .loaded,
             .explained, .explanationUnavailable, .foundInLibrary, .matchesFound, .recalled, .clock: break
        }
        return nil
    }

    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        clampArticleTop()
        keepCursorInView()
    }

    mutating func switchDocument(by step: Int) {
        guard documents.count > 1 else { return }
        switchDocument(to: (currentDocument + step + documents.count) % documents.count)
    }

    mutating func switchDocument(to index: Int) {
        currentDocument = index
        if let look = document.lookToRestore {
            document.lookToRestore = nil
            restoreLook(look)
        }
        refresh()
        keepCursorInView()
    }
}
