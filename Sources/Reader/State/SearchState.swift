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
    /// What `matches` were found for.
    var matchKey: MatchKey?
    /// Matches asked of the driver and not come yet; `matches` is empty meanwhile.
    public internal(set) var awaited: AwaitedMatches?
    /// The matches that came last, kept while others are awaited: a query typed on from theirs needs only
    /// them read again.
    var lastFound: FoundMatches?
    /// How many searches were asked for: the next one's number.
    var requestsMade = 0
    /// Where the view was when the prompt opened, restored by Esc.
    var origin: SearchOrigin?

    /// The query being highlighted: the draft while typing, the accepted one otherwise.
    public var activeQuery: String { draft ?? query }
    public var isSearching: Bool { awaited != nil }
}

/// What search matches depend on: they are found again only when it changes.
struct MatchKey: Sendable, Equatable {
    var query: String
    var document: Int
    var filterGeneration: Int
    var order: CommentOrder

    /// Whether whatever `other` finds, this found too: the same comments looked at for a query that holds this
    /// one (ignoring case as matching does), as typing on adds to it.
    func holds(_ other: MatchKey) -> Bool {
        var widened = other
        widened.query = query
        return widened == self && TextMatcher(query).matches(other.query)
    }
}

/// Matches and what they were found for.
struct FoundMatches: Sendable, Equatable {
    var key: MatchKey
    var matches: [SearchMatch]
}

/// A search the driver runs off the key path (`ReaderSession.takeSearchRequest`); its answer, `Action.matchesFound`,
/// is taken only while it is still the one awaited.
public struct AwaitedMatches: Sendable, Equatable {
    public let number: Int
    let key: MatchKey
    /// Typed in the prompt: the matches, when they come, move the view to the first at or after where it began.
    var movesToFirstMatch: Bool
    /// The matches of a shorter query this one holds, found before: only they need to be looked at again.
    var within: [SearchMatch]?
}

/// Cursor and scroll to return to when a search prompt is cancelled, and the matches of the query then.
struct SearchOrigin: Sendable, Equatable {
    var query: String
    var matches: [SearchMatch]
    var current: Int?
    var matchKey: MatchKey?
    var focus: Pane
    var cursor: Int32?
    var scroll: ScrollPosition?
    var articleTop: Int
    var folded: CommentSet
}
