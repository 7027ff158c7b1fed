import Foundation

/// old.reddit.com (and www.reddit.com's old look) saved as HTML: `div.thing.comment` nested under the
/// `div.child` of the comment they answer, the author in `data-author`, the text in the entry's `div.md`.
enum OldReddit {
    static let reader = SiteReader(name: "old-reddit") { dom, _ in
        let things = dom.all { dom.hasClass("thing", $0) && dom.hasClass("comment", $0) }
        guard !things.isEmpty else { return nil }
        var position: [Int: Int] = [:]
        var comments: [Comment] = []
        for thing in things {
            let rawAuthor = dom.attribute("data-author", of: thing)
            let entry = dom.first(.class("entry"), under: thing) ?? thing
            let deleted = dom.hasClass("deleted", thing)
            let body = dom.first(.class("md"), under: entry).map { dom.body(of: $0) } ?? Body()
            var comment = Comment(author: rawAuthor.flatMap { $0 == "[deleted]" || $0.isEmpty ? nil : $0 }, body: deleted ? Body() : body,
                                  parent: dom.ancestor(of: thing) { position[$0] != nil }.flatMap { position[$0] },
                                  status: deleted ? .deleted : .normal)
            comment.isAuthorDeleted = rawAuthor == "[deleted]"
            comment.date = dom.first(.tag("time"), under: entry).flatMap { dom.attribute("datetime", of: $0) }.flatMap(Timestamps.iso8601)
            comment.score = dom.first(.tagClass("span", "unvoted"), under: entry).flatMap { Int(dom.text(of: $0).prefix { $0 == "-" || $0.isNumber }) }
            position[thing] = comments.count
            comments.append(comment)
        }
        // "load more comments (N replies)" stands for what the save does not hold: one line under its parent.
        var unsavedTopLevel: Int?
        for stub in dom.all(where: { dom.hasClass("thing", $0) && dom.hasClass("morechildren", $0) }) {
            let count = Int(dom.text(of: stub).split(separator: "(").last?.prefix { $0.isNumber } ?? "") ?? 0
            if let parent = dom.ancestor(of: stub, where: { position[$0] != nil }).flatMap({ position[$0] }) {
                comments[parent].unsavedReplies = (comments[parent].unsavedReplies ?? 0) + count
            } else {
                unsavedTopLevel = (unsavedTopLevel ?? 0) + count
            }
        }
        let link = dom.first { dom.hasClass("thing", $0) && dom.hasClass("link", $0) }
        var thread = Thread(format: SavedPage.name, title: link.flatMap { dom.first(.tagClass("a", "title"), under: $0) }.map { dom.text(of: $0) },
                            article: Article(byline: link.flatMap { dom.attribute("data-author", of: $0) },
                                             body: link.flatMap { dom.first(.class("md"), under: $0) }.map { dom.body(of: $0) } ?? Body()),
                            comments: comments)
        thread.submitter = thread.article.byline
        thread.unsavedTopLevel = unsavedTopLevel
        return thread
    }
}
