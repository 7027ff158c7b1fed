/// A window drawn over the panes that takes the keys while open.
public enum Overlay: Sendable, Equatable {
    case help(top: Int)
    case commenters(PickList)
    /// The open files, and the threads of a file that holds several (a Disqus export).
    case documents(PickList)
    /// Why a comment starts where it does, has its author and its parent; scrolls like help.
    case explanation(comment: Int32, top: Int)
    /// The links of the selected comment (or of the article), numbered: Enter opens one, y copies it.
    case links(PickList)
    /// Every bookmark of every thread (`'`): Enter opens its file there.
    case bookmarks(PickList)
    /// `/` in a library's list: a query, then the comments of its threads that match it.
    case librarySearch(LibrarySearch)
}

/// A list overlay: entries narrowed by what has been typed, one of them selected.
public struct PickList: Sendable, Equatable {
    public internal(set) var query = ""
    public internal(set) var selected = 0
    public internal(set) var top = 0

    /// Rows that fit: the screen minus the status line and the list's own prompt row.
    static func rows(screenHeight: Int) -> Int { max(1, screenHeight - 2) }
}

/// Which table of keys applies.
public enum InputMode: Sendable, Equatable {
    case normal
    case searchPrompt
    case commenters
    case documents
    case help
    case explanation
    case links
    case bookmarks
    /// Typing the query of a library's search, then choosing among its hits.
    case libraryQuery
    case libraryHits
}
