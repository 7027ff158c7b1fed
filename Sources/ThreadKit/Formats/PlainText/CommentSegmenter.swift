/// Cuts the comment section into comments: an author line starts a named comment;
/// a body starts an anonymous one after two blank lines, at the top of the section,
/// or where it addresses the author of the comment it would otherwise continue.
struct CommentSegmenter {
    struct Draft {
        var author: String?
        var paragraphs: [String] = []
    }

    let names: AuthorLine

    /// `forcedStarts` are lines known to begin anonymous comments of their own.
    func segment(_ lines: ArraySlice<PageLine>, forcedStarts: Range<Int>) -> [Draft] {
        var drafts: [Draft] = []
        var previousWasName = false
        // Each line is scored once, though it is looked at as a line and as the next line.
        let scores = lines.map { names.score($0.text) }
        for index in lines.indices {
            let line = lines[index]
            if !forcedStarts.contains(index), isAuthorLine(index - lines.startIndex, scores: scores, afterName: previousWasName) {
                drafts.append(Draft(author: line.text))
                previousWasName = true
                continue
            }
            previousWasName = false
            if let current = drafts.last, !forcedStarts.contains(index),
               line.blanksBefore < 2, !startsNewComment(line.text, after: current) {
                drafts[drafts.count - 1].paragraphs.append(line.text)
            } else {
                drafts.append(Draft(author: nil, paragraphs: [line.text]))
            }
        }
        return drafts
    }

    /// Someone else wrote the paragraph when it speaks to the comment's own author by name, thanks or
    /// laughs at a one-paragraph comment, or follows one that closes like a whole comment: a question
    /// left for others to answer, or a smiley sign-off (not a quoted one).
    private func startsNewComment(_ text: String, after current: Draft) -> Bool {
        guard current.author != nil, let last = current.paragraphs.last else { return false }
        if let author = current.author, Vocative.addresses(author, in: text) { return true }
        // What follows a quote answers it: a quoted question or smiley is not this comment's close.
        if last.hasPrefix(">") || QuoteMarking.isSetInQuotationMarks(last) { return false }
        guard current.paragraphs.count == 1, let opener = text.firstBareWord else { return false }
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
