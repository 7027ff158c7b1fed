import Foundation

/// One comment. Its position in `Thread.comments` is its index.
public struct Comment: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case normal
        case deleted
        case removed
    }

    /// What the site says of the commenter beside their name.
    public enum Role: String, Sendable {
        case moderator, admin

        /// As it is shown beside a name.
        public var mark: String { self == .moderator ? "mod" : rawValue }
    }

    /// nil means anonymous.
    public var author: String?
    public var blocks: [Block]
    /// Index of the comment this one answers; nil for a top-level comment.
    public var parent: Int?
    /// True when `parent` was guessed by the parser rather than given by the source.
    public var parentInferred: Bool
    /// For a guessed parent: the kind of evidence that weighed most.
    public var inferredBy: EvidenceKind?
    public var status: Status
    public var date: Date?
    public var score: Int?
    /// Links its text holds: those its markup gives (link spans in `blocks` point here), or those whose address a
    /// saved page gives apart from the text (a text browser's `References`, a browser's Save-as-text `<https://…>`).
    public var links: [Link] = []
    /// Replies the saved file leaves out ("load more comments", "continue this thread"): how many the site
    /// counted, 0 when it gave no count. nil when none are missing.
    public var unsavedReplies: Int?
    public var role: Role?
    /// The source names no author because the account was deleted (Reddit's `[deleted]`), not because none was given.
    public var isAuthorDeleted = false
    /// The source's own id for the comment (Reddit's `t1_…`, a Hacker News item id, a Message-ID), when it has one.
    public var sourceID: String?
    public var isEdited = false

    /// Blocks and links together, as a markup reader makes them.
    public var body: Body {
        get { Body(blocks: blocks, links: links) }
        set { blocks = newValue.blocks; links = newValue.links }
    }

    public init(author: String?, blocks: [Block] = [], parent: Int? = nil,
                parentInferred: Bool = false, status: Status = .normal,
                date: Date? = nil, score: Int? = nil) {
        self.author = author
        self.blocks = blocks
        self.parent = parent
        self.parentInferred = parentInferred
        self.status = status
        self.date = date
        self.score = score
    }

    /// A comment whose text a markup reader made: its blocks and their links.
    public init(author: String?, body: Body, parent: Int? = nil, status: Status = .normal, date: Date? = nil, score: Int? = nil) {
        self.init(author: author, blocks: body.blocks, parent: parent, status: status, date: date, score: score)
        links = body.links
    }

    /// Why a comment with no author has none, where the source says: `[deleted]`, `[removed]`.
    public var missingAuthorLabel: String? {
        guard author == nil else { return nil }
        if status != .normal { return "[\(status.label)]" }
        return isAuthorDeleted ? "[deleted]" : nil
    }

    /// Positions in `blocks` that are quotes.
    public var quotePositions: [Int] {
        blocks.indices.filter { blocks[$0].kind == .quote }
    }
}
