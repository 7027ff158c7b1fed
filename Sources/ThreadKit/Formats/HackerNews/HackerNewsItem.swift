import Foundation

/// What the three Hacker News formats share: a story becomes the article, an item's HTML its blocks,
/// and a missing author or text means the item was deleted.
enum HackerNewsItem {
    /// Field names of one dialect.
    struct Keys: Sendable {
        var author: String
        var text: String
        var date: @Sendable (ParsedJSON) -> Date?
        var score: String

        static let algolia = Keys(author: "author", text: "text", date: { $0.epochDate("created_at_i") ?? $0.isoDate("created_at") }, score: "points")
        static let hnpwa = Keys(author: "user", text: "content", date: { $0.epochDate("time") }, score: "points")
        static let api = Keys(author: "by", text: "text", date: { $0.epochDate("time") }, score: "score")
    }

    static func title(of story: ParsedJSON) -> String? {
        story.string("title").map(HTML.text)
    }

    static func article(of story: ParsedJSON, keys: Keys) -> Article {
        let url = story.string("url").flatMap { $0.isEmpty || $0.hasPrefix("item?id=") ? nil : $0 }
        return Article(caption: url, byline: story.string(keys.author), body: HTML.body(story.string(keys.text) ?? ""))
    }

    static func comment(from item: ParsedJSON, parent: Int?, keys: Keys) -> Comment {
        let text = item.string(keys.text) ?? ""
        let status: Comment.Status
        if item.bool("deleted") || text == "[deleted]" || (item.string(keys.author) == nil && text.isEmpty) {
            status = .deleted
        } else if item.bool("dead") && (text.isEmpty || text == "[dead]" || text == "[flagged]") {
            status = .removed
        } else {
            status = .normal
        }
        // The HTML is read when the comment is first shown or searched.
        var comment = status == .normal
            ? Comment(author: item.string(keys.author), deferred: item.deferredBody(keys.text) { HTML.body($0) },
                      parent: parent, status: status, date: keys.date(item), score: item.int(keys.score))
            : Comment(author: item.string(keys.author), parent: parent, status: status, date: keys.date(item), score: item.int(keys.score))
        comment.sourceID = item.member("id")?.idText
        return comment
    }

    /// Walks items nested under `childrenKey`, depth-first with an explicit stack.
    static func nestedComments(under root: [ParsedJSON], childrenKey: String, keys: Keys) -> [Comment] {
        var comments: [Comment] = []
        var stack: [(item: ParsedJSON, parent: Int?)] = root.reversed().map { ($0, nil) }
        while let (item, parent) = stack.popLast() {
            comments.append(comment(from: item, parent: parent, keys: keys))
            let index = comments.count - 1
            for child in item.objects(childrenKey).reversed() { stack.append((child, index)) }
        }
        return comments
    }

    static func isStory(_ item: ParsedJSON) -> Bool {
        ["story", "poll", "job", "link", "ask", "show"].contains(item.string("type") ?? "")
    }
}
