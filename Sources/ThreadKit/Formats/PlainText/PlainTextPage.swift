/// A web page saved as plain text: title, article, then comments whose author
/// names stand on lines of their own. Reply structure is inferred.
///
/// The parse runs as named passes: split lines → set chrome aside → read the
/// header → find where the article ends → cut comments → mark quotes → infer replies.
public enum PlainTextPage: ThreadFormat {
    public static let name = "plain-text"

    public static func recognises(_ input: SourceText) -> Recognition { .fallback }

    public static func parse(_ input: consuming SourceText, options: ParseOptions) throws -> Thread {
        let lines = PageLine.split(input.bytes)
        // From here the lines hold the text: the bytes go, if this was their only holder.
        _ = consume input
        return try parse(consume lines, recurrences: nil)
    }

    /// The start of a page, with the whole page's evidence of which of its lines are names (how often
    /// each recurs in `whole`, the file's bytes), so its comments come out as they do in the whole.
    static func parseStart(_ start: SourceText, within whole: [UInt8]) throws -> Thread {
        let lines = PageLine.split(start.bytes)
        return try parse(lines, recurrences: AuthorLine.recurrences(of: lines, in: whole))
    }

    /// `recurrences` of short lines, when counted over more than `page`.
    private static func parse(_ page: consuming [PageLine], recurrences: [String: Int]?) throws -> Thread {
        var lines = consume page
        guard !lines.isEmpty else { throw ThreadError.empty }
        // Chrome is set aside first so that no later pass mistakes it for a name or a paragraph.
        let (chrome, sectionStarts) = setChromeAside(&lines)
        let header = ArticleHeader(lines)
        let byline = Set([header.bylineName].compactMap { $0 })
        let names = recurrences.map { AuthorLine(recurrences: $0, knownNames: byline) } ?? AuthorLine(lines: lines, knownNames: byline)
        let boundary = ArticleBoundary(lines: lines, sectionStarts: sectionStarts, from: header.end, names: names)
        var comments = CommentSegmenter(names: names)
            .segment(lines[boundary.anonymousTail.lowerBound...], forcedStarts: boundary.anonymousTail)
        let article = Article(caption: header.caption, byline: header.byline, blocks: articleBlocks(lines[boundary.article]))
        // The comments and article now hold every line's text; the lines themselves are not needed below.
        _ = consume lines
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

    /// Removes page furniture from `lines` (the first line, the title, stays), in place so that a large
    /// page's lines are not held twice; returns it, and where the sections it opened start in what is left.
    private static func setChromeAside(_ lines: inout [PageLine]) -> (chrome: [String], sectionStarts: Set<Int>) {
        var chrome: [String] = []
        var sectionStarts: Set<Int> = []
        var kept = 0
        for index in lines.indices {
            switch index == 0 ? .none : ChromeLine.classify(lines[index].text) {
            case .none: lines.swapAt(kept, index); kept += 1
            case .furniture: chrome.append(lines[index].text)
            case .sectionStart: chrome.append(lines[index].text); sectionStarts.insert(kept)
            }
        }
        lines.removeSubrange(kept...)
        return (chrome, sectionStarts)
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
