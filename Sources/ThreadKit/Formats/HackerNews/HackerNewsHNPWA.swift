/// A Hacker News story as HNPWA / node-hnapi serve it: `comments` nested with `level`,
/// `content` HTML and `user`.
public enum HackerNewsHNPWA: ThreadFormat {
    public static let name = "hn-hnpwa-json"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard input.firstSignificantByte == UInt8(ascii: "{") else { return .no }
        let nested = JSONInput.head(of: input, contains: ["\"comments\"", "\"level\"", "\"user\""])
        let story = JSONInput.head(of: input, contains: ["\"comments\"", "\"time_ago\""])
        return nested || story ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let root = try JSONInput.parse(input, format: name)
        guard root.array("comments") != nil else {
            throw ThreadError.malformed(format: name, reason: "expected one story object with a `comments` array")
        }
        let keys = HackerNewsItem.Keys.hnpwa
        var thread = Thread(format: name, title: HackerNewsItem.title(of: root), article: HackerNewsItem.article(of: root, keys: keys))
        thread.comments = HackerNewsItem.nestedComments(under: root.objects("comments"), childrenKey: "comments", keys: keys)
        // The story's or topic's poster, whose comments are marked OP.
        thread.submitter = thread.article.byline
        thread.sourceID = root.member("id")?.idText
        return thread
    }
}
