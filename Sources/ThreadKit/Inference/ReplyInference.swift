/// Guesses who answers whom in a page that lost its reply structure.
///
/// Each pass is one kind of evidence, tried strongest first; the first that
/// names a parent wins, and every link it makes is flagged as inferred. A comment
/// no pass claims starts a new topic at the top level.
struct ReplyInference {
    let articleAuthor: String?
    /// Paragraphs of the article: word pairs from it are the topic, not an echo of one comment.
    let articleText: [String]

    private typealias Pass = (_ context: Context, _ index: Int) -> Int?

    private let passes: [(name: String, pass: Pass)] = [
        ("quotes an earlier comment", { context, index in context.quotedComment(by: index) }),
        ("addresses a commenter by name", { context, index in context.addressedCommenter(by: index) }),
        ("back-and-forth between two people", { context, index in context.backAndForth(at: index) }),
        ("answers someone who addressed them", { context, index in context.answerToAddress(at: index) }),
        ("answers a question", { context, index in context.answerToQuestion(at: index) }),
        ("reacts to the comment above", { context, index in context.reaction(at: index) }),
        ("echoes the comment above", { context, index in context.echo(at: index) }),
        ("the article's author answers", { context, index in context.articleAuthorAnswer(at: index) }),
    ]

    func infer(_ comments: inout [Comment]) {
        var context = Context(comments: comments, articleAuthor: articleAuthor, articleText: articleText)
        // The context holds the only copy while links are set (so setting them copies no comment),
        // and hands it back at the end.
        comments = []
        defer { comments = context.comments }
        var depth = [Int](repeating: 0, count: context.comments.count)
        for index in context.comments.indices {
            context.advance(to: index)
            defer { if let author = context.comments[index].author { context.latestByAuthor[author] = index } }
            guard var parent = passes.lazy.compactMap({ $0.pass(context, index) }).first,
                  parent < index else { continue }
            // Long two-person exchanges would march off the screen: keep them at a sane depth.
            while depth[parent] >= PlainTextRules.maxReplyDepth, let up = context.comments[parent].parent {
                parent = up
            }
            context.comments[index].parent = parent
            context.comments[index].parentInferred = true
            depth[index] = depth[parent] + 1
        }
    }
}

/// What the passes know: the comments so far and facts derived from them once.
private struct Context {
    var comments: [Comment]
    let articleAuthor: String?
    /// For each comment, the authors it addresses by name.
    let addressees: [[String]]
    /// Each author's latest comment before the one being decided (kept by `infer`, so lookups stay O(1)).
    var latestByAuthor: [String: Int] = [:]
    /// Word pairs and words of the article: the topic, not an echo of one comment.
    private let articleBigrams: Set<UInt64>
    private let articleWords: Set<String>
    /// The words `echo` compares, of the comment being decided and the one above: worked out once
    /// each as `infer` reaches them, and only these two kept (not a set per comment of the thread).
    private var echoes = (above: Echo(), this: Echo())

    private struct Echo {
        /// Word pairs and rare words of all its own paragraphs, less the article's.
        var pairs: Set<UInt64> = []
        var rare: Set<String> = []
        /// The same, of its first paragraph only.
        var openingPairs: [UInt64] = []
        var openingRare: [String] = []
    }

    init(comments: [Comment], articleAuthor: String?, articleText: [String]) {
        self.comments = comments
        self.articleAuthor = articleAuthor
        let vocative = Vocative(authors: Set(comments.compactMap(\.author)))
        addressees = comments.map { comment in
            comment.blocks.filter { $0.kind != .quote }.flatMap { vocative.addressed(in: $0.text) }
                .filter { $0 != comment.author }
        }
        articleBigrams = Set(articleText.flatMap(Self.contentBigrams))
        articleWords = Set(articleText.flatMap { $0.words.map { String.bare($0) } })
    }

    /// Called by `infer` for each comment in order, before the passes decide it.
    mutating func advance(to index: Int) {
        let own = ownText(index)
        guard let first = own.first else {
            echoes = (echoes.this, Echo())
            return
        }
        let firstPairs = Self.contentBigrams(first), firstRare = Self.rareTokens(first)
        let rest = own.dropFirst()
        echoes = (echoes.this, Echo(pairs: Set(firstPairs + rest.flatMap(Self.contentBigrams)).subtracting(articleBigrams),
                                    rare: Set(firstRare + rest.flatMap(Self.rareTokens)).subtracting(articleWords),
                                    openingPairs: firstPairs, openingRare: firstRare))
    }

    private func author(_ index: Int) -> String? { comments[index].author }
    private func hasBody(_ index: Int) -> Bool { !comments[index].blocks.isEmpty }
    private func ownText(_ index: Int) -> [String] {
        comments[index].blocks.filter { $0.kind != .quote }.map(\.text)
    }

    func quotedComment(by index: Int) -> Int? {
        comments[index].blocks.lazy.compactMap(\.quotedComment).first
    }

    /// The latest earlier comment by someone this comment calls by name.
    func addressedCommenter(by index: Int) -> Int? {
        addressees[index].lazy.compactMap { latestByAuthor[$0] }.first
    }

