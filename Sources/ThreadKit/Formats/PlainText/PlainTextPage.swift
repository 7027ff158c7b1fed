/// A web page saved as plain text: title, article, then comments whose author
/// names stand on lines of their own. Reply structure is inferred.
///
/// The parse runs as named passes: split lines → set chrome aside → read the
/// header → find where the article ends → cut comments → mark quotes → infer replies.
public enum PlainTextPage: ThreadFormat {
    public static let name = "plain-text"

    public static func recognises(_ input: SourceText) -> Recognition { .fallback }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        try parse(PageLine.split(input.bytes), recurrences: nil)
    }

    /// The start of a page, with the whole page's evidence of which of its lines are names (how often
    /// each recurs in `whole`, the file's bytes), so its comments come out as they do in the whole.
    static func parseStart(_ start: SourceText, within whole: [UInt8]) throws -> Thread {
        let lines = PageLine.split(start.bytes)
        return try parse(lines, recurrences: AuthorLine.recurrences(of: lines, in: whole))
    }

    /// `recurrences` of short lines, when counted over more than `allLines`.
    private static func parse(_ allLines: [PageLine], recurrences: [String: Int]?) throws -> Thread {
        guard !allLines.isEmpty else { throw ThreadError.empty }

        // Chrome is set aside first so that no later pass mistakes it for a name or a paragraph.
        var lines: [PageLine] = []
        var chrome: [String] = []
        var sectionStarts: Set<Int> = []
        for (index, line) in allLines.enumerated() {
            let kind = index == 0 ? .none : ChromeLine.classify(line.text)
            switch kind {
            case .none: lines.append(line)
            case .furniture: chrome.append(line.text)
            case .sectionStart: chrome.append(line.text); sectionStarts.insert(lines.count)
            }
        }

        let header = ArticleHeader(lines)
        let byline = Set([header.bylineName].compactMap { $0 })
        let names = recurrences.map { AuthorLine(recurrences: $0, knownNames: byline) } ?? AuthorLine(lines: lines, knownNames: byline)
        let boundary = ArticleBoundary(lines: lines, sectionStarts: sectionStarts, from: header.end, names: names)
        let drafts = CommentSegmenter(names: names)
            .segment(lines[boundary.anonymousTail.lowerBound...], forcedStarts: boundary.anonymousTail)

        let article = Article(caption: header.caption, byline: header.byline, blocks: articleBlocks(lines[boundary.article]))
        var comments = drafts.map { Comment(author: $0.author, blocks: $0.paragraphs.map(Block.paragraph)) }
        QuoteMarking.mark(&comments)
        ReplyInference(articleAuthor: header.bylineName, articleText: article.blocks.map(\.text)).infer(&comments)

        return Thread(
            format: name,
            title: header.title,
            article: article,
            chrome: chrome,
            comments: comments
        )
    }

    /// Short lines without final punctuation inside the article are subheadings.
    static func articleBlocks(_ lines: ArraySlice<PageLine>) -> [Block] {
        lines.indices.map { index in
            let text = lines[index].text
            let isSubheading = index + 1 < lines.endIndex && text.count <= PlainTextRules.maxSubheadingLength
                && !text.endsWithSentencePunctuation && !text.startsLowercase
            return Block(isSubheading ? .subheading : .paragraph, text)
        }
    }
}
