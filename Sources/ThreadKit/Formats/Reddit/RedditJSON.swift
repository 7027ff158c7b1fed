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
            let maker = CommentMaker()
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

        /// Top-level things (comments and stubs) and every reply in them. At most `limit` comments.
        mutating func take(_ things: [ParsedJSON]) {
            for thing in things where !isCut { take(thing.index, on: thing.tape) }
        }

        /// A top-level thing and every reply in it, depth-first with an explicit stack, so nesting depth costs no call
        /// stack. Read by tape index: a `ParsedJSON` for each field would retain the tape each time.
        private mutating func take(_ top: Int, on tape: JSONTape) {
            var stack: [(thing: Int, parent: Int?)] = [(top, nil)]
            var replies: [Int] = []
            while let (thing, parent) = stack.popLast() {
                guard tape.isWhole(thing) else { isCut = true; return }
                guard tape.kind(at: thing) == .object else { continue }
                let parts = tape.members(of: thing, named: Thing.keys)
                guard let data = parts.index(of: Thing.data), tape.kind(at: data) == .object, let kind = parts.index(of: Thing.kind) else { continue }
                // Past the limit, only the stubs of the comments taken are still counted.
                if tape.isString(at: kind, "t1"), made.count < limit {
                    let fields = tape.members(of: data, named: Field.keys)
                    made.append(RedditJSON.comment(from: fields, on: tape, parent: parent))
                    replies.removeAll(keepingCapacity: true)
                    if let listing = fields.index(of: Field.replies).flatMap({ tape.member("data", of: $0) }),
                       let children = tape.member("children", of: listing), tape.kind(at: children) == .array {
                        tape.forEachElement(of: children) { if tape.kind(at: $0) == .object { replies.append($0) } }
                    }
                    let this = made.count - 1
                    stack.append(contentsOf: replies.reversed().lazy.map { ($0, this) })
                } else if tape.isString(at: kind, "more") {
                    let children = tape.member("children", of: data)
                    var listed = 0
                    if let children, tape.kind(at: children) == .array { tape.forEachElement(of: children) { _ in listed += 1 } }
                    let count = max(tape.member("count", of: data).flatMap(tape.int(at:)) ?? 0, listed)
                    if let parent { made[parent].unsavedReplies = (made[parent].unsavedReplies ?? 0) + count }
                    else { unsavedTopLevel = (unsavedTopLevel ?? 0) + count }
                }
            }
        }

        /// `later`'s comments after these, their parents counted on from here; taken whole, so there is no limit to keep.
        mutating func append(_ later: consuming Comments) {
            precondition(limit == .max && later.limit == .max, "batches are made whole")
            let offset = made.count
            var later = later
            // Moved, each swapped for an empty comment: a copy would retain and release each comment's parts.
            for index in later.made.indices {
                var comment = Comment(author: nil)
                swap(&comment, &later.made[index])
                comment.parent = comment.parent.map { $0 + offset }
                made.append(consume comment)
            }
            if let count = later.unsavedTopLevel { unsavedTopLevel = (unsavedTopLevel ?? 0) + count }
        }
    }

    /// Top-level comments handed over by the tape, made in batches on every core while the tape reads on: making a
    /// comment takes about twice as long as reading its JSON, so one core making them would keep the others waiting.
    /// Each batch is made on its own (its replies' parents counted within it) and joined to the comments in the order
    /// the tape handed it over, as soon as those before it are in. A few batches at most wait, so the tapes of comments
    /// read but not yet made stay few. `@unchecked Sendable`: the batch being filled is touched only by the thread
    /// reading the tape, the comments and the batches made only under the lock, and a batch's tapes are handed over
    /// whole, never touched by the reader again.
    private final class CommentMaker: @unchecked Sendable {
        private var comments = Comments(limit: .max)
        private var batch: [ParsedJSON] = []
        private var batchesSent = 0
        /// Batches made whose turn to be joined has not come: an earlier one is still being made.
        private var waitingToJoin: [Int: Comments] = [:]
        private var batchesJoined = 0
        private let lock = NSLock()
        private let making = DispatchGroup()
        private let room = DispatchSemaphore(value: 4)
        /// Enough comments a batch that queueing one costs little beside making them.
        private static let batchSize = 256

        func take(_ thing: ParsedJSON) {
            batch.append(thing)
            if batch.count == Self.batchSize { send() }
        }

        /// The comments made from every thing taken, once all are made.
        func finish() -> Comments {
            if !batch.isEmpty { send() }
            making.wait()
            return lock.withLock { comments }
        }

        private func send() {
            let handedOver = HandedOver(things: batch, number: batchesSent)
            batch = []
            batchesSent += 1
            room.wait()
            DispatchQueue.global().async(group: making) {
                var made = Comments(limit: .max)
                made.take(handedOver.things)
                self.lock.withLock {
                    self.waitingToJoin[handedOver.number] = made
                    while let next = self.waitingToJoin.removeValue(forKey: self.batchesJoined) {
                        self.comments.append(next)
                        self.batchesJoined += 1
                    }
                }
                self.room.signal()
            }
        }

        /// A batch on its way to be made (see above for why it is safe to send).
        private struct HandedOver: @unchecked Sendable {
            let things: [ParsedJSON]
            let number: Int
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

    /// A comment from its `data`'s `fields`; its Markdown is read when it is first shown or searched (`DeferredBody`).
    /// Its marks of deletion are told on their bytes, with no String made to compare.
    private static func comment(from fields: JSONKeys.Places, on tape: JSONTape, parent: Int?) -> Comment {
        let body = fields.index(of: Field.body), author = fields.index(of: Field.author)
        let status: Comment.Status = body.map { tape.isString(at: $0, "[deleted]") } == true ? .deleted
            : body.map { tape.isString(at: $0, "[removed]") } == true ? .removed : .normal
        let isAuthorDeleted = author.map { tape.isString(at: $0, "[deleted]") } == true
        let name = isAuthorDeleted || author.map { tape.isString(at: $0, "[removed]") } == true ? nil
            : author.flatMap(tape.string(at:)).flatMap { $0.isEmpty ? nil : $0 }
        let date = fields.index(of: Field.created).flatMap(tape.double(at:)).map(Date.init(timeIntervalSince1970:))
        let score = fields.index(of: Field.score).flatMap(tape.int(at:))
        // One initialiser for both: a comment made in either branch was copied into its variable.
        var comment = Comment(author: name,
                              deferred: status != .normal ? nil
                                  : body.map { tape.deferredBody(at: $0, hiding: .markdownInJSON, reader: readMarkdown) } ?? .empty,
                              parent: parent, status: status, date: date, score: score)
        comment.isAuthorDeleted = isAuthorDeleted
        comment.sourceID = fields.index(of: Field.name).flatMap(tape.string(at:))
        comment.role = fields.index(of: Field.distinguished).flatMap(tape.string(at:)).flatMap(Comment.Role.init(rawValue:))
        // `edited` is false, or when it was edited.
        let edited = fields.index(of: Field.edited)
        comment.isEdited = edited.map(tape.bool(at:)) == true || edited.flatMap(tape.int(at:)) != nil
        return comment
    }

    @Sendable private static func readMarkdown(_ text: String) -> Body { Markdown.body(text, dialect: .reddit) }

    /// `[deleted]` and `[removed]` stand for no author.
    static func person(_ name: String) -> String? {
        name == "[deleted]" || name == "[removed]" || name.isEmpty ? nil : name
    }
}
