/// Marks quote paragraphs: text repeated from an earlier comment, lines set in
/// quotation marks, and `>` lines. A repeat remembers which comment it quotes,
/// which is the strongest evidence of a reply there is; so does a paragraph that opens
/// with a quotation of one ("“…” Did you, though?"), though it stays the commenter's own.
enum QuoteMarking {
    static func mark(_ comments: inout [Comment]) {
        var said = Said(expecting: comments.count)
        var window: (start: Int, paragraphs: [[Paragraph]]) = (0, [])
        for index in comments.indices {
            if index == window.start + window.paragraphs.count { window = (index, paragraphs(of: comments, from: index)) }
            var blocks = comments[index].blocks
            let paragraphs = window.paragraphs[index - window.start]
            var own: [Int] = [] // positions: a paragraph's copy would retain each of its parts
            // Paragraphs that open with a quotation glued to the answer: where each is cut, by position.
            var glued: [(position: Int, cut: GluedQuotation)] = []
            // Most comments quote nothing: theirs are not written back (a comment's blocks live in a body of their own).
            var quotes = false
            for position in blocks.indices {
                let paragraph = paragraphs[position]
                // What is set off as a quotation may be a piece of a sentence: searched for in the comments
                // just above when no whole sentence matches.
                func quotedSource() -> Int? {
                    paragraph.quotation.flatMap { quotation in
                        repeatedSource(of: quotation.paragraph, in: said, comments: comments, before: index)
                            ?? pieceSource(of: quotation.text, in: comments, before: index)
                    }
                }
                if let source = repeatedSource(of: paragraph, in: said, comments: comments, before: index) {
                    blocks[position] = Block(.quote, blocks[position].text, quotedComment: source)
                    quotes = true
                } else if paragraph.isQuotation {
                    blocks[position] = Block(.quote, blocks[position].text, quotedComment: quotedSource())
                    quotes = true
                } else if paragraph.quotation == nil,
                          let cut = gluedQuotation(in: paragraph, of: blocks[position], said: said, comments: comments, before: index) {
                    glued.append((position, cut))
                    quotes = true
                    for sentence in paragraph.sentences[cut.firstOwnSentence...] { said.record(sentence.hash, by: index) }
                    // (Cut from the paragraph as compared: normalised already.)
                    said.record(cut.own.utf8.fnv1a, by: index)
                } else if blocks[position].kind != .quote {
                    if paragraph.quotation != nil {
                        blocks[position].quotedComment = quotedSource()
                        quotes = true
                    }
                    own.append(position)
                }
            }
            for position in own {
                said.record(paragraphs[position].hash, by: index)
                for sentence in paragraphs[position].sentences { said.record(sentence.hash, by: index) }
            }
            // Each glued quotation becomes a quote of its own over the answer, from the last so that the earlier positions hold.
            for (position, cut) in glued.reversed() {
                blocks[position] = Block(.paragraph, cut.own)
                blocks.insert(Block(.quote, cut.quoted, quotedComment: cut.source), at: position)
            }
            if quotes { comments[index].blocks = blocks }
        }
    }

    /// Where a paragraph that opens with sentences of one earlier comment and goes on in words of its own is cut.
    private struct GluedQuotation {
        var quoted: String
        var own: String
        var source: Int
        /// Where the paragraph's long sentences in `own` start.
        var firstOwnSentence: Int
    }

