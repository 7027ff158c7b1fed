/// Cuts the comment section into comments: an author line starts a named comment;
/// a body starts an anonymous one after two blank lines, at the top of the section,
/// or where it addresses the author of the comment it would otherwise continue.
struct CommentSegmenter {
    let names: AuthorLine

    /// A comment as the page lays it out: its author's line, if any, and the lines of its body after it.
    private struct Span {
        var author: String?
        var body: Range<Int>
    }

    /// `forcedStarts` are lines known to begin anonymous comments of their own.
    func segment(_ lines: ArraySlice<PageLine>, forcedStarts: Range<Int>) -> [Comment] {
        // Cut as spans first, then made into comments at their final size: a large page's comments
        // are not copied each time the list grows, and each body's blocks are allocated once.
        spans(of: lines, forcedStarts: forcedStarts).map { span in
            Comment(author: span.author, blocks: lines[span.body].map { .paragraph($0.text) })
        }
    }

    private func spans(of lines: ArraySlice<PageLine>, forcedStarts: Range<Int>) -> [Span] {
        var spans: [Span] = []
        // Who the current comment's author may be called: made once per comment, not once per paragraph.
        var addressing: Vocative?
        var previousWasName = false
        // Each line is scored once, though it is looked at as a line and as the next line.
        let scores = lines.map { names.score($0.text) }
        for index in lines.indices {
            let line = lines[index]
            if !forcedStarts.contains(index), isAuthorLine(index - lines.startIndex, scores: scores, afterName: previousWasName) {
                spans.append(Span(author: line.text, body: index + 1..<index + 1))
                addressing = Vocative(authors: [line.text])
                previousWasName = true
                continue
            }
            previousWasName = false
            if let current = spans.last, !forcedStarts.contains(index), line.blanksBefore < 2,
               !startsNewComment(line.text, after: current, in: lines, addressing: addressing) {
                spans[spans.count - 1].body = current.body.lowerBound..<index + 1
            } else {
                spans.append(Span(author: nil, body: index..<index + 1))
                addressing = nil
            }
        }
        return spans
    }

    /// Someone else wrote the paragraph when it speaks to the comment's own author by name, thanks or
    /// laughs at a one-paragraph comment, or follows one that closes like a whole comment: a question
    /// left for others to answer, or a smiley sign-off (not a quoted one).
    private func startsNewComment(_ text: String, after current: Span, in lines: ArraySlice<PageLine>,
                                  addressing: Vocative?) -> Bool {
        guard let author = current.author, let lastLine = current.body.last else { return false }
        let last = lines[lastLine].text
        if addressing?.addressed(in: text, strictly: true).contains(author) == true { return true }
        // What follows a quote answers it: a quoted question or smiley is not this comment's close.
        if last.hasPrefix(">") || QuoteMarking.isSetInQuotationMarks(last) { return false }
        guard current.body.count == 1, let opener = text.firstBareWord else { return false }
        if PlainTextRules.replyOpeners.contains(opener) { return true }
        return !PlainTextRules.continuationOpeners.contains(opener) && (last.hasSuffix("?") || last.endsWithSmiley)
    }

    private func isAuthorLine(_ index: Int, scores: [Int?], afterName: Bool) -> Bool {
        guard let score = scores[index] else { return false }
        guard index + 1 < scores.count else { return score >= PlainTextRules.sureNameScore }
        let nextIsBody = (scores[index + 1] ?? 0) < PlainTextRules.nameScore
        if afterName {
            // Two names in a row make the first a comment without a body: ask for a body after the second.
            return score >= PlainTextRules.sureNameScore || (score > 0 && nextIsBody)
        }
        return score >= PlainTextRules.nameScore || (score > 0 && nextIsBody)
    }
}
