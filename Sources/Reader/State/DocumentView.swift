import ThreadKit

/// One open file and how the reader is looking at it; switching files keeps each one's view.
public struct DocumentView: Sendable {
    public let name: String
    /// Changes only to take in its explanation (`attach`); what is derived from it stays valid.
    public private(set) var thread: ThreadKit.Thread
    /// Only the start of the file, shown while the whole of it is parsed.
    public let isPreview: Bool
    /// Named authors, most prolific first; counted once because the commenter list asks per keystroke.
    public let authors: [AuthorCount]
    /// The most prolific authors, most first, who never share a colour or a badge (`AuthorLook`).
    let prolificAuthors: [String]
    let authorIDs: AuthorIDs
    /// The comments with replies: what fold all folds, found once.
    let withReplies: CommentSet
    /// The selected comment's index; nil only when no comment is shown.
    /// The pane keys act on; each file keeps its own, starting on the article when there is one.
    public internal(set) var focus: Pane
    public internal(set) var cursor: Int32?
    public internal(set) var scroll: ScrollPosition?
    /// First article row on screen.
    public internal(set) var articleTop = 0
    public internal(set) var folded: CommentSet { didSet { foldGeneration += 1 } }
    public internal(set) var order: CommentOrder = .tree
    /// Comments whose quoted blocks are folded to one line each (`T`, as mutt's).
    public internal(set) var quotesFolded: Set<Int32> = []
    /// Comments whose signature is shown; signatures are folded to one line until asked for (`z`).
    public internal(set) var signaturesShown: Set<Int32> = []
    /// For a library's thread not read yet: what the store said of it ("35 comments · not read"); the list shows
    /// counts from the thread itself once it is read.
    public internal(set) var summary: String?
    /// Comments read, in this opening or before (`Recollection`), and those new since the last opening.
    public internal(set) var read: Set<Int32> = []
    public internal(set) var new: Set<Int32> = []
    /// The driver sent the reader to a comment here (a bookmark, a search hit): the place, folds and filter
    /// remembered from the last reading, which could take it away from that comment or hide it, are not taken.
    var wasSentToComment = false
    /// The filter and theme remembered for this thread, waiting for it to be shown: they apply to every file,
    /// so a thread's own come back when it comes on screen.
    var lookToRestore: RememberedView?

    /// New comments not read yet: the status line's and the file list's `N new`.
    var newUnreadCount: Int { new.reduce(0) { read.contains($1) ? $0 : $0 + 1 } }
    /// Derived from the fields above and the author filter; rebuilt by `ReaderState.refresh`.
    public internal(set) var visible: VisibleComments
    /// Whether the driver was asked for the evidence behind this thread, which it is read without.
    public internal(set) var explanationRequest = ExplanationRequest.notAsked

    /// As many as a palette or badge set has: twelve.
    static let rankedAuthors = 12

    /// Bumped whenever `folded` changes, so the visible list, and the driver keeping the view, know.
    private(set) var foldGeneration = 0
    private var visibleKey: VisibleKey

    private struct VisibleKey: Equatable {
        var foldGeneration: Int
        var filterGeneration: Int
        var order: CommentOrder
    }

    public init(name: String, thread: ThreadKit.Thread, isPreview: Bool = false) {
        self.name = name
        self.thread = thread
        self.isPreview = isPreview
        authors = thread.authors
        prolificAuthors = authors.prefix(Self.rankedAuthors).map(\.name)
        authorIDs = AuthorIDs(thread: thread, authors: authors)
        let tree = thread.tree
        withReplies = CommentSet(capacity: tree.count) { tree.subtreeEnd[Int($0)] - tree.position[Int($0)] > 1 }
        focus = thread.hasArticle || thread.comments.isEmpty ? .article : .discussion
        folded = CommentSet(capacity: thread.comments.count)
        visible = VisibleComments(thread: thread, authors: authorIDs, folded: folded, filter: AuthorFilter(), order: .tree)
        visibleKey = VisibleKey(foldGeneration: 0, filterGeneration: 0, order: .tree)
        cursor = visible.comments.first
        scroll = cursor.map { ScrollPosition(comment: $0, row: 0) }
    }