    /// A paragraph, or a quotation as the page set it off, opening with whole sentences of one earlier comment and going on
    /// with sentences no earlier comment said: a forum's quotation whose box a text browser dropped, glued to the answer
    /// ("Originally Posted by Ann" / her words / the answer, no gap between). Only a plain paragraph single-spaced as compared
    /// is cut, so that the two parts are its own text.
    private static func gluedQuotation(in paragraph: Paragraph, of block: Block, said: Said, comments: [Comment], before index: Int) -> GluedQuotation? {
        guard block.kind == .paragraph || block.kind == .quote && block.quotedComment == nil, block.spans.isEmpty, block.list == nil,
              let first = paragraph.sentences.first, first.text.startIndex == paragraph.text.startIndex,
              let source = said.source(of: first.text, hash: first.hash, in: comments, before: index) else { return nil }
        var firstOwnSentence = 1
        while firstOwnSentence < paragraph.sentences.count, case let sentence = paragraph.sentences[firstOwnSentence],
              said.source(of: sentence.text, hash: sentence.hash, in: comments, before: index) == source {
            firstOwnSentence += 1
        }
        // Long sentences follow, none of which an earlier comment said or the quoted one holds as a piece of one (a quotation of
        // two is not cut, nor one going on in words too short to tell, nor one whose sentence the page broke over two lines, nor
        // one cut short and going on with the end of the quoted text).
        guard firstOwnSentence < paragraph.sentences.count else { return nil }
        for sentence in paragraph.sentences[firstOwnSentence...] {
            guard said.source(of: sentence.text, hash: sentence.hash, in: comments, before: index) == nil,
                  !ownWords(of: comments[source], hold: sentence.text) else { return nil }
        }
        let end = paragraph.sentences[firstOwnSentence - 1].text.endIndex
        let own = paragraph.text[end...].drop { $0 == " " }
        guard !own.isEmpty, paragraph.text == block.text else { return nil }
        return GluedQuotation(quoted: String(paragraph.text[..<end]), own: String(own), source: source, firstOwnSentence: firstOwnSentence)
    }

    /// A paragraph as the lookups read it: normalised, cut into sentences long enough to tell, and each hashed
    /// once; and the quotation it is or opens with. Worked out for a window of comments at once, on every core.
    private struct Paragraph: Sendable {
        var text: String
        var hash: UInt64
        var sentences: [(text: Substring, hash: UInt64)]
        /// The words inside its quotation marks or after its `>`, when it is set off as a quotation; or
        /// the quotation it opens with.
        var quotation: Quoted?
        /// The whole paragraph is a quotation (not only its opening).
        var isQuotation = false

        /// Comments whose paragraphs are prepared at once: a bound on memory, not a weight.
        static let window = 1024

        init(_ text: String) {
            self.text = text.normalisedForComparison
            hash = self.text.utf8.fnv1a
            sentences = longSentences(of: self.text).map { ($0, $0.utf8.fnv1a) }
        }

        init(block text: String) {
            self.init(text)
            if isSetInQuotationMarks(text) {
                (quotation, isQuotation) = (Quoted(withoutQuotationMarks(text)), true)
            } else if text.hasPrefix(">") {
                (quotation, isQuotation) = (Quoted(String(text.drop { $0 == ">" || $0 == " " })), true)
            } else if let opening = openingQuotation(text) {
                quotation = Quoted(opening)
            }
        }
    }

    /// A quotation's words, prepared as a paragraph's are (a class, since a paragraph holds one).
    private final class Quoted: Sendable {
        let paragraph: Paragraph
        var text: String { paragraph.text }
        init(_ text: String) { paragraph = Paragraph(text) }
    }

    private static func paragraphs(of comments: [Comment], from start: Int) -> [[Paragraph]] {
        let count = min(Paragraph.window, comments.count - start)
        let pieces = piecesWorthMaking(for: count, smallest: Paragraph.window / 4)
        return [[Paragraph]](count: count, concurrentlyInPieces: pieces) { offset in
            comments[start + offset].blocks.map { Paragraph(block: $0.text) }
        }
    }

    /// Earlier comments' paragraphs and sentences → the latest comment that said them, by a hash
    /// of their bytes: a page's every sentence kept as a key would cost more than the page.
    private struct Said {
        private var latest: CommentsByHash

        /// Room for a few sentences per comment at once.
        init(expecting comments: Int) { latest = CommentsByHash(expecting: comments * 4) }

