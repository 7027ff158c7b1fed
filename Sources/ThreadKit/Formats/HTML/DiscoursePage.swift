/// A Discourse topic, in either of the two forms a save gives: the server's page for crawlers
/// (`div.crawler-post`, in a `<noscript>`), whose posts say nothing of whom they answer but whose preloaded
/// JSON (`#data-preloaded`) does (`reply_to_post_number`); or the page as the browser drew it
/// (`article[data-post-id]`), where a post answering one further up shows that author in its reply-to tab.
enum DiscoursePage {
    static let reader = SiteReader(name: "discourse") { dom, page in
        let crawler = dom.all { dom.hasClass("crawler-post", $0) }
        if crawler.count > 1 { return crawlerView(dom, page, crawler) }
        let rendered = dom.all { dom[$0].name == "article" && dom.attribute("data-post-id", of: $0) != nil && dom.first(.class("cooked"), under: $0) != nil }
        return rendered.count > 1 ? renderedView(dom, page, rendered) : nil
    }

    private static func crawlerView(_ dom: DOM, _ page: PageFacts, _ posts: [Int]) -> Thread {
        let replyTo = preloadedReplies(dom)
        var byNumber: [Int: Int] = [:]
        var all: [Comment] = []
        for post in posts {
            let author = dom.first(.class("creator"), under: post).flatMap { dom.first(under: $0) { dom.attribute("itemprop", of: $0) == "name" } ?? $0 }
            let number = dom.first(under: post) { dom.attribute("itemprop", of: $0) == "position" }.flatMap { Int(dom.text(of: $0).filter(\.isNumber)) }
            let body = dom.first(.class("post"), under: post).map { dom.body(of: $0) } ?? Body()
            // The crawler view ends with an empty block of the same class (links back to the topic): no post.
            guard author != nil || !body.blocks.isEmpty else { continue }
            let parent = number.flatMap { replyTo[$0] }.flatMap { byNumber[$0] }
            if let number { byNumber[number] = all.count }
            all.append(Comment(author: author.map { dom.text(of: $0) }, body: body, parent: parent))
        }
        return topic(page, all)
    }

    private static func renderedView(_ dom: DOM, _ page: PageFacts, _ posts: [Int]) -> Thread {
        var all: [Comment] = []
        for post in posts {
            let names = dom.first(.class("names"), under: post)
            let author = names.flatMap { dom.first(.class("username"), under: $0) ?? dom.first(.tag("a"), under: $0) }.map { dom.text(of: $0) }
            let body = dom.first(.class("cooked"), under: post).map { dom.body(of: $0) } ?? Body()
            // The reply-to tab names only the author answered: their latest post above this one.
            let answered = dom.first(.class("reply-to-tab"), under: post).map { dom.text(of: $0).trimmingCharacters(in: .whitespaces) }
            let parent = answered.flatMap { name in all.lastIndex { $0.author == name } }
            all.append(Comment(author: author, body: body, parent: parent))
        }
        return topic(page, all)
    }

    /// The first post opens the topic; replies to it are top level. (Flarum's posts too.)
    static func topic(_ page: PageFacts, _ posts: [Comment]) -> Thread {
        var comments = Array(posts.dropFirst())
        for index in comments.indices {
            comments[index].parent = comments[index].parent.flatMap { $0 >= 1 ? $0 - 1 : nil }
        }
        var thread = Thread(format: SavedPage.name, title: page.title,
                            article: Article(byline: posts.first?.author, body: posts.first?.body ?? Body()), comments: comments)
        thread.submitter = posts.first?.author
        return thread
    }

    /// post number → the post number it answers, from the topic's JSON that Discourse preloads into the page.
    private static func preloadedReplies(_ dom: DOM) -> [Int: Int] {
        guard let holder = dom.first(under: dom.root, where: { dom.attribute("data-preloaded", of: $0) != nil }),
              let preloaded = dom.attribute("data-preloaded", of: holder),
              let outer = try? JSONInput.parse(SourceText(bytes: Array(preloaded.utf8)), format: "discourse") else { return [:] }
        var replies: [Int: Int] = [:]
        for key in outer.keys where key.hasPrefix("topic_") {
            guard let inner = outer.string(key), let topic = try? JSONInput.parse(SourceText(bytes: Array(inner.utf8)), format: "discourse") else { continue }
            for post in topic.object("post_stream")?.objects("posts") ?? [] {
                if let number = post.int("post_number"), let answered = post.int("reply_to_post_number") { replies[number] = answered }
            }
        }
        return replies
    }
}
