import Foundation

/// Readers of sites whose comments nest in the markup, each a few selectors over `CommentMarkup`.
enum NestedSites {
    /// New Reddit: `shreddit-comment` elements nested in their parents, author and time as attributes.
    static let newReddit = SiteReader(name: "new-reddit") { dom, page in
        let markup = CommentMarkup(dom, items: dom.all(.tag("shreddit-comment")))
        guard !markup.items.isEmpty else { return nil }
        var comments = markup.comments(
            author: { dom.attribute("author", of: $0).flatMap { $0 == "[deleted]" ? nil : $0 } },
            text: { item in markup.own(item) { dom.attribute("slot", of: $0) == "comment" } },
            date: { dom.attribute("created", of: $0).flatMap(Timestamps.iso8601) })
        // "N more replies" and "View more comments" load what the save does not hold: one line under their parent.
        var unsavedTopLevel: Int?
        for stub in dom.all(where: { dom[$0].name == "faceplate-partial" && (dom.attribute("src", of: $0) ?? "").contains("more-comments") }) {
            let count = Int(dom.text(of: stub).prefix { $0.isNumber }) ?? 0
            if let owner = markup.owner(of: stub), let index = markup.position(of: owner) {
                comments[index].unsavedReplies = (comments[index].unsavedReplies ?? 0) + count
            } else {
                unsavedTopLevel = (unsavedTopLevel ?? 0) + count
            }
        }
        let post = dom.first(.tag("shreddit-post"))
        var thread = Thread(format: SavedPage.name, title: post.flatMap { dom.attribute("post-title", of: $0) } ?? page.title,
                            article: Article(byline: post.flatMap { dom.attribute("author", of: $0) },
                                             body: post.flatMap { dom.first(under: $0) { dom.attribute("slot", of: $0) == "text-body" } }
                                                .map { dom.body(of: $0) } ?? Body()),
                            comments: comments)
        thread.submitter = thread.article.byline
        thread.unsavedTopLevel = unsavedTopLevel
        return thread
    }

    /// Lobsters: `div.comment` in `li.comments_subtree`, nested `ol.comments` for replies.
    static let lobsters = SiteReader(name: "lobsters") { dom, page in
        let markup = CommentMarkup(dom, items: dom.all { dom[$0].name == "div" && dom.hasClass("comment", $0)
            && !(dom.attribute("data-shortid", of: $0) ?? "").isEmpty })
        guard !markup.items.isEmpty, dom.first(.class("comment_text")) != nil else { return nil }
        // A Lobsters comment's replies follow it in its `li`, not inside its `div`: its parent is the comment of the
        // nearest enclosing `li.comments_subtree` above its own.
        func parent(_ item: Int) -> Int? {
            guard let own = dom.ancestor(of: item, where: { dom.hasClass("comments_subtree", $0) }),
                  let outer = dom.ancestor(of: own, where: { dom.hasClass("comments_subtree", $0) }) else { return nil }
            return dom[outer].children.first(where: markup.isItem)
        }
        let comments = markup.comments(
            author: { item in dom.first(.class("byline"), under: item).flatMap { byline in
                dom.first(under: byline) { dom[$0].name == "a" && (dom.attribute("href", of: $0) ?? "").hasPrefix("/~") && !dom.text(of: $0).isEmpty }
            }.map { dom.text(of: $0) } },
            text: { dom.first(.class("comment_text"), under: $0) },
            date: { item in dom.first(.tag("time"), under: item).flatMap { dom.attribute("datetime", of: $0) }.flatMap(Timestamps.iso8601) },
            parent: parent)
        let story = dom.first(.class("story"))
        let poster = story.flatMap { dom.first(.class("byline"), under: $0) }.flatMap { byline in
            dom.first(under: byline) { dom[$0].name == "a" && (dom.attribute("href", of: $0) ?? "").hasPrefix("/~") && !dom.text(of: $0).isEmpty }
        }.map { dom.text(of: $0) }
        var thread = Thread(format: SavedPage.name, title: story.flatMap { dom.first(.class("u-url"), under: $0) }.map { dom.text(of: $0) } ?? page.title,
                            article: Article(byline: poster, body: dom.first(.class("story_content")).map { dom.body(of: $0) } ?? Body()),
                            comments: comments)
        thread.submitter = poster
        return thread
    }

