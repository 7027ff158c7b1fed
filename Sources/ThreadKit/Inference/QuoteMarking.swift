/// Marks quote paragraphs: text repeated from an earlier comment, lines set in
/// quotation marks, and `>` lines. A repeat remembers which comment it quotes,
/// which is the strongest evidence of a reply there is.
enum QuoteMarking {
    static func mark(_ comments: inout [Comment]) {
        var said = Said(expecting: comments.count)
        for index in comments.indices {
            var blocks = comments[index].blocks
            for position in blocks.indices {
                let text = blocks[position].text
                if let source = repeatedSource(of: text, in: said, comments: comments, before: index) {
                    blocks[position] = Block(.quote, text, quotedComment: source)
                } else if isSetInQuotationMarks(text) || text.hasPrefix(">") {
                    blocks[position].kind = .quote
                }
            }
            for block in blocks where block.kind != .quote {
                let paragraph = block.text.normalisedForComparison
                said.record(paragraph[...], by: index)
                for sentence in paragraph.sentences where sentence.count >= PlainTextRules.standard.minQuotedSentenceLength {
                    said.record(sentence, by: index)
                }
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

    /// The comment a paragraph repeats, whole or sentence by sentence.
    private static func repeatedSource(of text: String, in said: Said, comments: [Comment], before index: Int) -> Int? {
        let paragraph = text.normalisedForComparison
        if let source = said.source(of: paragraph[...], in: comments, before: index) { return source }
        let sentences = paragraph.sentences.filter { $0.count >= PlainTextRules.standard.minQuotedSentenceLength }
        guard !sentences.isEmpty else { return nil }
        let sources = Set(sentences.map { said.source(of: $0, in: comments, before: index) })
        guard sources.count == 1, let source = sources.first ?? nil else { return nil }
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
