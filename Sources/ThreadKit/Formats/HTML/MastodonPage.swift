/// A Mastodon thread as its web interface shows it: the focused toot (`div.detailed-status`) is the article,
/// the replies follow it flat, in the order of the thread. The markup says only this of who answers whom: a
/// reply that does not start a run (`status--first-in-thread`) answers the toot just above it, and the first
/// reply, or one that starts a run, answers the focused toot.
enum MastodonPage {
    static let reader = SiteReader(name: "mastodon") { dom, page in
        guard let focused = dom.first(.class("detailed-status")) else { return nil }
        let replies = dom.all { dom[$0].name == "div" && dom.hasClass("status", $0) && dom.hasClass("status--in-thread", $0) }
        func account(_ node: Int) -> String? {
            dom.first(.class("display-name__account"), under: node).map { dom.text(of: $0).drop { $0 == "@" } }.map(String.init)
        }
        func text(_ node: Int) -> Body {
            dom.first(.class("status__content__text"), under: node).map { dom.body(of: $0) } ?? Body()
        }
        var comments: [Comment] = []
        for reply in replies {
            let answersAbove = !comments.isEmpty && !dom.hasClass("status--first-in-thread", reply)
            comments.append(Comment(author: account(reply), body: text(reply), parent: answersAbove ? comments.count - 1 : nil))
        }
        // Mastodon's own page title quotes the toot ("Name: "First words…""); its og:title only names the account.
        let title = dom.first(.tag("title")).map { PageFacts.withoutSiteName(dom.text(ofTitle: $0)) }
        var thread = Thread(format: SavedPage.name, title: title ?? page.title, article: Article(byline: account(focused), body: text(focused)),
                            comments: comments)
        thread.submitter = thread.article.byline
        return thread
    }
}