        mutating func record(_ hash: UInt64, by comment: Int) { latest[hash] = Int32(comment) }

        /// The latest earlier comment whose own words hold `text`, whose hash is `hash`; a hash hit is checked against them.
        func source(of text: some StringProtocol, hash: UInt64, in comments: [Comment], before index: Int) -> Int? {
            guard let found = latest[hash], Int(found) < index else { return nil }
            let comment = Int(found)
            return ownWords(of: comments[comment], hold: text) ? comment : nil
        }
    }

    /// Whether `comment`'s own words (not what it quotes) hold `text`, as compared.
    private static func ownWords(of comment: Comment, hold text: some StringProtocol) -> Bool {
        comment.blocks.contains { $0.kind != .quote && $0.text.normalisedForComparison.holds(text) }
    }

    /// The latest of the comments just above whose own words hold `quotation` (long enough to tell).
    private static func pieceSource(of quotation: String, in comments: [Comment], before index: Int) -> Int? {
        let rules = PlainTextRules.standard
        guard !quotation.hasAtMost(characters: rules.minQuotedSentenceLength - 1) else { return nil }
        return (max(0, index - rules.quotationSearchWindow)..<index).reversed().first { earlier in
            ownWords(of: comments[earlier], hold: quotation)
        }
    }

    /// Sentences long enough to tell where they come from.
    private static func longSentences(of paragraph: String) -> [Substring] {
        paragraph.sentences.filter { !$0.hasAtMost(characters: PlainTextRules.standard.minQuotedSentenceLength - 1) }
    }

    /// The words of a quotation that opens a paragraph and is followed by more: “text.” Did you… → `text.`
    private static func openingQuotation(_ text: String) -> String? {
        // Those marks open with the bytes 22, E2 or C2: most paragraphs are passed over on their first byte.
        guard let byte = text.utf8.first, byte == 0x22 || byte == 0xE2 || byte == 0xC2, let first = text.first, "\"“«„".contains(first) else {
            return nil
        }
        let rest = text.dropFirst()
        guard let close = rest.firstIndex(where: { "\"”»“".contains($0) }), rest.index(after: close) < rest.endIndex else { return nil }
        let quotation = rest[..<close]
        return quotation.hasAtMost(characters: PlainTextRules.standard.minQuotedSentenceLength - 1) ? nil : String(quotation)
    }

    /// The comment a paragraph repeats, whole or by its sentences (those long enough to tell).
    private static func repeatedSource(of paragraph: Paragraph, in said: Said, comments: [Comment], before index: Int) -> Int? {
        if let source = said.source(of: paragraph.text, hash: paragraph.hash, in: comments, before: index) { return source }
        // Every sentence said by one and the same comment: the first that was not, or was another's, settles it.
        var source: Int?
        for sentence in paragraph.sentences {
            guard let found = said.source(of: sentence.text, hash: sentence.hash, in: comments, before: index),
                  source == nil || source == found else { return nil }
            source = found
        }
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
        // Most paragraphs open with a letter: the first byte past the dots and spaces answers before any Character is read.
        var bytes = text.utf8[...]
        while let byte = bytes.first {
            if byte == 0x2E || byte == 0x20 {
                bytes = bytes.dropFirst()
            } else if bytes.starts(with: [0xE2, 0x80, 0xA6]) {
                bytes = bytes.dropFirst(3)
            } else {
                break
            }
        }
        // The marks open with the bytes 22, E2 or C2.
        if let byte = bytes.first, byte != 0x22, byte != 0xE2, byte != 0xC2 { return false }
        let isDecoration = { (character: Character) in character == "." || character == "…" || character == " " }
        guard let first = text.firstIndex(where: { !isDecoration($0) }), let last = text.lastIndex(where: { !isDecoration($0) }),
              first < last else { return false }
        return "\"“«„".contains(text[first]) && "\"”»“".contains(text[last])
    }
}
