/// A parsed discussion: the article it hangs under and its comments.
///
/// Comments are kept in document order (the order the source gave them);
/// `tree` adds the reply structure as flat pre-order arrays so that a thread
/// of 100,000 comments costs a few arrays, not a graph of objects.
public struct Thread: Sendable, Equatable {
    /// Which parser produced this thread, e.g. `plain-text`, `reddit-json`.
    public var format: String
    public var title: String?
    public var article: Article
    /// Page furniture that is neither article nor comment ("37 Comments", "Reply").
    public var chrome: [String]
    public var comments: [Comment] {
        didSet { tree = ThreadTree(comments: comments) }
    }
    public private(set) var tree: ThreadTree

    public init(format: String, title: String? = nil, article: Article = Article(),
                chrome: [String] = [], comments: [Comment] = []) {
        self.format = format
        self.title = title
        self.article = article
        self.chrome = chrome
        self.comments = comments
        self.tree = ThreadTree(comments: comments)
    }

    /// Every named author with how many comments they wrote, most prolific first.
    public var authors: [AuthorCount] { AuthorCount.tally(comments) }
}

public struct AuthorCount: Sendable, Equatable {
    public var name: String
    public var count: Int

    static func tally(_ comments: [Comment]) -> [AuthorCount] {
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (index, comment) in comments.enumerated() {
            guard let name = comment.author else { continue }
            counts[name, default: 0] += 1
            if firstSeen[name] == nil { firstSeen[name] = index }
        }
        return counts
            .map { AuthorCount(name: $0.key, count: $0.value) }
            .sorted { ($0.count, firstSeen[$1.name]!) > ($1.count, firstSeen[$0.name]!) }
    }
}
