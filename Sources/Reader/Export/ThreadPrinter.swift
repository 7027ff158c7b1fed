import ThreadKit

/// A thread as text for a pipe (`skein FILE | less`) and `skein dump`: a header, the article, then the reply tree
/// with each comment's blocks whole, wrapped to a width as the reader wraps them (quote levels as `>`, lists,
/// tables in columns, code kept as it is), and any control character from the file made visible.
public struct ThreadPrinter {
    public let width: Int
    /// Made once: every comment of a dump is laid out with it.
    private let blocks: BlockLayout

    public init(width: Int) {
        self.width = max(20, width)
        var glyphs = GlyphSet.unicode
        glyphs.quoteBar = ">"
        blocks = BlockLayout(theme: Theme(name: "text", styles: [:], authorPalette: [.default]), glyphs: glyphs,
                             matcher: TextMatcher(""), textStyle: .commentText)
    }

    public func text(of thread: ThreadKit.Thread) -> String {
        var out = "format: \(thread.format)\n"
        out += "title: \(line(thread.title ?? "(none)"))\n"
        if let byline = thread.article.byline { out += "byline: \(line(byline))\n" }
        if let caption = thread.article.caption { out += "caption: \(line(caption))\n" }
        out += "article: \(thread.article.blocks.count) paragraphs\n"
        out += body(thread.article.blocks, guide: "  ")
        if !thread.chrome.isEmpty { out += "chrome: \(line(thread.chrome.joined(separator: " | ")))\n" }
        let unsaved = thread.unsavedTopLevel.map { $0 > 0 ? " (\($0) more not saved)" : " (more not saved)" } ?? ""
        out += "comments: \(thread.comments.count)\(unsaved)\n"
        let tree = thread.tree
        for position in 0..<tree.count {
            let index = Int(tree.order[position])
            let comment = thread.comments[index]
            let depth = Int(tree.depth[index])
            let guide = String(repeating: "│ ", count: max(0, depth - 1)) + (depth > 0 ? "├─ " : "")
            out += guide + header(thread, index) + "\n"
            let bodyGuide = String(repeating: "│ ", count: depth) + "   "
            out += body(comment.blocks, guide: bodyGuide)
            if let count = comment.unsavedReplies { out += bodyGuide + CommentLayout.unsavedNote(count) + "\n" }
        }
        return out
    }

    private func header(_ thread: ThreadKit.Thread, _ index: Int) -> String {
        let comment = thread.comments[index]
        let name = comment.author.map(line) ?? comment.missingAuthorLabel ?? "(anonymous)"
        var header = "#\(index) \(name)"
        if thread.isBySubmitter(index) { header += " OP" }
        if let role = comment.role { header += " " + role.mark }
        if let parent = thread.validParent(of: index) {
            header += comment.parentInferred ? " ⇢ #\(parent) (inferred)" : " → #\(parent)"
        }
        if comment.status != .normal { header += " [\(comment.status.label)]" }
        return header
    }

    /// Blocks wrapped to what is left of the width after `guide`, a blank guide line between them as the reader spaces them.
    private func body(_ list: [Block], guide: String) -> String {
        var out = ""
        let available = max(10, width - guide.displayWidth)
        for (position, block) in list.enumerated() {
            if position > 0, BlockLayout.isSpaced(list[position - 1], block) { out += trimmed(guide) + "\n" }
            for row in blocks.lines(for: block, width: available) {
                out += trimmed(guide + row.map(\.text).joined()) + "\n"
            }
        }
        return out
    }

    /// A one-line field (title, name) with any control character made visible.
    private func line(_ text: String) -> String {
        SafeText.glyphs(text, style: .plain, placeholder: .plain).map { $0.text == "\n" ? " " : $0.text }.joined()
    }

    private func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