    /// The whole thread in place of the preview, seen as the preview was: the same pane, selected
    /// comment, scroll and folds. A page's or Reddit thread's preview holds the first comments of the whole;
    /// a mailbox's is its first messages threaded on their own, which the whole may order otherwise, so its
    /// comments are found again by their Message-IDs.
    func completed(with whole: ThreadKit.Thread, filter: AuthorFilter) -> DocumentView {
        var view = DocumentView(name: name, thread: whole)
        let place = Self.places(of: thread, in: whole)
        view.focus = focus
        view.articleTop = articleTop
        view.order = order
        // The explanation came from reading the whole file again, so it is the whole thread's too.
        view.thread.explanation = whole.explanation ?? thread.explanation
        view.explanationRequest = explanationRequest
        for comment in folded.members {
            if let moved = place(comment), view.hasReplies(moved) { view.folded.insert(moved) }
        }
        view.read = Set(read.compactMap(place))
        view.new = Set(new.compactMap(place))
        if let moved = cursor.flatMap(place) { view.cursor = moved }
        if let scroll, let moved = place(scroll.comment) { view.scroll = ScrollPosition(comment: moved, row: scroll.row) }
        _ = view.refreshVisible(filter: filter)
        return view
    }

    /// Where each comment of `preview` is in `whole`: the same index, unless their source ids say otherwise.
    private static func places(of preview: ThreadKit.Thread, in whole: ThreadKit.Thread) -> (Int32) -> Int32? {
        let count = Int32(whole.comments.count)
        let aligned = zip(preview.comments, whole.comments).allSatisfy { $0.sourceID == $1.sourceID }
        guard !aligned else { return { $0 < count ? $0 : nil } }
        var index: [String: Int32] = [:]
        for (position, comment) in whole.comments.enumerated() { if let id = comment.sourceID { index[id] = Int32(position) } }
        return { comment in
            guard preview.comments.indices.contains(Int(comment)), let id = preview.comments[Int(comment)].sourceID else { return nil }
            return index[id]
        }
    }

    /// Rebuilds the visible list if folds, filters or order changed; reports whether it did.
    mutating func refreshVisible(filter: AuthorFilter) -> Bool {
        let key = VisibleKey(foldGeneration: foldGeneration, filterGeneration: filter.generation, order: order)
        guard key != visibleKey else { return false }
        visible = VisibleComments(thread: thread, authors: authorIDs, folded: folded, filter: filter, order: order)
        visibleKey = key
        if let cursor, visible.ordinal(of: cursor) == nil {
            self.cursor = visible.nearestOrdinal(to: cursor).map { visible.comments[$0] }
        } else if cursor == nil {
            cursor = visible.comments.first
        }
        if let top = scroll?.comment, visible.ordinal(of: top) == nil {
            scroll = visible.nearestOrdinal(to: top).map { ScrollPosition(comment: visible.comments[$0], row: 0) }
        } else if scroll == nil {
            scroll = cursor.map { ScrollPosition(comment: $0, row: 0) }
        }
        return true
    }

    /// The evidence behind this thread's parse, read again from its file; the comments stay as they are.
    mutating func attach(_ explanation: Explanation) {
        thread.explanation = explanation
    }

    func parent(of comment: Int32) -> Int32? { thread.treeParent(of: comment) }

    func hasReplies(_ comment: Int32) -> Bool {
        thread.tree.descendantCount(of: Int(comment)) > 0
    }

    var cursorOrdinal: Int? { cursor.flatMap(visible.ordinal(of:)) }
}

extension ThreadKit.Thread {
    /// Whether there is anything to read above the comments (a mail thread has none).
    var hasArticle: Bool { title != nil || !article.isEmpty }
}
