extension Thread {
    /// A readable indented tree: `skein dump --format text`.
    public var textDump: String {
        var out = "format: \(format)\n"
        out += "title: \(title ?? "(none)")\n"
        if let byline = article.byline { out += "byline: \(byline)\n" }
        if let caption = article.caption { out += "caption: \(Self.excerpt(caption))\n" }
        out += "article: \(article.blocks.count) paragraphs\n"
        for block in article.blocks {
            out += block.kind == .subheading ? "  ## \(block.text)\n" : "  \(Self.excerpt(block.text))\n"
        }
        if !chrome.isEmpty { out += "chrome: \(chrome.joined(separator: " | "))\n" }
        out += "comments: \(comments.count)\n"
        for position in 0..<tree.count {
            let index = Int(tree.order[position])
            let comment = comments[index]
            let depth = Int(tree.depth[index])
            let guide = String(repeating: "│ ", count: max(0, depth - 1)) + (depth > 0 ? "├─ " : "")
            var header = "#\(index) \(comment.author ?? "(anonymous)")"
            if let parent = validParent(of: index) {
                header += comment.parentInferred ? " ⇢ #\(parent) (inferred)" : " → #\(parent)"
            }
            if comment.status != .normal { header += " [\(comment.status.label)]" }
            out += guide + header + "\n"
            let bodyGuide = String(repeating: "│ ", count: depth) + "   "
            for block in comment.blocks {
                out += bodyGuide + (block.kind == .quote ? "> " : "") + Self.excerpt(block.text) + "\n"
            }
        }
        return out
    }

    static func excerpt(_ text: String, limit: Int = 72) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
