/// New Reddit as it was from 2018 to 2023 (the React redesign, before `shreddit-comment`): the comments are flat `div.Comment`s
/// whose hidden label ("level 2") is their depth, the author in `comment_author_link`, the text in the `comment` test id.
enum RedesignedRedditPage {
    static let reader = SiteReader(name: "new-reddit") { dom, page in
        func testID(_ id: String) -> (Int) -> Bool { { dom.attribute("data-testid", of: $0) == id } }
        let items = dom.all { dom[$0].name == "div" && dom.hasClass("Comment", $0) }
        guard !items.isEmpty, dom.first(where: testID("comment_author_link")) != nil else { return nil }
        var comments: [Comment] = []
        var open: [(depth: Int, index: Int)] = []
        for item in items {
            let level = dom.first(under: item) { dom[$0].name == "span" && dom.text(of: $0).hasPrefix("level ") }
                .flatMap { Int(dom.text(of: $0).dropFirst("level ".count)) } ?? 1
            while let last = open.last, last.depth >= level { open.removeLast() }
            let text = dom.first(under: item, where: testID("comment"))
            let comment = Comment(author: dom.first(under: item, where: testID("comment_author_link")).map { dom.text(of: $0) },
                                  body: text.map { dom.body(of: $0) } ?? Body(), parent: open.last?.index,
                                  status: text == nil ? .deleted : .normal)
            open.append((level, comments.count))
            comments.append(comment)
        }
        let poster = dom.first(where: testID("post_author_link")).map { dom.text(of: $0) }.map { $0.hasPrefix("u/") ? String($0.dropFirst(2)) : $0 }
        let title = dom.first(.tag("h1")).map { dom.text(of: $0) } ?? page.title
        let post = dom.first { dom.attribute("data-click-id", of: $0) == "text" }.map { dom.body(of: $0) } ?? Body()
        var thread = Thread(format: SavedPage.name, title: title, article: Article(byline: poster, body: post), comments: comments)
        thread.submitter = poster
        return thread
    }
}