    /// A answers B, B answered A: A's next comment right after B's answers B.
    func backAndForth(at index: Int) -> Int? {
        guard index > 0, let me = author(index) else { return nil }
        let previous = index - 1
        guard author(previous) != me, let grandparent = comments[previous].parent, author(grandparent) == me else {
            return nil
        }
        return previous
    }

    /// Someone called this author by name a moment ago.
    func answerToAddress(at index: Int) -> Int? {
        guard let me = author(index) else { return nil }
        let window = max(0, index - PlainTextRules.addressedAnswerWindow)..<index
        return window.reversed().first { addressees[$0].contains(me) && author($0) != me }
    }

    /// The comment above asked something and this one is a short answer by someone else.
    func answerToQuestion(at index: Int) -> Int? {
        guard index > 0, hasBody(index),
              comments[index].blocks.count <= PlainTextRules.questionAnswerMaxParagraphs else { return nil }
        let previous = index - 1
        guard author(previous) == nil || author(previous) != author(index),
              ownText(previous).contains(where: \.asksQuestion) else { return nil }
        // Opening with a question to everyone ("Anyone know where to get tickets") starts a topic.
        if let opening = ownText(index).first?.sentences.first,
           opening.words.first.map({ PlainTextRules.questionOpeners.contains(String.bare($0)) }) == true,
           !opening.words.contains(where: { PlainTextRules.secondPerson.contains(String.bare($0)) }) {
            return nil
        }
        return previous
    }

    /// "true, …", "so why…", "Spot on", "Soft??", "LOL", "Thank you!": a reaction to the comment above
    /// (or, if that is the same author's, to what that one answered).
    func reaction(at index: Int) -> Int? {
        guard index > 0, let first = ownText(index).first else { return nil }
        guard ownText(index).count == 1 && first.words.count <= PlainTextRules.veryShortReplyWords
            || Self.opensWithReaction(first) else { return nil }
        let previous = index - 1
        if let me = author(index), author(previous) == me { return comments[previous].parent }
        return hasBody(previous) ? previous : nil
    }

    static func opensWithReaction(_ text: String) -> Bool {
        let words = text.words.prefix(8).map { String.bare($0) }.filter { !$0.isEmpty }
        guard let opener = words.first else { return false }
        if PlainTextRules.reactionStarters.contains(opener) { return true }
        if words.count >= 2, PlainTextRules.interjections.contains(words[0] + " " + words[1]) { return true }
        // "Soft??", "Really?!": a word or two thrown back at the comment above.
        if let sentence = text.sentences.first, sentence.words.count <= 2, sentence.hasSuffix("?") || sentence.hasSuffix("!") {
            return true
        }
        // Thanks for an answer, not for the article.
        return PlainTextRules.replyOpeners.contains(opener) && !words.contains(where: PlainTextRules.articleWords.contains)
    }

    /// Repeats a distinctive pair of words ("headphone jack") or a rare name or figure ("Fortet", "2h40")
    /// from the comment above that the article does not use.
    func echo(at index: Int) -> Int? {
        guard index > 0 else { return nil }
        let previous = index - 1
        guard author(previous) == nil || author(previous) != author(index) else { return nil }
        let (above, this) = echoes
        return this.openingPairs.contains(where: above.pairs.contains) || this.openingRare.contains(where: above.rare.contains)
            ? previous : nil
    }

    /// Proper names inside sentences and mixed letters-and-digits words, lower-cased.
    static func rareTokens(_ text: String) -> [String] {
        text.sentences.flatMap { sentence in
            sentence.words.enumerated().compactMap { position, word -> String? in
                let bare = String.bare(word)
                guard bare.count >= 4 else { return nil }
                // Bytes for the usual ASCII word: Character properties are slow.
                let mixed = bare.utf8.allSatisfy({ $0 < 0x80 })
                    ? bare.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && bare.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                    : bare.contains(where: \.isNumber) && bare.contains(where: \.isLetter)
                let name = position > 0 && word.firstLetter?.isUppercase == true
                    && !PlainTextRules.commonNameWords.contains(bare) && !PlainTextRules.stopWords.contains(bare)
                return mixed || name ? bare : nil
            }
        }
    }

    /// The article's author mostly answers readers rather than starting topics.
    func articleAuthorAnswer(at index: Int) -> Int? {
        guard index > 0, let me = author(index), me == articleAuthor,
              author(index - 1) != me, hasBody(index - 1) else { return nil }
        return index - 1
    }

    /// Neighbouring content words, small words skipped: "Lawrence of Arabia" → "lawrence arabia",
    /// as a hash of the pair: only whether two comments share one matters, and no String is made.
    static func contentBigrams(_ text: String) -> [UInt64] {
        let words = text.words.map { String.bare($0) }.filter { word in
            word.count >= 3 && !PlainTextRules.commonNameWords.contains(word) && !PlainTextRules.stopWords.contains(word)
        }.map(\.utf8.fnv1a)
        return zip(words, words.dropFirst()).map { $0 &* 0x9E37_79B9_7F4A_7C15 ^ $1 }
    }
}
