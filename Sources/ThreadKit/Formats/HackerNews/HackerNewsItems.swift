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
        return thread
    }

    /// Siblings in the order their parent's `kids` lists them (HN's ranking), unlisted ones after, in file order.
    static func ordered(_ items: [JSONObject], storyKids: [Any]?) -> [JSONObject] {
        var rank: [String: Int] = [:]
        func note(_ kids: [Any]?) {
            for (position, kid) in (kids ?? []).enumerated() {
                if let id = JSONInput.idText(kid) { rank[id] = position }
            }
        }
        note(storyKids)
        for item in items { note(item.array("kids")) }
        let ranked = items.enumerated().map { (index, item) in (rank: rank[item.id("id") ?? ""] ?? Int.max / 2 + index, item: item) }
        return ranked.sorted { $0.rank < $1.rank }.map(\.item)
    }

    static func readItems(_ input: SourceText) throws -> [JSONObject] {
        if input.firstSignificantByte == UInt8(ascii: "[") {
            guard let array = try JSONInput.parse(input, format: name) as? [Any] else { return [] }
            return array.compactMap { $0 as? JSONObject }.filter { $0["id"] != nil }
        }
        var items: [JSONObject] = []
        for line in input.bytes.split(separator: UInt8(ascii: "\n")) where line.contains(where: { $0 > 0x20 }) {
            guard let item = try JSONInput.parse(line, format: name) as? JSONObject else {
                throw ThreadError.malformed(format: name, reason: "a line that is not an item object")
            }
            if item["id"] != nil { items.append(item) }
        }
        return items
    }
}