    /// Disqus as rendered in a page: `li.post` nested in the `ul.children` of the post it answers.
    static let disqus = SiteReader(name: "disqus") { dom, page in
        let markup = CommentMarkup(dom, items: dom.all { dom[$0].name == "li" && dom.hasClass("post", $0) })
        guard !markup.items.isEmpty, dom.first(.class("post-byline")) != nil || dom.first(.class("post-message")) != nil else { return nil }
        // Past Disqus's nesting limit a reply is shown as a sibling, and its "in reply to" link names the real parent.
        var byAnchor: [String: Int] = [:]
        for item in markup.items {
            if let id = dom.attribute("id", of: item), id.hasPrefix("post-") { byAnchor["comment-" + id.dropFirst(5)] = item }
        }
        func parent(_ item: Int) -> Int? {
            if let link = markup.own(item, .class("parent-link")), let href = dom.attribute("href", of: link), href.hasPrefix("#"),
               let target = byAnchor[String(href.dropFirst())] { return target }
            return markup.enclosingItem(of: item)
        }
        let comments = markup.comments(
            author: { item in markup.own(item, .class("author")).map { dom.text(of: $0) } },
            text: { item in markup.own(item, .class("post-message")) },
            deleted: { item in markup.own(item, .class("post-message")) == nil },
            parent: parent)
        return Thread(format: SavedPage.name, title: page.title, article: ArticleExtractor.article(in: dom, outside: Set(markup.items)),
                      comments: comments)
    }

    /// Blogger, threaded: `li.comment` with `cite.user`, replies in the thread below a top-level comment; the
    /// old layout: `dl#comments-block` with `dt.comment-author` before each `dd.comment-body`.
    static let blogger = SiteReader(name: "blogger") { dom, page in
        let threaded = dom.all { dom[$0].name == "li" && dom.hasClass("comment", $0) && dom.first(.class("comment-content"), under: $0) != nil }
        if !threaded.isEmpty, dom.first(.class("comment-thread")) != nil {
            let markup = CommentMarkup(dom, items: threaded)
            let comments = markup.comments(
                author: { item in markup.own(item, .tagClass("cite", "user")).map { dom.text(of: $0) } },
                text: { item in markup.own(item, .class("comment-content")) })
            return Thread(format: SavedPage.name, title: page.title, article: bloggerArticle(dom), comments: comments)
        }
        guard let block = dom.first(under: dom.root, where: { dom.attribute("id", of: $0) == "comments-block" }) else { return nil }
        var comments: [Comment] = []
        var author: String?
        for child in dom[block].children where !dom[child].name.isEmpty {
            if dom.hasClass("comment-author", child) {
                // "NAME said...", the name a link's text; the comment's anchor (`<a name=…>`) and the avatar's link before it hold none.
                let text = dom.text(of: child)
                author = dom.first(under: child, where: { dom.matches(.tag("a"), $0) && !dom.text(of: $0).isEmpty }).map { dom.text(of: $0) }
                    ?? bloggerName(saying: text)
            } else if dom.hasClass("comment-body", child) {
                comments.append(Comment(author: author, body: dom.body(of: child, leaving: { dom.hasClass("comment-timestamp", $0) })))
                author = nil
            }
        }
        return Thread(format: SavedPage.name, title: page.title, article: bloggerArticle(dom), comments: comments)
    }

