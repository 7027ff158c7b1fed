extension Thread {
    /// The reasons for comment `index`, as lines of text: where it starts and why, why that author
    /// (or why anonymous), why that parent, and the alternatives that came close. nil when the thread
    /// was not parsed with explanations or its links came from the source.
    public func reasons(for index: Int) -> [String]? {
        guard let explanation, index < explanation.comments.count, comments.indices.contains(index) else { return nil }
        let reason = explanation.comments[index]
        let comment = comments[index]
        var lines: [String] = []
        lines.append("starts on line \(reason.line): " + Self.sum(reason.start))
        if let author = comment.author {
            lines.append("author \"\(author)\": " + Self.sum(reason.author))
        } else {
            lines.append("anonymous: no line above it reads as its author's name")
        }
        if let parent = reason.parent {
            lines.append("parent #\(parent) (\(comment.parentInferred ? "inferred" : "shown by the page")): " + Self.sum(reason.parentEvidence))
        } else {
            lines.append("top level: nothing links it to an earlier comment strongly enough")
        }
        for alternative in reason.alternatives {
            lines.append("  also weighed #\(alternative.comment): " + Self.sum(alternative.evidence))
        }
        return lines
    }

    /// `addressed by name "Hunter" +4; answers a question +2 = 6`
    private static func sum(_ evidence: [Evidence]) -> String {
        guard !evidence.isEmpty else { return "no evidence recorded" }
        let total = evidence.reduce(0) { $0 + $1.weight }
        let shown = evidence.map(\.description).joined(separator: "; ")
        return evidence.count > 1 && total > PlainTextRules.veto / 2 ? shown + " = \(total)" : shown
    }

    /// The page's comment layout and what each of its rules cut, for `skein dump --layout`.
    public var layoutText: String {
        guard let explanation else { return "no layout: only plain-text pages are cut by a layout\n" }
        if explanation.layout.first?.hasPrefix("header:") == true { return explanation.layout.map { $0 + "\n" }.joined() }
        let named = comments.filter { $0.author != nil }.count
        return """
            header: none recurs; a name alone on its line (the name-lines layout)
            cut: \(named) comments at name lines, \(comments.count - named) anonymous ones where their evidence starts them\n
            """ + explanation.layout.map { $0 + "\n" }.joined()
    }

    /// The whole explanation, for `skein dump --explain`: where the comments begin, then each comment.
    public var explanationText: String {
        guard let explanation else { return "no explanation: only plain-text pages are parsed by evidence\n" }
        var text = "comment section: " + (explanation.sectionStart.isEmpty ? "no section header or sure name before the first comment"
            : explanation.sectionStart.map { $0.description + ($0.line > 0 ? " (line \($0.line))" : "") }.joined(separator: "; ")) + "\n"
        for index in comments.indices {
            text += "\n#\(index) \(comments[index].author ?? "anonymous")\n"
            for line in reasons(for: index) ?? [] { text += "  " + line + "\n" }
        }
        return text
    }
}
