import ThreadKit

/// The plain-text layout of a saved comment page ("name-lines"): title, article paragraphs,
/// then each comment as its author's name on a line of its own followed by its paragraphs,
/// blank lines between everything. An anonymous comment has no name line, just an extra blank line.
public enum NameLinesWriter {
    public static func write(_ thread: ThreadKit.Thread, to out: inout String) {
        out += (thread.title ?? "Untitled") + "\n\n"
        for block in thread.article.blocks { out += block.text + "\n\n" }
        for comment in thread.comments {
            if let author = comment.author { out += author + "\n\n" } else { out += "\n" }
            for block in comment.blocks {
                out += block.kind == .quote ? QuoteStyle.quoted(block.text) : block.text
                out += "\n\n"
            }
        }
    }
}

/// How every writer marks text repeated from an earlier comment: `> ` as in mail and Markdown.
enum QuoteStyle {
    static func quoted(_ text: String) -> String { "> " + text }
}