    /// A name with no link, before Blogger's verb in the page's language: "Pr Charles Xavier a dit…", "Anonymous said...",
    /// "Anonym hat gesagt…": the last word, with the ellipsis, and a small word in lower case before it.
    static func bloggerName(saying text: String) -> String {
        var words = text.split(separator: " ")
        guard words.count > 1, let verb = words.last, verb.hasSuffix("…") || verb.hasSuffix("...") else { return text }
        words.removeLast()
        if words.count > 1, let helper = words.last, helper.count <= 3, helper.allSatisfy(\.isLowercase) { words.removeLast() }
        return words.joined(separator: " ")
    }

    private static func bloggerArticle(_ dom: DOM) -> Article {
        Article(body: dom.first(.class("post-body")).map { dom.body(of: $0) } ?? Body())
    }

    /// Substack: `div.comment` with `.commenter-name`, replies in `div.comment-list-items` inside it.
    static let substack = SiteReader(name: "substack") { dom, page in
        let markup = CommentMarkup(dom, items: dom.all { dom[$0].name == "div" && dom.hasClass("comment", $0) && dom.first(.class("comment-body"), under: $0) != nil
            || dom[$0].name == "div" && dom.hasClass("comment", $0) && dom.first(.class("comment-meta"), under: $0) != nil })
        guard !markup.items.isEmpty, dom.first(.class("commenter-name")) != nil else { return nil }
        let comments = markup.comments(
            author: { item in markup.own(item, .class("commenter-name")).map { dom.text(of: $0) } },
            text: { item in markup.own(item, .class("comment-body")) },
            deleted: { item in markup.own(item, .class("comment-body")) == nil })
        // The post's author answers with an "Author" badge beside the name.
        let badged = markup.items.firstIndex { item in markup.own(item) { dom.hasClass("highlight", $0) && dom.text(of: $0) == "Author" } != nil }
        let byline = dom.first(.class("byline-names")).map { dom.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? badged.flatMap { comments[$0].author }
        var thread = Thread(format: SavedPage.name, title: page.title,
                            article: Article(byline: byline, body: dom.first(.class("body")).map { dom.body(of: $0) } ?? Body()),
                            comments: comments)
        thread.submitter = byline
        return thread
    }
}

/// Readers of forums and issue trackers, whose posts follow one another.
enum FlatSites {
    /// phpBB: `div.post` with the author in `p.author` (`a.username`), the text in `div.content`; the first post
    /// opens the topic.
    static let phpBB = SiteReader(name: "phpbb") { dom, page in
        let posts = dom.all { dom[$0].name == "div" && dom.hasClass("post", $0) && dom.first(.class("postbody"), under: $0) != nil
            && dom.first(.class("content"), under: $0) != nil }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        let author = { (item: Int) in
            (markup.own(item) { dom.hasClass("username", $0) || dom.hasClass("username-coloured", $0) }
                ?? markup.own(item, .class("author")).flatMap { dom.first(.tag("strong"), under: $0) }).map { dom.text(of: $0) }
        }
        return forum(dom, page, markup, author: author, text: { markup.own($0, .class("content")) })
    }

    /// Flarum saved without its scripts: the posts only in `noscript#flarum-content`, each an `article` with `.PostUser-name` and
    /// `.Post-body`, numbered from 1 in their order (the page's articles carry no number); a reply mentions the post it answers
    /// first (`a.PostMention`, "…/d/2068-slug/5"): the opening post's mention makes no parent, it is the article.
    static let flarum = SiteReader(name: "flarum") { dom, page in
        let posts = dom.all { dom[$0].name == "article" && dom.first(.class("PostUser-name"), under: $0) != nil
            && dom.first(.class("Post-body"), under: $0) != nil }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        var all = markup.comments(author: { markup.own($0, .class("PostUser-name")).map { dom.text(of: $0) } },
                                  text: { markup.own($0, .class("Post-body")) })
        for (position, post) in posts.enumerated() {
            let mention = markup.own(post) { dom.matches(.tag("a"), $0) && dom.hasClass("PostMention", $0) }
            let number = mention.flatMap { dom.attribute("href", of: $0) }.flatMap { $0.split(separator: "/").last }.flatMap { Int($0) }
            all[position].parent = number.flatMap { $0 >= 1 && $0 - 1 < position ? $0 - 1 : nil }
        }
        return DiscoursePage.topic(page, all)
    }

