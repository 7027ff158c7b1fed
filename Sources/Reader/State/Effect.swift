/// What the driver must do after an action; the reducer itself never touches the terminal.
public enum Effect: Sendable, Equatable {
    case quit
    /// Ctrl-Z: hand the terminal back and stop the process until resumed.
    case suspend
    /// Read document N's file again with the parser's evidence kept, and answer with `.explained` or
    /// `.explanationUnavailable`: threads are read without it, as it costs memory on big pages.
    case explain(document: Int)
    /// Put this text on the terminal's clipboard (OSC 52: works over ssh, and in tmux with `set-clipboard on`).
    case copy(String)
    /// Open this address with the user's browser.
    case openLink(String)
    /// Bookmark comment `comment` of document `document`, or take its bookmark away.
    case toggleBookmark(document: Int, comment: Int32)
    /// Open the bookmark's file (if it is not open) and select its comment.
    case openBookmark(Bookmark)
    /// Search the comments of the library's threads (answer with `ReaderSession.found`).
    case searchLibrary(String)
    /// Open the hit's file (if it is not open) and select its comment.
    case openSearchHit(SearchHit)
}
