/// A Hacker News item page: comments are flat table rows (`tr.athing.comtr`) whose indentation is the tree,
/// `td.ind[indent]` in today's markup, the spacer image's width (40 pixels a level) in older saves.
enum HackerNewsPage {
    static let reader = SiteReader(name: "hacker-news") { dom, _ in
        let rows = dom.all { dom[$0].name == "tr" && dom.hasClass("comtr", $0) }
        guard !rows.isEmpty || dom.first(.class("fatitem")) != nil && dom.first(.class("hnuser")) != nil else { return nil }
        var comments: [Comment] = []
        var open: [(depth: Int, index: Int)] = []
        // Saves of before 2020 have no `commtext`: the text is the comment's `div.comment` ("<span class=c00>…").
        let withoutCommtext = dom.first(.class("commtext")) == nil
        for row in rows {
            let depth = indent(of: row, in: dom)
            while let last = open.last, last.depth >= depth { open.removeLast() }
            let text = dom.first(.class("commtext"), under: row) ?? (withoutCommtext ? dom.first(.tagClass("div", "comment"), under: row) : nil)
            let author = dom.first(.class("hnuser"), under: row).map { dom.text(of: $0) }
            var comment = Comment(author: author, body: text.map { dom.body(of: $0, leaving: { dom.hasClass("reply", $0) }) } ?? Body(),
                                  parent: open.last?.index, status: text == nil ? .deleted : .normal)
            comment.date = dom.first(.class("age"), under: row).flatMap { dom.attribute("title", of: $0) }
                .flatMap { Timestamps.iso8601(String($0.prefix { $0 != " " }) + "Z") }
            open.append((depth, comments.count))
            comments.append(comment)
        }
        let story = dom.first(.class("fatitem"))
        let title = story.flatMap { dom.first(.class("titleline"), under: $0) ?? dom.first(.class("storylink"), under: $0) ?? dom.first(.class("titlelink"), under: $0) }
            .map { node in dom.first(.tag("a"), under: node).map { dom.text(of: $0) } ?? dom.text(of: node) }
        let poster = story.flatMap { dom.first(.class("hnuser"), under: $0) }.map { dom.text(of: $0) }
        let link = story.flatMap { dom.first(.class("titleline"), under: $0) }.flatMap { dom.first(.tag("a"), under: $0) }.flatMap { dom.attribute("href", of: $0) }
        let text = story.flatMap { dom.first(.class("toptext"), under: $0) }.map { dom.body(of: $0) } ?? Body()
        var thread = Thread(format: SavedPage.name, title: title, article: Article(caption: link, byline: poster, body: text), comments: comments)
        thread.submitter = poster
        return thread
    }

    private static func indent(of row: Int, in dom: DOM) -> Int {
        guard let cell = dom.first(.tagClass("td", "ind"), under: row) else { return 0 }
        if let indent = dom.attribute("indent", of: cell).flatMap({ Int($0) }) { return indent }
        return (dom.first(.tag("img"), under: cell).flatMap { dom.attribute("width", of: $0) }.flatMap { Int($0) } ?? 0) / 40
    }
}
