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
        var depth = [Int](repeating: 0, count: comments.count)
        for index in comments.indices {
            defer { if let author = comments[index].author { context.latestByAuthor[author] = index } }
            guard var parent = passes.lazy.compactMap({ $0.pass(context, index) }).first,
                  parent < index else { continue }
            // Long two-person exchanges would march off the screen: keep them at a sane depth.
            while depth[parent] >= PlainTextRules.maxReplyDepth, let up = context.comments[parent].parent {
                parent = up
            }
            comments[index].parent = parent
            comments[index].parentInferred = true
            depth[index] = depth[parent] + 1
            context.comments[index].parent = parent
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
    private let articleBigrams: Set<String>

    init(comments: [Comment], articleAuthor: String?, articleText: [String]) {
        self.comments = comments
        self.articleAuthor = articleAuthor
        let vocative = Vocative(authors: Set(comments.compactMap(\.author)))
        addressees = comments.map { comment in
            comment.blocks.filter { $0.kind != .quote }.flatMap { vocative.addressed(in: $0.text) }
                .filter { $0 != comment.author }
        }
        articleBigrams = Set(articleText.flatMap(Self.contentBigrams))
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
              ownText(previous).contains(where: \.containsQuestion) else { return nil }
        return previous
    }

    /// "true, …", "so why…", "LOL": a reaction to the comment above (or, if that is the
    /// same author's, to what that one answered).
    func reaction(at index: Int) -> Int? {
        guard index > 0, let first = ownText(index).first else { return nil }
        let opener = first.firstBareWord ?? ""
        let isVeryShort = ownText(index).count == 1 && first.words.count <= PlainTextRules.veryShortReplyWords
        guard isVeryShort || PlainTextRules.reactionStarters.contains(opener) else { return nil }
        let previous = index - 1
        if let me = author(index), author(previous) == me { return comments[previous].parent }
        return hasBody(previous) ? previous : nil
    }

    /// Repeats a distinctive pair of words from the comment above ("headphone jack").
    func echo(at index: Int) -> Int? {
        guard index > 0, let first = ownText(index).first else { return nil }
        let previous = index - 1
        guard author(previous) == nil || author(previous) != author(index) else { return nil }
        let above = Set(ownText(previous).flatMap(Self.contentBigrams))
        return Self.contentBigrams(first).contains(where: { above.contains($0) && !articleBigrams.contains($0) })
            ? previous : nil
    }

    /// The article's author mostly answers readers rather than starting topics.
    func articleAuthorAnswer(at index: Int) -> Int? {
        guard index > 0, let me = author(index), me == articleAuthor,
              author(index - 1) != me, hasBody(index - 1) else { return nil }
        return index - 1
    }

    static func contentBigrams(_ text: String) -> [String] {
        let words = text.words.map { String.bare($0) }
        func isContent(_ word: String) -> Bool {
            word.count >= 3 && !PlainTextRules.commonNameWords.contains(word) && !PlainTextRules.stopWords.contains(word)
        }
        return zip(words, words.dropFirst()).compactMap { a, b in
            isContent(a) && isContent(b) ? a + " " + b : nil
        }
    }
}
