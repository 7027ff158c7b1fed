/// Finds a query in a document's article blocks and in the comments the author filters let through.
enum SearchIndex {
    static func matches(of query: String, in document: DocumentView) -> [SearchMatch] {
        let matcher = TextMatcher(query)
        guard !matcher.isEmpty else { return [] }
        let thread = document.thread
        var found = thread.article.blocks.indices
            .filter { matcher.matches(thread.article.blocks[$0].text) }
            .map { SearchMatch.article(block: $0) }
        let comments = document.order == .tree ? thread.tree.order : Array(0..<Int32(thread.comments.count))
        for comment in comments where document.visible.isEligible(comment)
            && thread.comments[Int(comment)].blocks.contains(where: { matcher.matches($0.text) }) {
            found.append(.comment(comment))
        }
        return found
    }
}
