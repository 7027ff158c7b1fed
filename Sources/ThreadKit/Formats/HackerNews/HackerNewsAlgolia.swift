/// A Hacker News item from the Algolia API (`hn.algolia.com/api/v1/items/ID`): one object,
/// replies nested in `children`, `author` and `text` null when deleted.
public enum HackerNewsAlgolia: ThreadFormat {
    public static let name = "hn-algolia-json"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard input.firstSignificantByte == UInt8(ascii: "{") else { return .no }
        return JSONInput.head(of: input, contains: ["\"children\"", "\"created_at_i\""]) ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let root = try JSONInput.parse(input, format: name)
        guard root.isObject else {
            throw ThreadError.malformed(format: name, reason: "expected one item object with `children`")
        }
        let keys = HackerNewsItem.Keys.algolia
        guard HackerNewsItem.isStory(root) else {
            // The file is a comment's own page: that comment heads the thread.
            var thread = Thread(format: name)
            thread.comments = HackerNewsItem.nestedComments(under: [root], childrenKey: "children", keys: keys)
            return thread
        }
        var thread = Thread(format: name, title: HackerNewsItem.title(of: root), article: HackerNewsItem.article(of: root, keys: keys))
        thread.comments = HackerNewsItem.nestedComments(under: root.objects("children"), childrenKey: "children", keys: keys)
        // The story's or topic's poster, whose comments are marked OP.
        thread.submitter = thread.article.byline
        thread.sourceID = root.member("id")?.idText
        return thread
    }
}
