import Dispatch
import ThreadKit

/// Finds a query in a document's article and in the comments the author filters let through,
/// in display order: the article first, then comments as the discussion shows them.
///
/// The model's own strings are scanned on every keystroke, with no copy of the text kept for search:
/// a copy would cost a large page as much memory again as its text.
enum SearchIndex {
    static func matches(of query: String, document: DocumentView) -> [SearchMatch] {
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
        let hits = commentsContaining(query, in: thread.comments, eligible: document.visible.eligible)
        // Hits are a set of file positions; a pass over the tree order puts them in display order
        // (the page's order is file order: no array of every index is made for it on each keystroke).
        func addIfHit(_ comment: Int32) { if hits.contains(comment) { found.append(.comment(comment)) } }
        if document.order == .tree {
            thread.tree.order.forEach(addIfHit)
        } else {
            (0..<Int32(thread.comments.count)).forEach(addIfHit)
        }
        return found
    }

    /// Eligible comments (all, when `eligible` is nil) whose author or text holds the query. A large thread is scanned in pieces on
    /// every core: its strings lie all over the heap, and several cores wait on memory side by side.
    private static func commentsContaining(_ query: String, in comments: [Comment],
                                           eligible: CommentSet?) -> CommentSet {
        let pieces = min(16, comments.count / 2048 + 1)
        var hitsPerPiece = [[Int32]](repeating: [], count: pieces)
        hitsPerPiece.withUnsafeMutableBufferPointer { hitsPerPiece in
            comments.withUnsafeBufferPointer { comments in
                DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                    var hits: [Int32] = []
                    // A matcher of its own: one shared by all would have its reference count bounced between cores.
                    let matcher = TextMatcher(query)
                    for index in comments.count * piece / pieces ..< comments.count * (piece + 1) / pieces {
                        guard eligible?.contains(Int32(index)) != false else { continue }
                        if comments[index].author.map(matcher.matches) == true
                            || comments[index].blocks.contains(where: { matcher.matches($0.text) }) {
                            hits.append(Int32(index))
                        }
                    }
                    hitsPerPiece[piece] = hits
                }
            }
        }
        var found = CommentSet(capacity: comments.count)
        for hits in hitsPerPiece { hits.forEach { found.insert($0) } }
        return found
    }
}
