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
    /// The source's own id for the thread (a Reddit post, a Hacker News story, a mail thread's first Message-ID,
    /// a saved page's address), when it has one: read marks are kept under it.
    public var sourceID: String?
    /// Who posted the article or started the thread, so their comments can be marked (`OP`).
    public var submitter: String?
    /// Top-level comments the saved file leaves out, as `Comment.unsavedReplies` counts them.
    public var unsavedTopLevel: Int?
    /// Why a plain-text page was cut and linked as it was, when the parse was asked to explain.
    public var explanation: Explanation?

    public init(format: String, title: String? = nil, article: Article = Article(),
                chrome: [String] = [], comments: [Comment] = []) {
        self.format = format
        self.title = title
        self.article = article
        self.chrome = chrome
        self.comments = comments
        self.tree = ThreadTree(comments: comments)
    }

    /// Whether the comment is by whoever posted the article or started the thread.
    public func isBySubmitter(_ index: Int) -> Bool {
        guard let submitter, let author = comments[index].author else { return false }
        return author == submitter
    }

    /// Every named author with how many comments they wrote, most prolific first.
    public var authors: [AuthorCount] { AuthorCount.tally(comments) }
}

public struct AuthorCount: Sendable, Equatable {
    public var name: String
    public var count: Int

    /// Ties go to whoever wrote first. One lookup per comment, and none while sorting: a 100k thread has
    /// tens of thousands of authors.
    static func tally(_ comments: [Comment]) -> [AuthorCount] {
        var position: [String: Int] = [:]
        var inOrderOfFirstComment: [AuthorCount] = []
        for comment in comments {
            guard let name = comment.author else { continue }
            if let seen = position[name] {
                inOrderOfFirstComment[seen].count += 1
            } else {
                position[name] = inOrderOfFirstComment.count
                inOrderOfFirstComment.append(AuthorCount(name: name, count: 1))
            }
        }
        let tallies = inOrderOfFirstComment
        return tallies.indices
            .sorted { (tallies[$0].count, $1) > (tallies[$1].count, $0) }
            .map { tallies[$0] }
    }
}
