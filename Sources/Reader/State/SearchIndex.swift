/// Finds a query in a document's article and in the comments the author filters let through,
/// in display order: the article first, then comments as the discussion shows them.
enum SearchIndex {
    static func matches(of query: String, in text: SearchText, document: DocumentView) -> [SearchMatch] {
        let segments = text.segments(containing: SearchText.needle(query))
        var found: [SearchMatch] = []
        var hits = CommentSet(capacity: document.thread.comments.count)
        for segment in segments {
            if let comment = text.comment(inSegment: segment) {
                if document.visible.isEligible(comment) { hits.insert(comment) }
            } else {
                found.append(segment == 0 ? .heading : .article(block: segment - 1))
            }
        }
        guard found.count < segments.count else { return found }
        // Hits come in file order; a pass over the tree order puts them in display order.
        let order = document.order == .tree ? document.thread.tree.order : Array(0..<Int32(document.thread.comments.count))
        for comment in order where hits.contains(comment) { found.append(.comment(comment)) }
        return found
    }
}
