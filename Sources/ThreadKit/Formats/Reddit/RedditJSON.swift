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
        var post: ParsedJSON?
        var comments = Comments(limit: commentLimit)
        let listings: [ParsedJSON]
        if isPrefix {
            listings = try JSONInput.parse(prefix: input, format: name).elements
            post = listings.first?.object("data")?.objects("children").first
            if listings.count >= 2 { comments.take(listings[1].object("data")?.objects("children") ?? []) }
        } else {
            // The whole file: each top-level comment is made as soon as its JSON has been read, and its tape let go,
            // on another core while the tape reads on.
            let maker = CommentMaker(comments)
            let read = Result {
                try JSONInput.parse(input, format: name, handingOver: 4) { element, listing in
                    if listing == 0, post == nil, element.isObject { post = element }
                    if listing == 1 { maker.take(element) }
                }
            }
            comments = maker.finish()
            listings = try read.get().elements
        }
        guard listings.count >= 2, listings[0].isObject, listings[0].isWhole, listings[1].isObject else {
            throw ThreadError.malformed(format: name, reason: "expected an array of two listings (post, comments)")
        }
        let data = post?.object("data")
        var thread = Thread(format: name, title: data?.string("title").map(HTML.text), article: data.map(article) ?? Article())
        thread.submitter = data?.string("author").flatMap(person)
        thread.sourceID = data?.string("name")
        (thread.comments, thread.unsavedTopLevel) = (comments.made, comments.unsavedTopLevel)
        return thread
    }

    static func article(of post: ParsedJSON) -> Article {
        let author = post.string("author").flatMap(person)
        let isLink = post.bool("is_self") == false && post.string("url").map { !$0.isEmpty } == true
        return Article(caption: isLink ? post.string("url").map(HTML.text) : nil,
                       byline: author,
                       body: Markdown.body(post.string("selftext") ?? "", dialect: .reddit))
    }

    /// The comments made so far, in the order the page shows them, each with its parent (a reply nests inside the
    /// comment it answers). A "more" stub is no comment: its count goes on its parent (or, at the top, on the thread).
    struct Comments {
        let limit: Int
        private(set) var made: [Comment] = []
        private(set) var unsavedTopLevel: Int?
        /// Whether a thing a cut prefix ends inside was met: nothing after it is whole.
        private var isCut = false

        init(limit: Int) { self.limit = limit }

        /// Top-level things (comments and stubs) and every reply in them, depth-first with an explicit stack, so
        /// nesting depth costs no call stack. At most `limit` comments.
        mutating func take(_ things: [ParsedJSON]) {
            var stack: [(thing: ParsedJSON, parent: Int?)] = things.reversed().map { ($0, nil) }
            while !isCut, let (thing, parent) = stack.popLast() {
                guard thing.isWhole else { isCut = true; break }
                let parts = thing.members(Thing.keys)
                guard let data = parts[Thing.data], data.isObject, let kind = parts[Thing.kind] else { continue }
                // Past the limit, only the stubs of the comments taken are still counted.
                if kind.isString("t1"), made.count < limit {
                    let fields = data.members(Field.keys)
                    var comment = RedditJSON.comment(from: fields)
                    comment.parent = parent
                    made.append(comment)
                    let replies = fields[Field.replies]?.object("data")?.objects("children") ?? []
                    stack.append(contentsOf: replies.reversed().map { ($0, made.count - 1) })
                } else if kind.isString("more") {
                    let count = max(data.int("count") ?? 0, data.array("children")?.count ?? 0)
                    if let parent { made[parent].unsavedReplies = (made[parent].unsavedReplies ?? 0) + count }
                    else { unsavedTopLevel = (unsavedTopLevel ?? 0) + count }
                }
            }
        }
    }

    /// Top-level comments handed over by the tape, made in batches on a queue of their own while the tape reads on:
    /// making a comment takes about twice as long as reading its JSON. A few batches at most wait, so the tapes of
    /// comments read but not yet made stay few. `@unchecked Sendable`: the batch being filled is touched only by the
    /// thread reading the tape, the comments only on the queue, and a batch's tapes are handed over whole, never
    /// touched by the reader again.
    private final class CommentMaker: @unchecked Sendable {
        private var comments: Comments
        private var batch: [ParsedJSON] = []
        private let queue = DispatchQueue(label: "skein.reddit-comments")
        private let room = DispatchSemaphore(value: 4)
        /// Enough comments a batch that queueing one costs little beside making them.
        private static let batchSize = 256

        init(_ comments: Comments) { self.comments = comments }

        func take(_ thing: ParsedJSON) {
            batch.append(thing)
            if batch.count == Self.batchSize { send() }
        }

        /// The comments made from every thing taken, once all are made.
        func finish() -> Comments {
            if !batch.isEmpty { send() }
            return queue.sync { comments }
        }

        private func send() {
            let handedOver = HandedOver(things: batch)
            batch = []
            room.wait()
            queue.async {
                self.comments.take(handedOver.things)
                self.room.signal()
            }
        }

        /// A batch on its way to the queue (see above for why it is safe to send).
        private struct HandedOver: @unchecked Sendable {
            let things: [ParsedJSON]
        }
    }

    /// What a listing's thing is read for: its type and its data.
    private enum Thing {
        static let keys = JSONKeys("kind", "data")
        static let kind = keys.key("kind"), data = keys.key("data")
    }

    /// What a comment's `data` is read for.
    private enum Field {
        static let keys = JSONKeys("body", "author", "created_utc", "score", "name", "distinguished", "edited", "replies")
        static let body = keys.key("body"), author = keys.key("author"), created = keys.key("created_utc"), score = keys.key("score")
        static let name = keys.key("name"), distinguished = keys.key("distinguished"), edited = keys.key("edited")
        static let replies = keys.key("replies")
    }

    /// A comment from its `data`; its Markdown is read when it is first shown or searched (`DeferredBody`).
    private static func comment(from fields: JSONMembers) -> Comment {
        let body = fields[Field.body]
        let tape = fields.object.tape
        let text = body.flatMap { tape.stringBytes(at: $0.index) }
        let status: Comment.Status
        switch text.map({ tape.bytes[$0.range] }) {
        case let bytes? where bytes.elementsEqual("[deleted]".utf8): status = .deleted
        case let bytes? where bytes.elementsEqual("[removed]".utf8): status = .removed
        default: status = .normal
        }
        let authorName = fields[Field.author]?.stringValue
        let author = authorName.flatMap(person), date = fields[Field.created]?.doubleValue.map(Date.init(timeIntervalSince1970:))
        let score = fields[Field.score]?.intValue
        var comment = if status == .normal {
            Comment(author: author, deferred: ParsedJSON.deferredBody(of: body, hiding: .markdownInJSON) { Markdown.body($0, dialect: .reddit) },
                    status: status, date: date, score: score)
        } else {
            Comment(author: author, status: status, date: date, score: score)
        }
        comment.isAuthorDeleted = authorName == "[deleted]"
        comment.sourceID = fields[Field.name]?.stringValue
        comment.role = fields[Field.distinguished]?.stringValue.flatMap(Comment.Role.init(rawValue:))
        // `edited` is false, or when it was edited.
        let edited = fields[Field.edited]
        comment.isEdited = edited?.boolValue == true || edited?.intValue != nil
        return comment
    }

    /// `[deleted]` and `[removed]` stand for no author.
    static func person(_ name: String) -> String? {
        name == "[deleted]" || name == "[removed]" || name.isEmpty ? nil : name
    }
}
