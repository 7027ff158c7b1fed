/// A WordPress post: `li.comment` (or `li.pingback`) nested in the `ol.children`/`ul.children` of the comment
/// it answers, the author in `.comment-author` (`.fn`), the text in `.comment-content`.
enum WordPressPage {
    static let reader = SiteReader(name: "wordpress") { dom, page in
        let items = dom.all { node in
            dom[node].name == "li" && (dom.hasClass("comment", node) || dom.hasClass("pingback", node) || dom.hasClass("trackback", node))
                && dom.first(.class("comment-author"), under: node) != nil
        }
        guard !items.isEmpty else { return nil }
        var position: [Int: Int] = [:]
        var comments: [Comment] = []
        for item in items {
            let own = { (node: Int) in dom.ancestor(of: node) { dom[$0].name == "li" && position[$0] != nil || $0 == item } == item }
            let authorBox = dom.first(under: item) { dom.hasClass("comment-author", $0) && own($0) }
            let name = authorBox.flatMap { box in dom.first(.class("fn"), under: box) ?? dom.first(.tag("strong"), under: box) ?? dom.first(.tag("cite"), under: box) }
                ?? authorBox
            let content = dom.first(under: item) { dom.hasClass("comment-content", $0) && own($0) }
                ?? dom.first(under: item) { dom.hasClass("comment-body", $0) && own($0) }
            var comment = Comment(author: name.map { dom.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 },
                                  body: content.map { dom.body(of: $0, leaving: { dom.hasClass("reply", $0) || dom.hasClass("comment-meta", $0) }) } ?? Body(),
                                  parent: dom.ancestor(of: item) { position[$0] != nil }.flatMap { position[$0] })
            comment.date = dom.first(.tag("time"), under: item).flatMap { dom.attribute("datetime", of: $0) }.flatMap(Timestamps.iso8601)
            position[item] = comments.count
            comments.append(comment)
        }
        let article = dom.first { dom.hasClass("entry-content", $0) || dom.hasClass("post-content", $0) }.map { dom.body(of: $0) } ?? Body()
        let byline = dom.first { dom.hasClass("author", $0) && dom.hasClass("vcard", $0) }.map { dom.text(of: $0) }
        var thread = Thread(format: SavedPage.name, title: page.title, article: Article(byline: byline, body: article), comments: comments)
        thread.submitter = byline
        return thread
    }
}
