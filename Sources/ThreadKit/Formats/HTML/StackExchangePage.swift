/// A Stack Exchange question: the question is the article; its comments come first as top-level comments,
/// then each answer is a top-level comment with its own comments as its replies. An answer's author is in
/// the signature marked `itemprop=author` (an editor's signature comes first and is not it).
enum StackExchangePage {
    static let reader = SiteReader(name: "stack-exchange") { dom, page in
        guard let question = dom.first(under: dom.root, where: { dom[$0].name == "div" && (dom.hasClass("question", $0) || dom.attribute("id", of: $0) == "question") }),
              dom.first(.class("answer")) != nil || dom.first(.class("comment-copy")) != nil else { return nil }
        func author(of post: Int) -> String? {
            let signature = dom.first(under: post) { dom.attribute("itemprop", of: $0) == "author" }
                ?? dom.all(.class("user-details"), under: post).last
            return signature.flatMap { details in
                dom.first(under: details) { dom.attribute("itemprop", of: $0) == "name" } ?? dom.first(.tag("a"), under: details)
            }.map { dom.text(of: $0) }
        }
        func text(of post: Int) -> Int? {
            dom.first(under: post) { dom.attribute("itemprop", of: $0) == "text" || dom.hasClass("s-prose", $0) || dom.hasClass("post-text", $0) }
        }
        var comments: [Comment] = []
        func addComments(of post: Int, parent: Int?) {
            for item in dom.all(under: post, where: { dom[$0].name == "li" && dom.hasClass("comment", $0) }) {
                let copy = dom.first(.class("comment-copy"), under: item)
                let user = dom.first(.class("comment-user"), under: item).map { dom.text(of: $0) }
                comments.append(Comment(author: user, body: copy.map { dom.body(of: $0) } ?? Body(), parent: parent))
            }
        }
        addComments(of: question, parent: nil)
        for answer in dom.all(under: dom.root, where: { dom[$0].name == "div" && dom.hasClass("answer", $0) }) {
            let index = comments.count
            comments.append(Comment(author: author(of: answer), body: text(of: answer).map { dom.body(of: $0) } ?? Body()))
            addComments(of: answer, parent: index)
        }
        let title = dom.first(.class("question-hyperlink")).map { dom.text(of: $0) }
        var thread = Thread(format: SavedPage.name, title: title ?? page.title,
                            article: Article(byline: author(of: question), body: text(of: question).map { dom.body(of: $0) } ?? Body()),
                            comments: comments)
        thread.submitter = thread.article.byline
        return thread
    }
}
