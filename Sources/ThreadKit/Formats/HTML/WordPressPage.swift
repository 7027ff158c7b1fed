/// A WordPress post: `li.comment` (or `li.pingback`) nested in the `ol.children`/`ul.children` of the comment
/// it answers, the author in `.comment-author` (`.fn`), the text in `.comment-content`; or as Disqus's plugin writes them
/// into the page (`.dsq-comment-header`, `.dsq-comment-message`).
enum WordPressPage {
    /// What a comment's item holds besides its text: its header, metadata, reply link and the replies under it.
    private static let notText = ["reply", "comment-meta", "commentmetadata", "comment-author", "children", "author"]

    static let reader = SiteReader(name: "wordpress") { dom, page in
        let items = dom.all { node in
            dom[node].name == "li" && (dom.hasClass("comment", node) || dom.hasClass("pingback", node) || dom.hasClass("trackback", node))
                && (dom.first(.class("comment-author"), under: node) != nil || dom.first(.class("dsq-comment-header"), under: node) != nil)
        }
        guard !items.isEmpty else { return nil }
        let markup = CommentMarkup(dom, items: items)
        let marked = markup.comments(
            author: { item in
                // (Disqus's WordPress plugin writes its comments into the page so: `.dsq-comment-header`, `.dsq-comment-message`.)
                let box = markup.own(item, .class("comment-author")) ?? markup.own(item, .class("dsq-comment-header"))
                let name = box.flatMap { box in dom.first(.class("fn"), under: box) ?? dom.first(.tag("strong"), under: box) ?? dom.first(.tag("cite"), under: box) }
                // A theme whose box holds the avatar only, the name in a `span.author` beside the text (BuzzBlog).
                let text = (name ?? box).map { dom.text(of: $0) }
                return text?.isEmpty == false ? text : markup.own(item, .class("author")).map { dom.text(of: $0) }
            },
            // A theme with neither (WordPress.com's "highlander": `div.contenttext`): the item itself, less its header and replies.
            text: { item in
                markup.own(item, .class("comment-content")) ?? markup.own(item, .class("dsq-comment-message")) ?? markup.own(item, .class("comment-body")) ?? item
            },
            leaving: { node in dom[node].name == "form" || notText.contains { dom.hasClass($0, node) } },
            date: { item in markup.own(item, .tag("time")).flatMap { dom.attribute("datetime", of: $0) }.flatMap(Timestamps.iso8601) })
        // The comment's date written before its text with no element of its own ("März 7, 2018" under the name): no paragraph of it.
        let comments = marked.map { comment in
            var comment = comment
            if comment.blocks.count > 1, let first = comment.blocks.first, first.kind == .paragraph,
               AuthorLine.isCalendarDate(first.text, rules: .standard) {
                comment.blocks.removeFirst()
            }
            return comment
        }
        let article = dom.first { dom.hasClass("entry-content", $0) || dom.hasClass("post-content", $0) }.map { dom.body(of: $0) } ?? Body()
        let byline = dom.first { dom.hasClass("author", $0) && dom.hasClass("vcard", $0) }.map { dom.text(of: $0) }
        var thread = Thread(format: SavedPage.name, title: page.title, article: Article(byline: byline, body: article), comments: comments)
        thread.submitter = byline
        return thread
    }
}
