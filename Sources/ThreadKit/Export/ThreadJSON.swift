import Foundation

extension Thread {
    /// The `skein dump --format json` document (schema in README.md).
    public var json: JSONValue {
        let articleParagraphs = article.blocks.map { JSONValue.string($0.text) }
        // One formatter for the whole document: making one costs about 100 µs (ICU loads its symbols each time).
        let dates = ISO8601DateFormatter()
        let commentValues = comments.indices.map { index -> JSONValue in
            let comment = comments[index]
            var pairs: [(String, JSONValue)] = [
                ("index", .int(index)),
                ("author", .optional(comment.author)),
                ("parent", .optional(tree.position.isEmpty ? nil : validParent(of: index))),
                ("parent_inferred", .bool(comment.parentInferred && validParent(of: index) != nil)),
                ("depth", .int(Int(tree.depth[index]))),
                ("paragraphs", .array(comment.blocks.map { .string($0.text) })),
                ("quotes", .array(comment.quotePositions.map { .int($0) })),
                ("body", .array(comment.blocks.map(\.json))),
            ]
            if comment.status != .normal { pairs.append(("status", .string(comment.status.label))) }
            if let date = comment.date { pairs.append(("date", .string(dates.string(from: date)))) }
            if let score = comment.score { pairs.append(("score", .int(score))) }
            if isBySubmitter(index) { pairs.append(("submitter", .bool(true))) }
            if let role = comment.role { pairs.append(("role", .string(role.rawValue))) }
            if comment.isEdited { pairs.append(("edited", .bool(true))) }
            if comment.isAuthorDeleted { pairs.append(("author_deleted", .bool(true))) }
            if let unsaved = comment.unsavedReplies { pairs.append(("unsaved_replies", .int(unsaved))) }
            if !comment.links.isEmpty {
                pairs.append(("links", comment.links.json))
            }
            return .object(pairs)
        }
        return .object([
            ("format", .string(format)),
            ("title", .optional(title)),
            ("article", .object([
                ("caption", .optional(article.caption)),
                ("byline", .optional(article.byline)),
                ("paragraphs", .array(articleParagraphs)),
                ("subheadings", .array(article.blocks.indices
                    .filter { article.blocks[$0].kind == .subheading }.map { .int($0) })),
                ("body", .array(article.blocks.map(\.json))),
                ("links", article.links.json),
            ])),
            ("chrome", .array(chrome.map { .string($0) })),
            ("submitter", .optional(submitter)),
            ("unsaved_top_level", .optional(unsavedTopLevel)),
            ("comments", .array(commentValues)),
        ])
    }

    /// The parent as the tree uses it (a parent must precede its reply).
    public func validParent(of index: Int) -> Int? {
        guard let parent = comments[index].parent, parent >= 0, parent < index else { return nil }
        return parent
    }
}

extension Comment.Status {
    /// `deleted`, `removed`; `normal` otherwise.
    public var label: String {
        switch self {
        case .normal: return "normal"
        case .deleted: return "deleted"
        case .removed: return "removed"
        }
    }
}
