import Foundation

/// A Reddit comments page saved as JSON (`/comments/ID.json`): an array of two listings,
/// the post and its comment tree.
public enum RedditJSON: ThreadFormat {
    public static let name = "reddit-json"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard input.firstSignificantByte == UInt8(ascii: "[") else { return .no }
        return JSONInput.head(of: input, contains: ["\"Listing\"", "\"t3\"", "\"children\""]) ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        try parse(input, commentLimit: .max)
    }

    /// The post and its first `count` comments in the order the page shows them, each whole and with its parent
    /// (a reply nests inside the comment it answers): a large file's start (`Preview`). The input may be the
    /// file's first bytes, cut anywhere: only comments it holds whole are taken, so there may be fewer.
    static func parseStart(_ input: SourceText, comments count: Int) throws -> Thread {
        try parse(input, commentLimit: count, isPrefix: true)
    }

    private static func parse(_ input: SourceText, commentLimit: Int, isPrefix: Bool = false) throws -> Thread {
        let listings = isPrefix ? try JSONInput.parse(prefix: input, format: name).elements : try JSONInput.parse(input, format: name).elements
        guard listings.count >= 2, listings[0].isObject, listings[0].isWhole, listings[1].isObject else {
            throw ThreadError.malformed(format: name, reason: "expected an array of two listings (post, comments)")
        }
        let post = listings[0].object("data")?.objects("children").first?.object("data")
        var thread = Thread(format: name, title: post?.string("title").map(HTML.text), article: post.map(article) ?? Article())
        thread.submitter = post?.string("author").flatMap(person)
        thread.sourceID = post?.string("name")
        (thread.comments, thread.unsavedTopLevel) = comments(in: listings[1], limit: commentLimit)
        return thread
    }

    static func article(of post: ParsedJSON) -> Article {
        let author = post.string("author").flatMap(person)
        let isLink = post.bool("is_self") == false && post.string("url").map { !$0.isEmpty } == true
        return Article(caption: isLink ? post.string("url").map(HTML.text) : nil,
                       byline: author,
                       body: Markdown.body(post.string("selftext") ?? "", dialect: .reddit))
    }

    /// Walks the listing depth-first with an explicit stack, so nesting depth costs no call stack. A "more"
    /// stub is no comment: its count goes on its parent (or, at the top, on the thread). At most `limit` comments,
    /// and none from where a cut prefix ends: what comes before that in this order is whole.
    static func comments(in listing: ParsedJSON, limit: Int = .max) -> (comments: [Comment], unsavedTopLevel: Int?) {
        var comments: [Comment] = []
        var unsavedTopLevel: Int?
        var stack: [(thing: ParsedJSON, parent: Int?)] = []
        func push(_ listing: ParsedJSON?, parent: Int?) {
            for child in (listing?.object("data")?.objects("children") ?? []).reversed() { stack.append((child, parent)) }
        }
        push(listing, parent: nil)
        while let (thing, parent) = stack.popLast() {
            guard thing.isWhole else { break }
            guard let data = thing.object("data") else { continue }
            switch thing.string("kind") {
            // Past the limit, only the stubs of the comments taken are still counted.
            case "t1" where comments.count < limit:
                var comment = comment(from: data)
                comment.parent = parent
                comments.append(comment)
                push(data.object("replies"), parent: comments.count - 1)
            case "more":
                let count = max(data.int("count") ?? 0, data.array("children")?.count ?? 0)
                if let parent { comments[parent].unsavedReplies = (comments[parent].unsavedReplies ?? 0) + count }
                else { unsavedTopLevel = (unsavedTopLevel ?? 0) + count }
            default:
                continue
            }
        }
        return (comments, unsavedTopLevel)
    }

    /// A comment from its `data`; its Markdown is read when it is first shown or searched (`DeferredBody`).
    static func comment(from data: ParsedJSON) -> Comment {
        let text = data.member("body").flatMap { data.tape.stringBytes(at: $0.index) }
        let status: Comment.Status
        switch text.map({ data.tape.bytes[$0.range] }) {
        case let bytes? where bytes.elementsEqual("[deleted]".utf8): status = .deleted
        case let bytes? where bytes.elementsEqual("[removed]".utf8): status = .removed
        default: status = .normal
        }
        let author = data.string("author").flatMap(person), date = data.epochDate("created_utc"), score = data.int("score")
        var comment = if status == .normal {
            Comment(author: author, deferred: data.deferredBody("body", hiding: .markdownInJSON) { Markdown.body($0, dialect: .reddit) },
                    status: status, date: date, score: score)
        } else {
            Comment(author: author, status: status, date: date, score: score)
        }
        comment.isAuthorDeleted = data.string("author") == "[deleted]"
        comment.sourceID = data.string("name")
        comment.role = data.string("distinguished").flatMap(Comment.Role.init(rawValue:))
        // `edited` is false, or when it was edited.
        comment.isEdited = data.bool("edited") || data.int("edited") != nil
        return comment
    }

    /// `[deleted]` and `[removed]` stand for no author.
    static func person(_ name: String) -> String? {
        name == "[deleted]" || name == "[removed]" || name.isEmpty ? nil : name
    }
}
