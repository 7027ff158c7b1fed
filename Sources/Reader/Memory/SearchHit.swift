/// A comment of a library's thread whose words match a search of the store's index: what `skein search` prints
/// and `/` in a library's list shows, and what the driver needs to open its file there.
public struct SearchHit: Sendable, Equatable {
    public var path: String
    /// The thread's title, as the index has it.
    public var title: String?
    /// The comment's index in its thread, as the file was when it was indexed.
    public var comment: Int
    public var author: String?
    /// The matching words in context, as the file has them (untrusted: drawn through `SafeText`).
    public var snippet: String
    /// Where the matches are in `snippet`, as UTF-8 offsets.
    public var matches: [Range<Int>]

    public init(path: String, title: String?, comment: Int, author: String?, snippet: String, matches: [Range<Int>]) {
        self.path = path
        self.title = title
        self.comment = comment
        self.author = author
        self.snippet = snippet
        self.matches = matches
    }
}
