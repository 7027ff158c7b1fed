import Synchronization
import ThreadKit

/// Finds a query in a document's article and in the comments the author filters let through,
/// in display order: the article first, then comments as the discussion shows them.
///
/// The model's own strings are scanned, with no copy of the text kept for search: a copy would cost a large
/// page as much memory again as its text. On a large thread that takes longer than a keystroke may, so the
/// driver runs it off the key path (`SearchRequest`) and stops it when a newer query makes it stale.
enum SearchIndex {
    /// The matches, or nil when `isStale` said to stop before the end. With `among`, only those comments are
    /// read (in any order); the others are known not to hold the query.
    static func matches(of query: String, document: DocumentView, among: [Int32]? = nil,
                        stoppingWhen isStale: @Sendable () -> Bool = { false }) -> [SearchMatch]? {
        let matcher = TextMatcher(query)
        guard !matcher.isEmpty else { return [] }
        let thread = document.thread
        let article = thread.article
        var found: [SearchMatch] = []
        if [thread.title, article.byline, article.caption].contains(where: { $0.map(matcher.matches) == true }) {
            found.append(.heading)
        }
        for (block, paragraph) in article.blocks.enumerated() where matcher.matches(paragraph.text) {
            found.append(.article(block: block))
        }
        let candidates = among.map { CommentSet(capacity: thread.comments.count, members: $0) } ?? document.visible.eligible
        guard let hits = commentsContaining(query, in: thread.comments, eligible: candidates,
                                            stoppingWhen: isStale) else { return nil }
        // Hits are a set of file positions; a pass over the tree order puts them in display order
        // (the page's order is file order: no array of every index is made for it).
        func addIfHit(_ comment: Int32) { if hits.contains(comment) { found.append(.comment(comment)) } }
        if document.order == .tree {
            thread.tree.order.forEach(addIfHit)
        } else {
            (0..<Int32(thread.comments.count)).forEach(addIfHit)
        }
        return found
    }

    /// Comments looked at between two questions of whether the search is still wanted.
    private static let stride = 4096

    /// Eligible comments (all, when `eligible` is nil) whose author or text holds the query. A large thread is scanned in pieces on
    /// every core: its strings lie all over the heap, and several cores wait on memory side by side.
    private static func commentsContaining(_ query: String, in comments: [Comment], eligible: CommentSet?,
                                           stoppingWhen isStale: @Sendable () -> Bool) -> CommentSet? {
        let pieces = min(16, comments.count / 2048 + 1)
        let stopped = Atomic(false)
        let hitsPerPiece = [[Int32]](count: pieces, concurrentlyInPieces: pieces) { piece in
            comments.withUnsafeBufferPointer { comments in
                var hits: [Int32] = []
                // A matcher of its own: one shared by all would have its reference count bounced between cores.
                let matcher = TextMatcher(query)
                let core = matcher.core
                let range = comments.count * piece / pieces ..< comments.count * (piece + 1) / pieces
                for start in Swift.stride(from: range.lowerBound, to: range.upperBound, by: stride) {
                    if stopped.load(ordering: .relaxed) { return hits }
                    if isStale() {
                        stopped.store(true, ordering: .relaxed)
                        return hits
                    }
                    for index in start..<min(start + stride, range.upperBound) where eligible?.contains(Int32(index)) != false
                        && holds(comments.baseAddress! + index, matcher, core: core) {
                        hits.append(Int32(index))
                    }
                }
                return hits
            }
        }
        guard !stopped.load(ordering: .relaxed) else { return nil }
        return CommentSet(capacity: comments.count, members: hitsPerPiece.joined())
    }

    /// Whether the comment's author or a block of its text holds the query. The comment and its blocks are read
    /// in place: taking them as values would retain and release every string, span and link of each, most of
    /// the scan's time.
    ///
    /// A body still in the file is first looked at there, for the query's longest run of letters (`core`): only a
    /// body that may hold the query is read, so a search keeps most of a large thread's text unread.
    private static func holds(_ comment: UnsafePointer<Comment>, _ matcher: TextMatcher, core: TextMatcher?) -> Bool {
        if let author = comment.pointee.author, matcher.matches(author) { return true }
        if let core, let deferred = comment.pointee.deferredBody, !deferred.mayHold(where: core.matches(bytes:)) { return false }
        return comment.pointee.blocks.withUnsafeBufferPointer { blocks in
            for block in blocks.indices where matcher.matches(blocks[block].text) { return true }
            return false
        }
    }
}
