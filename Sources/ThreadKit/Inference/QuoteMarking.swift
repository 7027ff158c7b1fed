/// Marks quote paragraphs: text repeated from an earlier comment, lines set in
/// quotation marks, and `>` lines. A repeat remembers which comment it quotes,
/// which is the strongest evidence of a reply there is; so does a paragraph that opens
/// with a quotation of one ("“…” Did you, though?"), though it stays the commenter's own.
enum QuoteMarking {
    static func mark(_ comments: inout [Comment]) {
        var said = Said(expecting: comments.count)
        for index in comments.indices {
            var blocks = comments[index].blocks
            // Each paragraph is normalised and cut into sentences once, to look it up and to record it.
            var own: [(paragraph: String, sentences: [Substring])] = []
            for position in blocks.indices {
                let text = blocks[position].text
                let paragraph = text.normalisedForComparison
                let sentences = longSentences(of: paragraph)
                // What is set off as a quotation may be a piece of a sentence: searched for in the comments
                // just above when no whole sentence matches.
                func source(of quotation: String) -> Int? {
                    let inner = quotation.normalisedForComparison
                    return repeatedSource(of: inner, sentences: longSentences(of: inner), in: said, comments: comments, before: index)
                        ?? pieceSource(of: inner, in: comments, before: index)
                }
                if let source = repeatedSource(of: paragraph, sentences: sentences, in: said, comments: comments, before: index) {
                    blocks[position] = Block(.quote, text, quotedComment: source)
                } else if isSetInQuotationMarks(text) {
                    blocks[position] = Block(.quote, text, quotedComment: source(of: Self.withoutQuotationMarks(text)))
                } else if text.hasPrefix(">") {
                    blocks[position] = Block(.quote, text, quotedComment: source(of: String(text.drop { $0 == ">" || $0 == " " })))
                } else if blocks[position].kind != .quote {
                    if let quotation = Self.openingQuotation(text) { blocks[position].quotedComment = source(of: quotation) }
                    own.append((paragraph, sentences))
                }
            }
            for (paragraph, sentences) in own {
                said.record(paragraph[...], by: index)
                for sentence in sentences { said.record(sentence, by: index) }
            }
            comments[index].blocks = blocks
        }
    }

    /// Earlier comments' paragraphs and sentences → the latest comment that said them, by a hash
    /// of their bytes: a page's every sentence kept as a key would cost more than the page.
    private struct Said {
        private var latest: CommentsByHash

        /// Room for a few sentences per comment at once.
        init(expecting comments: Int) { latest = CommentsByHash(expecting: comments * 4) }

        mutating func record(_ text: Substring, by comment: Int) { latest[text.utf8.fnv1a] = Int32(comment) }

        /// The latest earlier comment whose own words hold `text`; a hash hit is checked against them.
        func source(of text: Substring, in comments: [Comment], before index: Int) -> Int? {
            guard let found = latest[text.utf8.fnv1a], Int(found) < index else { return nil }
            let comment = Int(found)
            let holds = comments[comment].blocks.contains { block in
                block.kind != .quote && block.text.normalisedForComparison.contains(text)
            }
            return holds ? comment : nil
        }
    }

    /// The latest of the comments just above whose own words hold `quotation` (long enough to tell).
    private static func pieceSource(of quotation: String, in comments: [Comment], before index: Int) -> Int? {
        let rules = PlainTextRules.standard
        guard !quotation.hasAtMost(characters: rules.minQuotedSentenceLength - 1) else { return nil }
        return (max(0, index - rules.quotationSearchWindow)..<index).reversed().first { earlier in
            comments[earlier].blocks.contains { $0.kind != .quote && $0.text.normalisedForComparison.contains(quotation) }
        }
    }

    /// Sentences long enough to tell where they come from.
    private static func longSentences(of paragraph: String) -> [Substring] {
        paragraph.sentences.filter { !$0.hasAtMost(characters: PlainTextRules.standard.minQuotedSentenceLength - 1) }
    }

    /// The words of a quotation that opens a paragraph and is followed by more: “text.” Did you… → `text.`
    private static func openingQuotation(_ text: String) -> String? {
        guard let first = text.first, "\"“«„".contains(first) else { return nil }
        let rest = text.dropFirst()
        guard let close = rest.firstIndex(where: { "\"”»“".contains($0) }), rest.index(after: close) < rest.endIndex else { return nil }
        let quotation = rest[..<close]
        return quotation.hasAtMost(characters: PlainTextRules.standard.minQuotedSentenceLength - 1) ? nil : String(quotation)
    }

    /// The comment a normalised paragraph repeats, whole or by its `sentences` (those long enough to tell).
    private static func repeatedSource(of paragraph: String, sentences: [Substring], in said: Said, comments: [Comment],
                                       before index: Int) -> Int? {
        if let source = said.source(of: paragraph[...], in: comments, before: index) { return source }
        guard !sentences.isEmpty else { return nil }
        let sources = Set(sentences.map { said.source(of: $0, in: comments, before: index) })
        guard sources.count == 1, let source = sources.first ?? nil else { return nil }
        return source
    }

    /// The words inside the marks: “…. “text.” ……” → `text.`
    private static func withoutQuotationMarks(_ text: String) -> String {
        let isMark = { (character: Character) in "\"“”«»„ .…".contains(character) }
        let inner = text.drop(while: isMark)
        guard let last = inner.lastIndex(where: { !"\"“”«»„ ".contains($0) }) else { return "" }
        return String(inner[...last])
    }

    /// “Like this”, allowing ellipses and dots around the marks (“…. “text” ……”).
    static func isSetInQuotationMarks(_ text: String) -> Bool {
        let isDecoration = { (character: Character) in character == "." || character == "…" || character == " " }
        guard let first = text.firstIndex(where: { !isDecoration($0) }), let last = text.lastIndex(where: { !isDecoration($0) }),
              first < last else { return false }
        return "\"“«„".contains(text[first]) && "\"”»“".contains(text[last])
    }
}