    /// MyBB: `div.post` with `id="post_N"`, the author in `.largetext` (beside the poster's details), the text in `div.post_body`;
    /// a quotation links the post it comes from ("post-1390638.html#pid1390638").
    static let myBB = SiteReader(name: "mybb") { dom, page in
        let posts = dom.all { dom[$0].name == "div" && dom.hasClass("post", $0) && dom.attribute("id", of: $0)?.hasPrefix("post_") == true
            && dom.first(.class("post_body"), under: $0) != nil }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        return forum(dom, page, markup, author: { item in markup.own(item, .class("largetext")).map { dom.text(of: $0) } },
                     text: { markup.own($0, .class("post_body")) })
    }

    /// XenForo: `article.message` with `data-author`, the text in `.bbWrapper`; a quote names its post. XenForo 1: `li.message`,
    /// the text in `.messageText`, each post numbered ("#1326" on a later page, whose first post is no article).
    static let xenForo = SiteReader(name: "xenforo") { dom, page in
        let posts = dom.all { dom.hasClass("message", $0) && ["article", "li"].contains(dom[$0].name) && dom.attribute("data-author", of: $0) != nil }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        let number = markup.own(posts[0], .class("postNumber")).map { dom.text(of: $0) }
        return forum(dom, page, markup, author: { dom.attribute("data-author", of: $0) },
                     text: { markup.own($0, .class("bbWrapper")) ?? markup.own($0, .class("messageText")) }, firstIsArticle: number.map { $0 == "#1" } ?? true)
    }

    /// Invision Community: `article.ipsComment` (`id="elComment_N"`), the author the link (or the text) in `.cAuthorPane_author`
    /// (beside the poster's reputation), the text in `data-role="commentContent"`; a quote names its post (`data-ipsquote-contentcommentid`).
    static let invision = SiteReader(name: "invision") { dom, page in
        let isText = { (node: Int) in dom.attribute("data-role", of: node) == "commentContent" }
        let posts = dom.all { dom[$0].name == "article" && dom.hasClass("ipsComment", $0) && dom.first(under: $0, where: isText) != nil }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        return forum(dom, page, markup, author: { item in
            // (The name a link, or the pane's text where the site links no one, less its buttons ("OP") and the reputation beside it.)
            markup.own(item, .class("cAuthorPane_author")).map { pane in
                dom.first(.tag("a"), under: pane).map { dom.text(of: $0) }
                    ?? dom.body(of: pane, leaving: { dom[$0].name == "button" || dom.hasClass("ipsResponsive_showPhone", $0) })
                        .blocks.map(\.text).joined(separator: " ")
            }
        }, text: { markup.own($0, where: isText) })
    }

    /// NodeBB: `li[component=post]` with `data-pid`, the name the link with `data-username` (the display name), the text in
    /// `component=post/content`; a reply's box over it names its parent (`component=post/parent`, `data-parent-pid`; in NodeBB 3
    /// a link in its header, `data-topid`).
    static let nodeBB = SiteReader(name: "nodebb") { dom, page in
        let component = { (node: Int, name: String) in dom.attribute("component", of: node) == name }
        let posts = dom.all { dom[$0].name == "li" && component($0, "post") && dom.attribute("data-pid", of: $0) != nil }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        return forum(dom, page, markup, author: { item in
            markup.own(item) { dom.matches(.tag("a"), $0) && dom.attribute("data-username", of: $0) != nil && !dom.text(of: $0).isEmpty }
                .map { dom.text(of: $0) }
        }, text: { item in markup.own(item) { component($0, "post/content") } })
    }

