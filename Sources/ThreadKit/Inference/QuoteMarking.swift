/// Marks quote paragraphs: text repeated from an earlier comment, lines set in
/// quotation marks, and `>` lines. A repeat remembers which comment it quotes,
/// which is the strongest evidence of a reply there is.
enum QuoteMarking {
    static func mark(_ comments: inout [Comment]) {
        var said = Said(expecting: comments.count)
        for index in comments.indices {
            var blocks = comments[index].blocks
            // Each paragraph is normalised and cut into sentences once, to look it up and to record it.
            var own: [(paragraph: String, sentences: [Substring])] = []
            for position in blocks.indices {
                let text = blocks[position].text
                let quoted = isSetInQuotationMarks(text)
                // A paragraph set in quotation marks is looked up without them.
                let paragraph = (quoted ? Self.withoutQuotationMarks(text) : text).normalisedForComparison
                let sentences = paragraph.sentences.filter { !$0.hasAtMost(characters: PlainTextRules.standard.minQuotedSentenceLength - 1) }
                if let source = repeatedSource(of: paragraph, sentences: sentences, in: said, comments: comments, before: index) {
                    blocks[position] = Block(.quote, text, quotedComment: source)
                } else if quoted || text.hasPrefix(">") {
                    blocks[position].kind = .quote
                } else if blocks[position].kind != .quote {
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
