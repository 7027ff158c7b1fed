import Foundation

/// old.reddit.com (and www.reddit.com's old look) saved as HTML: `div.thing.comment` nested under the
/// `div.child` of the comment they answer, the author in `data-author`, the text in the entry's `div.md`.
enum OldReddit {
    static let reader = SiteReader(name: "old-reddit") { dom, _ in
        let things = dom.all { dom.hasClass("thing", $0) && dom.hasClass("comment", $0) }
        guard !things.isEmpty else { return nil }
        let markup = CommentMarkup(dom, items: things)
        let entry = { (thing: Int) in markup.own(thing, .class("entry")) ?? thing }
        var comments = markup.comments(
            author: { dom.attribute("data-author", of: $0).flatMap { $0 == "[deleted]" ? nil : $0 } },
            text: { dom.first(.class("md"), under: entry($0)) },
            date: { dom.first(.tag("time"), under: entry($0)).flatMap { dom.attribute("datetime", of: $0) }.flatMap(Timestamps.iso8601) })
        for (index, thing) in things.enumerated() {
            // A deleted or removed comment may still name its author: only its text goes.
            if dom.hasClass("deleted", thing) {
                comments[index].body = Body()
                comments[index].status = .deleted
            }
            comments[index].isAuthorDeleted = dom.attribute("data-author", of: thing) == "[deleted]"
            comments[index].score = dom.first(.tagClass("span", "unvoted"), under: entry(thing)).flatMap { Int(dom.text(of: $0).prefix { $0 == "-" || $0.isNumber }) }
        }
        // "load more comments (N replies)" stands for what the save does not hold: one line under its parent.
        var unsavedTopLevel: Int?
        for stub in dom.all(where: { dom.hasClass("thing", $0) && dom.hasClass("morechildren", $0) }) {
            let count = Int(dom.text(of: stub).split(separator: "(").last?.prefix { $0.isNumber } ?? "") ?? 0
            if let parent = markup.owner(of: stub).flatMap(markup.position) {
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