    /// vBulletin 3 and 4: each post's text in `div#post_message_N`, the post the element `#postN` or `#post_N` around it (a
    /// table, a `li.postcontainer`), the author in `.bigusername` or `.username`; a quotation links the post it comes from
    /// ("showthread.php?p=N#postN").
    static let vBulletin = SiteReader(name: "vbulletin") { dom, page in
        let isText = { (node: Int) in dom[node].name == "div" && dom.attribute("id", of: node)?.hasPrefix("post_message_") == true }
        let isPost = { (node: Int) in
            guard let id = dom.attribute("id", of: node), id.hasPrefix("post") else { return false }
            let number = id.dropFirst(4).drop { $0 == "_" }
            return !number.isEmpty && number.allSatisfy(\.isASCIIDigit)
        }
        var posts: [Int] = []
        for text in dom.all(where: isText) {
            var up = dom[text].parent
            while let node = up, !isPost(node) { up = dom[node].parent }
            if let post = up, posts.last != post { posts.append(post) }
        }
        guard posts.count > 1 else { return nil }
        let markup = CommentMarkup(dom, items: posts)
        // The first post's number ("#1"; vBulletin 3: `a#postcountN name="3021"`): on a later page it is no article.
        let number = markup.own(posts[0]) { dom.hasClass("postcounter", $0) || dom.attribute("id", of: $0)?.hasPrefix("postcount") == true }
            .map { dom.attribute("name", of: $0).flatMap { $0.allSatisfy(\.isASCIIDigit) ? $0 : nil } ?? String(dom.text(of: $0).filter(\.isNumber)) }
        return forum(dom, page, markup, author: { item in
            (markup.own(item) { dom.hasClass("bigusername", $0) || dom.hasClass("username", $0) }).map { dom.text(of: $0) }
        }, text: { markup.own($0, where: isText) }, firstIsArticle: number.map { $0 == "1" } ?? true)
    }

