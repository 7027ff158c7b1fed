/// Where a search match is: the article's title, byline or caption, an article block, or a comment.
public enum SearchMatch: Sendable, Equatable {
    case heading
    case article(block: Int)
    case comment(Int32)
}

/// The search query, the prompt being typed, and what the query found.
public struct SearchState: Sendable, Equatable {
    /// The accepted query, used by `n`/`N` and for highlighting.
    public internal(set) var query = ""
    /// Text in the `/` prompt while it is open; nil when closed.
    public internal(set) var draft: String?
    /// Matches in display order: article blocks first, then comments.
    public internal(set) var matches: [SearchMatch] = []
    public internal(set) var current: Int?
    /// Where the view was when the prompt opened, restored by Esc.
    var origin: SearchOrigin?

    /// The query being highlighted: the draft while typing, the accepted one otherwise.
    public var activeQuery: String { draft ?? query }
}

/// Cursor and scroll to return to when a search prompt is cancelled.
struct SearchOrigin: Sendable, Equatable {
    var query: String
    var focus: Pane
    var cursor: Int32?
    var scroll: ScrollPosition?
    var articleTop: Int
    var folded: CommentSet
}
