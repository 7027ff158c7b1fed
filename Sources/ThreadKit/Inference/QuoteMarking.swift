/// Marks quote paragraphs: text repeated from an earlier comment, lines set in
/// quotation marks, and `>` lines. A repeat remembers which comment it quotes,
/// which is the strongest evidence of a reply there is.
enum QuoteMarking {
    static func mark(_ comments: inout [Comment]) {
        // Earlier comments' paragraphs and sentences → the latest comment that said them. Keyed by
        // UTF-8 bytes: hashing bytes is much faster than hashing Strings, which normalise Unicode.
        var said: [[UInt8]: Int] = [:]
        for index in comments.indices {
            var blocks = comments[index].blocks
            for position in blocks.indices {
                let text = blocks[position].text
                if let source = repeatedSource(of: text, in: said, before: index) {
                    blocks[position] = Block(.quote, text, quotedComment: source)
                } else if isSetInQuotationMarks(text) || text.hasPrefix(">") {
                    blocks[position].kind = .quote
                }
            }
            for block in blocks where block.kind != .quote {
                let paragraph = block.text.normalisedForComparison
                said[Array(paragraph.utf8)] = index
                for sentence in paragraph.sentences where sentence.count >= PlainTextRules.minQuotedSentenceLength {
                    said[Array(sentence.utf8)] = index
                }
            }
            comments[index].blocks = blocks
        }
    }

    /// The comment a paragraph repeats, whole or sentence by sentence.
    private static func repeatedSource(of text: String, in said: [[UInt8]: Int], before index: Int) -> Int? {
        let paragraph = text.normalisedForComparison
        if let source = said[Array(paragraph.utf8)], source < index { return source }
        let sentences = paragraph.sentences.filter { $0.count >= PlainTextRules.minQuotedSentenceLength }
        guard !sentences.isEmpty else { return nil }
        let sources = Set(sentences.map { said[Array($0.utf8)] })
        guard sources.count == 1, let source = sources.first ?? nil, source < index else { return nil }
        return source
    }

    /// “Like this”, allowing ellipses and dots around the marks (“…. “text” ……”).
    static func isSetInQuotationMarks(_ text: String) -> Bool {
        let trimmed = text.drop(while: { ".… ".contains($0) })
            .reversed().drop(while: { ".… ".contains($0) }).reversed()
        guard trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last else { return false }
        return "\"“«„".contains(first) && "\"”»“".contains(last)
    }
}
