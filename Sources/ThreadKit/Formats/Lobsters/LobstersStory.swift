/// A Lobsters story saved as JSON (`/s/ID.json`): `comments` in thread order, each with
/// `parent_comment` (newer) or only `indent_level` (older), `comment` HTML and `commenting_user`.
public enum LobstersStory: ThreadFormat {
    public static let name = "lobsters-json"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard input.firstSignificantByte == UInt8(ascii: "{") else { return .no }
        return JSONInput.head(of: input, contains: ["\"short_id\"", "\"submitter_user\""]) ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let story = try JSONInput.parse(input, format: name)
        guard story.array("comments") != nil else {
            throw ThreadError.malformed(format: name, reason: "expected a story object with a `comments` array")
        }
        let url = story.string("url").flatMap { $0.isEmpty ? nil : $0 }
        var thread = Thread(format: name, title: story.string("title").map(HTML.text),
                            article: Article(caption: url, byline: user(story.member("submitter_user")),
                                             body: HTML.body(story.string("description") ?? "")))
        let comments = story.objects("comments")
        let (order, parentPosition) = PreOrder.arrange(parents: parents(of: comments))
        thread.comments = zip(order, parentPosition).map { index, parent in
            let item = comments[index]
            let status: Comment.Status = item.bool("is_deleted") ? .deleted : item.bool("is_moderated") ? .removed : .normal
            let author = user(item.member("commenting_user")), date = item.isoDate("created_at"), score = item.int("score")
            // The HTML is read when the comment is first shown or searched.
            return status == .normal
                ? Comment(author: author, deferred: item.deferredBody("comment") { HTML.body($0) }, parent: parent,
                          status: status, date: date, score: score)
                : Comment(author: author, parent: parent, status: status, date: date, score: score)
        }
        // The story's or topic's poster, whose comments are marked OP.
        thread.submitter = thread.article.byline
        return thread
    }

    /// By `parent_comment` when the file has it; otherwise the nearest earlier comment one indent level up.
    static func parents(of comments: [ParsedJSON]) -> [Int?] {
        if comments.contains(where: { $0.has("parent_comment") }) {
            var indexOfID: [String: Int] = [:]
            for (index, comment) in comments.enumerated() { if let id = comment.string("short_id") { indexOfID[id] = index } }
            return comments.map { $0.string("parent_comment").flatMap { indexOfID[$0] } }
        }
        var open: [(level: Int, index: Int)] = [] // the chain of comments the next one may answer
        return comments.enumerated().map { index, comment in
            let level = comment.int("indent_level") ?? 1
            while let last = open.last, last.level >= level { open.removeLast() }
            let parent = open.last?.index
            open.append((level, index))
            return parent
        }
    }

    /// `commenting_user` is a name in newer files and an object with `username` in older ones.
    static func user(_ value: ParsedJSON?) -> String? {
        value?.stringValue ?? value?.string("username")
    }
}
