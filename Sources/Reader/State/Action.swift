import ThreadKit

/// Everything that can change the reader's state; keys, mouse and resize all become one of these.
public enum Action: Sendable, Equatable {
    // Moving
    case moveDown, moveUp, moveToFirst, moveToLast
    case pageDown, pageUp, halfPageDown, halfPageUp
    // Tree
    case toggleFold, foldOrGoToParent, unfoldOrGoToFirstReply, goToParent
    case nextSibling, previousSibling, nextThread, previousThread
    case foldAll, unfoldAll
    /// Show comments down to this depth (1 = top level only).
    case showDepth(Int)
    case toggleOrder
    /// Fold or unfold the selected message's quoted blocks; show or fold its signature; scroll past its next quote.
    case toggleQuotes, toggleSignature, skipQuoted
    /// Why the selected comment starts where it does, has its author and its parent.
    case explain
    // Authors
    case toggleAuthorHighlight, nextByAuthor, previousByAuthor
    case filterToAuthor, hideAuthor, clearFilters, openCommenters
    /// The next comment by the submitter (`OP`).
    case nextBySubmitter
    // Reading
    case nextUnread, previousUnread, markThreadRead, markSubtreeUnread
    /// Bookmark the selected comment (or take its bookmark away); list every bookmark.
    case toggleBookmark, openBookmarks
    // Search
    case startSearch, nextMatch, previousMatch
    // Panes, files, themes
    case switchFocus, focusArticle, focusDiscussion
    case nextFile, previousFile, openDocuments, cycleTheme
    /// Article and discussion side by side, or one at a time, whatever the width says.
    case toggleSplit
    case showHelp, quit, suspend, redraw
    /// The selected comment's text (or, in the article pane, the article's) to the terminal's clipboard.
    case copyText
    /// The selected comment's links, to open one or copy it.
    case openLinks
    /// The selected comment's link to the clipboard; with several, the list to choose from.
    case copyLink
    // Typing in the search prompt or the commenter list
    case type(Character), deleteBackward, accept, cancel
    // Commenter list
    case toggleFilterInList, toggleHiddenInList
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The whole of a file that was shown as a preview has been parsed.
    case loaded(document: Int, thread: ThreadKit.Thread)
    /// The evidence behind a document's parse, which `Effect.explain` asked the driver for.
    case explained(document: Int, explanation: Explanation)
    /// Why that evidence cannot be had: the file is gone or has changed, or it was standard input.
    case explanationUnavailable(document: Int, reason: String)
    /// The time now, in seconds on a clock that only goes forward: the driver sends it after every event and when
    /// it wakes to, so comments long enough on screen count as read (`ReaderState.readingMoment`).
    case clock(now: Double)
    /// What a store remembers of a document's thread, arrived after the thread was shown.
    case recalled(document: Int, recollection: Recollection)
    /// The matches found off the key path for search request `request` (`ReaderSession.takeSearchRequest`).
    case matchesFound(request: Int, matches: [SearchMatch])
    /// What the store's index found for a library search (`Effect.searchLibrary`).
    case foundInLibrary(query: String, hits: [SearchHit])
}