    /// The first post is the article (on a topic's first page); each later one a top-level comment, or a reply to the post it
    /// quotes.
    private static func forum(_ dom: DOM, _ page: PageFacts, _ markup: CommentMarkup, author: (Int) -> String?, text: @escaping (Int) -> Int?,
                              firstIsArticle: Bool = true) -> Thread {
        // A quotation's control ("Click to expand...") is no text of it, nor are the icons of its attribution (vBulletin's
        // "Quote" and "View Post" images, beside "Originally Posted by NAME" and in the link to the quoted post).
        func isAttributionIcon(_ node: Int) -> Bool {
            if dom.matches(.tag("a"), node) { return dom.text(of: node).isEmpty && dom.attribute("href", of: node).flatMap(postNumber(linkedBy:)) != nil }
            return dom.matches(.tag("img"), node) && dom[node].parent.map { dom.hasClass("bbcode_postedby", $0) } == true
        }
        var comments = markup.comments(author: author, text: text,
                                       leaving: { dom.hasClass("quoteExpand", $0) || dom.hasClass("bbCodeBlock-expandLink", $0) || isAttributionIcon($0) })
        let opening = firstIsArticle ? comments.removeFirst() : Comment(author: nil, body: Body())
        let offset = firstIsArticle ? 1 : 0
        // A quote that names the post it comes from (XenForo's data-source "post: N", phpBB's data-post-id) is a reply.
        var postIndex: [String: Int] = [:]
        for (position, item) in markup.items.enumerated() {
            for key in ["data-content", "id", "data-post-id", "data-pid"] {
                if let value = dom.attribute(key, of: item) { postIndex[value.filter(\.isNumber)] = position }
            }
        }
        // The post an item answers, by the number the page names it with: NodeBB's box over a reply; vBulletin's link to the
        // quoted post beside "Originally Posted by NAME" (its quotation is no blockquote); a quotation's own attributes
        // (XenForo's data-source, Invision's data-ipsquote-contentcommentid, phpBB's data-post-id), or XenForo 1's link beside
        // it ("goto/post?id=2146285#post-2146285").
        func answeredPost(_ item: Int) -> String? {
            // (NodeBB 3's header links it instead: `a[component=post/parent]` with `data-topid`.)
            for key in ["data-parent-pid", "data-topid"] {
                if let box = markup.own(item, where: { dom.attribute(key, of: $0) != nil }) { return dom.attribute(key, of: box) }
            }
            guard let body = text(item) else { return nil }
            let linkedPost = { (node: Int) in dom.matches(.tag("a"), node) ? dom.attribute("href", of: node).flatMap(postNumber(linkedBy:)) : nil }
            if let number = dom.first(under: body, where: { linkedPost($0) != nil }).flatMap(linkedPost) { return number }
            guard let quote = dom.first(under: body, where: { dom[$0].name == "blockquote" }) else { return nil }
            return dom.attribute("data-source", of: quote) ?? dom.attribute("data-ipsquote-contentcommentid", of: quote)
                ?? dom.first(under: quote) { dom.attribute("data-post-id", of: $0) != nil }.flatMap { dom.attribute("data-post-id", of: $0) }
                ?? dom.first(under: body) { dom.hasClass("AttributionLink", $0) }.flatMap { dom.attribute("href", of: $0) }?
                    .split(separator: "#").first.map(String.init)
        }
        for (position, item) in markup.items.enumerated().dropFirst() {
            if let quoted = answeredPost(item).flatMap({ postIndex[$0.filter(\.isNumber)] }), quoted >= offset, quoted < position {
                comments[position - offset].parent = quoted - offset
            }
        }
        // A forum names the topic above its posts; the page's own title is often the forum's.
        let topic = dom.first { dom.hasClass("topic-title", $0) || dom.hasClass("p-title-value", $0) }.map { dom.text(of: $0) }
        var thread = Thread(format: SavedPage.name, title: topic ?? page.title, article: Article(byline: opening.author, body: opening.body),
                            comments: comments)
        thread.submitter = opening.author
        return thread
    }

    /// "showthread.php?p=5768621#post5768621", MyBB's "post-1390638.html#pid1390638": a link to a post of the thread, and that
    /// post's number.
    private static func postNumber(linkedBy href: String) -> String? {
        guard let mark = href.range(of: "#post") ?? href.range(of: "#pid") else { return nil }
        let number = href[mark.upperBound...]
        return !number.isEmpty && number.allSatisfy(\.isASCIIDigit) ? String(number) : nil
    }

    /// A GitHub issue: the first post is the issue, every later comment top level.
    static let gitHub = SiteReader(name: "github") { dom, page in
        guard dom.first(under: dom.root, where: { dom.attribute("data-testid", of: $0) == "issue-viewer-comments-container" }) != nil
                || dom.first(.class("js-discussion")) != nil else { return nil }
        var authors: [String?] = []
        var bodies: [Body] = []
        var pending: String?
        var stack = [dom.root]
        while let node = stack.popLast() {
            let element = dom[node]
            if element.name == "a", dom.attribute("data-testid", of: node) == "avatar-link" || dom.hasClass("author", node) {
                let name = dom.text(of: node)
                if !name.isEmpty { pending = name }
            }
            if dom.hasClass("markdown-body", node) {
                authors.append(pending)
                bodies.append(dom.body(of: node))
                pending = nil
                continue
            }
            stack.append(contentsOf: element.children.reversed())
        }
        guard !bodies.isEmpty else { return nil }
        let comments = zip(authors, bodies).dropFirst().map { Comment(author: $0.0, body: $0.1) }
        var thread = Thread(format: SavedPage.name, title: page.title, article: Article(byline: authors[0], body: bodies[0]), comments: Array(comments))
        thread.submitter = authors[0]
        return thread
    }
}
