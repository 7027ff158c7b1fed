/// Items from the official Hacker News API (`/v0/item/ID.json`) saved together, as a JSON array
/// or one item per line; the tree is rebuilt from `parent` and ordered by each parent's `kids`.
public enum HackerNewsItems: ThreadFormat {
    public static let name = "hn-api-json"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard JSONInput.startsLikeJSON(input), JSONInput.head(of: input, contains: ["\"id\"", "\"type\"", "\"time\""]) else { return .no }
        let linked = JSONInput.head(of: input, contains: ["\"parent\""]) || JSONInput.head(of: input, contains: ["\"kids\""])
        return linked ? .likely : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let items = try readItems(input)
        guard !items.isEmpty else { throw ThreadError.malformed(format: name, reason: "no items with an `id`") }
        let keys = HackerNewsItem.Keys.api
        let story = items.first(where: HackerNewsItem.isStory)
        var thread = Thread(format: name, title: story.flatMap(HackerNewsItem.title),
                            article: story.map { HackerNewsItem.article(of: $0, keys: keys) } ?? Article())
        var comments = items.filter { !HackerNewsItem.isStory($0) }
        var seen = Set<String>()
        comments = comments.filter { seen.insert($0.id("id") ?? "").inserted }
        comments = ordered(comments, storyKids: story?.array("kids"))
        var indexOfID: [String: Int] = [:]
        for (index, item) in comments.enumerated() { if let id = item.id("id") { indexOfID[id] = index } }
        let (order, parentPosition) = PreOrder.arrange(parents: comments.map { $0.id("parent").flatMap { indexOfID[$0] } })
        thread.comments = zip(order, parentPosition).map { HackerNewsItem.comment(from: comments[$0], parent: $1, keys: keys) }
        // The story's or topic's poster, whose comments are marked OP.
        thread.submitter = thread.article.byline
        thread.sourceID = story?.member("id")?.idText
        return thread
    }

    /// Siblings in the order their parent's `kids` lists them (HN's ranking), unlisted ones after, in file order.
    static func ordered(_ items: [ParsedJSON], storyKids: [ParsedJSON]?) -> [ParsedJSON] {
        var rank: [String: Int] = [:]
        func note(_ kids: [ParsedJSON]?) {
            for (position, kid) in (kids ?? []).enumerated() {
                if let id = kid.idText { rank[id] = position }
            }
        }
        note(storyKids)
        for item in items { note(item.array("kids")) }
        let ranked = items.enumerated().map { (index, item) in (rank: rank[item.id("id") ?? ""] ?? Int.max / 2 + index, item: item) }
        return ranked.sorted { $0.rank < $1.rank }.map(\.item)
    }

    static func readItems(_ input: SourceText) throws -> [ParsedJSON] {
        let values = try JSONInput.values(input, format: name)
        let items = values.count == 1 && values[0].kind == .array ? values[0].elements : values
        guard items.allSatisfy(\.isObject) else {
            throw ThreadError.malformed(format: name, reason: "expected item objects, in an array or one per line")
        }
        return items.filter { $0.has("id") }
    }
}
