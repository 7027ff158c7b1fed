import ThreadKit

/// The thread as Reddit serves `/comments/ID.json`: an array of two listings, the `t3` post
/// and the `t1` comment tree nested through `replies` (`""` when a comment has none).
public enum RedditWriter {
    public static func write(_ thread: ThreadKit.Thread, to out: inout String) {
        let postID = "p" + base36(thread.comments.count)
        let post = JSONValue.object([
            ("kind", .string("t3")),
            ("data", .object([
                ("id", .string(postID)), ("name", .string("t3_" + postID)),
                ("title", .string(thread.title ?? "")),
                ("author", .string(thread.article.byline ?? "[deleted]")),
                ("selftext", .string(thread.article.blocks.map(\.text).joined(separator: "\n\n"))),
                ("is_self", .bool(true)), ("num_comments", .int(thread.comments.count)),
                ("created_utc", .int(Int(thread.comments.first?.date?.timeIntervalSince1970 ?? 0) - 600)),
            ])),
        ])
        let tree = thread.tree
        func thing(_ index: Int) -> JSONValue {
            let comment = thread.comments[index]
            let children = tree.children(of: index).map { thing(Int($0)) }
            let parentName = comment.parent.map { "t1_" + base36($0) } ?? "t3_" + postID
            return .object([
                ("kind", .string("t1")),
                ("data", .object([
                    ("id", .string(base36(index))), ("name", .string("t1_" + base36(index))),
                    ("parent_id", .string(parentName)), ("link_id", .string("t3_" + postID)),
                    ("author", .string(comment.author ?? "[deleted]")),
                    ("body", .string(comment.blocks.map { $0.kind == .quote ? QuoteStyle.quoted($0.text) : $0.text }
                        .joined(separator: "\n\n"))),
                    ("score", .optional(comment.score)),
                    ("created_utc", .int(Int(comment.date?.timeIntervalSince1970 ?? 0))),
                    ("depth", .int(Int(tree.depth[index]))),
                    ("replies", children.isEmpty ? .string("") : listing(children)),
                ])),
            ])
        }
        CompactJSON.write(.array([listing([post]), listing(tree.roots.map { thing(Int($0)) })]), to: &out)
    }

    private static func listing(_ children: [JSONValue]) -> JSONValue {
        .object([("kind", .string("Listing")), ("data", .object([("children", .array(children))]))])
    }

    private static func base36(_ number: Int) -> String { String(number, radix: 36) }
}
