/// Where the article ends and the comments begin.
///
/// The comment section starts at the first piece of section chrome ("41 Comments",
/// "Leave a Reply") or at the first sure author line, whichever comes first. With
/// no chrome in between, the last article paragraphs may really be anonymous
/// comments: short, chatty paragraphs just above the first author line.
struct ArticleBoundary {
    /// Lines of the article body (header excluded).
    var article: Range<Int>
    /// Lines between the article and the first author line that are anonymous comments, one each.
    var anonymousTail: Range<Int>
    /// First line of the comment section proper.
    var commentsStart: Int

    init(lines: [PageLine], sectionStarts: Set<Int>, from start: Int, names: AuthorLine) {
        var boundary = lines.count
        var byChrome = false
        for index in start..<lines.count {
            if sectionStarts.contains(index), index > start { boundary = index; byChrome = true; break }
            if Self.opensCommentSection(index, lines: lines, names: names) { boundary = index; break }
        }
        var tailStart = boundary
        if !byChrome {
            let median = Self.medianParagraphLength(lines[start..<boundary])
            while tailStart - 1 > start, Self.looksLikeComment(lines[tailStart - 1].text, median: median) {
                tailStart -= 1
            }
        }
        article = start..<tailStart
        anonymousTail = tailStart..<boundary
        commentsStart = boundary
    }

    /// A sure name, or a likely one followed by a body and, soon after, another name (the rhythm of comments,
    /// which subheadings lack).
    private static func opensCommentSection(_ index: Int, lines: [PageLine], names: AuthorLine) -> Bool {
        guard index + 1 < lines.count, let score = names.score(lines[index].text) else { return false }
        if names.score(lines[index + 1].text).map({ $0 >= PlainTextRules.nameScore }) == true { return false }
        if score >= PlainTextRules.sureNameScore { return true }
        guard score >= PlainTextRules.nameScore else { return false }
        return (index + 2..<min(lines.count, index + 5)).contains { next in
            (names.score(lines[next].text) ?? 0) >= PlainTextRules.nameScore
        }
    }

    static func medianParagraphLength(_ lines: ArraySlice<PageLine>) -> Int {
        let lengths = lines.map { $0.text.count }.filter { $0 > PlainTextRules.maxSubheadingLength }.sorted()
        return lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    }

    /// Chatty rather than measured: lower-case starts, doubled `??`, questions, smileys, reaction
    /// openers, shortness; never a paragraph inviting comments.
    static func looksLikeComment(_ text: String, median: Int) -> Bool {
        let lower = text.lowercased()
        if PlainTextRules.articleSignOffs.contains(where: { lower.contains($0) }) { return false }
        var score = 0
        if text.startsLowercase { score += 2 }
        if text.holds("??") || text.holds("!!") { score += 2 }
        if text.containsQuestion { score += 1 }
        if text.endsWithSmiley || !text.endsWithSentencePunctuation { score += 1 }
        if let opener = text.firstBareWord, PlainTextRules.reactionStarters.contains(opener) { score += 2 }
        let length = Double(text.count)
        if length < Double(median) * PlainTextRules.commentLengthFraction { score += 1 }
        if length > Double(median) { score -= 2 }
        return score >= PlainTextRules.chattyCommentScore
    }
}
