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
    /// The text, as blocks: read from the file when first asked for if the parser deferred it.
    public var blocks: [Block] {
        get { content.body.blocks }
        _modify { yield &self[body: \.blocks] }
    }
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
    public var links: [Link] {
        get { content.body.links }
        _modify { yield &self[body: \.links] }
    }
    private var content: Content
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
        get { content.body }
        set { content = .read(newValue) }
    }

    /// The text left in the file, when it is, for search to look at first (`DeferredBody.mayHold`).
    public var deferredBody: DeferredBody? {
        if case .deferred(let deferred) = content { return deferred }
        return nil
    }

    /// Whether the text is still in the file, not yet read into blocks.
    public var isBodyDeferred: Bool {
        if case .deferred(let deferred) = content { return !deferred.isRead }
        return false
    }

    /// The text read already, or where to read it from when it is first asked for. Equal when the text is, read
    /// from the file if it was deferred.
    private enum Content: Sendable, Equatable {
        case read(Body)
        case deferred(DeferredBody)

        static func == (a: Content, b: Content) -> Bool { a.body == b.body }

        var body: Body {
            switch self {
            case .read(let body): body
            case .deferred(let deferred): deferred.body
            }
        }
    }

    /// A part of the body, changed in place: the body is taken out (an empty one left in its place) so that no
    /// array is copied, and put back read.
    private subscript<Part>(body part: WritableKeyPath<Body, Part>) -> Part {
        get { content.body[keyPath: part] }
        _modify {
            var body = content.body
            content = .read(Body())
            defer { content = .read(body) }
            yield &body[keyPath: part]
        }
    }

    public init(author: String?, blocks: [Block] = [], parent: Int? = nil,
                parentInferred: Bool = false, status: Status = .normal,
                date: Date? = nil, score: Int? = nil) {
        self.author = author
        self.content = .read(Body(blocks: blocks))
        self.parent = parent
        self.parentInferred = parentInferred
        self.status = status
        self.date = date
        self.score = score
    }

    /// A comment whose text a markup reader made: its blocks and their links.
    public init(author: String?, body: Body, parent: Int? = nil, status: Status = .normal, date: Date? = nil, score: Int? = nil) {
        self.init(author: author, parent: parent, status: status, date: date, score: score)
        content = .read(body)
    }

    /// A comment whose text is read from the file when first asked for; with no `deferred` text, one with none.
    public init(author: String?, deferred: DeferredBody?, parent: Int? = nil, status: Status = .normal, date: Date? = nil,
                score: Int? = nil) {
        self.init(author: author, parent: parent, status: status, date: date, score: score)
        if let deferred { content = .deferred(deferred) }
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
