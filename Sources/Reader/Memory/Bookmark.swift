/// A comment marked to come back to (`m`), in any thread: what the list of bookmarks (`'`) shows and what the
/// driver needs to open its file there.
public struct Bookmark: Sendable, Equatable {
    public var path: String
    public var title: String?
    /// The comment's key in its thread (`Thread.commentKeys`).
    public var comment: UInt64
    public var author: String?
    /// The comment's first words.
    public var words: String

    public init(path: String, title: String?, comment: UInt64, author: String?, words: String) {
        self.path = path
        self.title = title
        self.comment = comment
        self.author = author
        self.words = words
    }
}
