import Foundation

/// A Discourse topic saved as JSON (`/t/ID.json` or `/t/ID/posts.json`): `post_stream.posts` with
/// `cooked` HTML, `username` and `reply_to_post_number`. Post 1 is the article; a reply to post 1,
/// or to a post the file lacks, is top level. Likes (not Discourse's ranking `score`) are the score.
public enum DiscourseTopic: ThreadFormat {
    public static let name = "discourse-json"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard input.firstSignificantByte == UInt8(ascii: "{") else { return .no }
        return JSONInput.head(of: input, contains: ["\"post_stream\"", "\"cooked\""]) ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let topic = try JSONInput.parse(input, format: name)
        guard let posts = topic.object("post_stream")?.objects("posts") else {
            throw ThreadError.malformed(format: name, reason: "expected a topic object with `post_stream.posts`")
        }
        let opening = posts.first { $0.int("post_number") == 1 }
        let replies = posts.filter { $0.int("post_number") != 1 }
        let title = topic.string("title").map(HTML.text)
            ?? posts.first?.string("topic_slug").map { $0.replacingOccurrences(of: "-", with: " ") }
        var thread = Thread(format: name, title: title, article: opening.map(article) ?? Article())
        var indexOfNumber: [Int: Int] = [:]
        for (index, post) in replies.enumerated() { if let number = post.int("post_number") { indexOfNumber[number] = index } }
        let (order, parentPosition) = PreOrder.arrange(parents: replies.map { $0.int("reply_to_post_number").flatMap { indexOfNumber[$0] } })
        thread.comments = zip(order, parentPosition).map { index, parent in comment(replies[index], parent: parent) }
        // The story's or topic's poster, whose comments are marked OP.
        thread.submitter = thread.article.byline
        return thread
    }

    static func article(_ post: ParsedJSON) -> Article {
        Article(byline: post.string("username"), body: HTML.body(post.string("cooked") ?? ""))
    }

    static func comment(_ post: ParsedJSON, parent: Int?) -> Comment {
        let deleted = post.string("deleted_at") != nil || post.bool("user_deleted")
        let likes = post.objects("actions_summary").first { $0.int("id") == 2 }?.int("count")
        // The HTML is read when the post is first shown or searched.
        return Comment(author: post.string("username"),
                       deferred: post.deferredBody("cooked") { HTML.body($0) },
                       parent: parent,
                       status: deleted ? .deleted : .normal,
                       date: post.isoDate("created_at"),
                       score: likes)
    }
}
