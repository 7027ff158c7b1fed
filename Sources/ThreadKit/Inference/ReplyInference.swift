/// Guesses who answers whom in a page that lost its reply structure.
///
/// Small producers each add evidence for one or more earlier comments (quoting one, calling its
/// author by name, answering its question…) or against linking at all (a gap of two blank lines, a
/// new topic from the article, a slogan that stands alone); one combiner sums it per candidate, and
/// the best candidate whose total reaches `PlainTextRules.replyScore` becomes the parent, flagged as
/// inferred with the kind of evidence that weighed most. A comment nothing links stays top level.
struct ReplyInference {
    let articleAuthor: String?
    /// Paragraphs of the article: word pairs from it are the topic, not an echo of one comment.
    let articleText: [String]
    var rules = PlainTextRules.standard
    /// Keep each decision's evidence for `--explain`.
    var explaining = false

    /// Why a comment has the parent it has: the winner's evidence, and close losers'.
    struct Decision {
        var parent: Int?
        var evidence: [Evidence] = []
        var alternatives: [(comment: Int, total: Int, evidence: [Evidence])] = []
    }

    /// `separated[i]`: comment `i` stands after two blank lines. Returns each decision when explaining.
    @discardableResult
    func infer(_ comments: inout [Comment], separated: [Bool] = []) -> [Decision] {
        var context = Context(comments: comments, articleAuthor: articleAuthor, articleText: articleText, rules: rules)
        // The context holds the only copy while links are set (so setting them copies no comment),
        // and hands it back at the end.
        comments = []
        defer { comments = context.comments }
        var decisions: [Decision] = []
        var depth = [Int](repeating: 0, count: context.comments.count)
        var window: (start: Int, facts: [Context.Facts]) = (0, [])
        for index in context.comments.indices {
            if index == window.start + window.facts.count { window = (index, context.facts(from: index)) }
            // Taken out of the window, not copied: a copy retains each of its arrays, and the window's are let go soon after.
            var facts = Context.Facts()
            swap(&facts, &window.facts[index - window.start])
            context.advance(to: index, knowing: facts)
            defer { if let author = context.comments[index].author { context.latestByAuthor[author] = index } }
            var candidates = context.candidates(for: index, separated: index < separated.count && separated[index], recording: explaining)
            if let earlier = context.alternation(at: index), context.comments[earlier.answer].parent == nil {
                // A, B, A: B most likely answered the first A.
                context.link(earlier.answer, to: earlier.answered, by: .alternation, depth: &depth, rules: rules)
            }
            candidates.sort { ($0.tally.total, $0.comment) > ($1.tally.total, $1.comment) }
            var decision = Decision()
            if let best = candidates.first, best.tally.total >= rules.replyScore, best.comment < index {
                context.link(index, to: best.comment, by: best.tally.strongest ?? .echo, depth: &depth, rules: rules)
                decision.parent = context.comments[index].parent
                decision.evidence = best.tally.evidence
            }
            if explaining {
                let top = candidates.first?.tally.total ?? 0
                decision.alternatives = candidates.dropFirst(decision.parent == nil ? 0 : 1)
                    .filter { $0.tally.total > 0 && $0.tally.total >= top - rules.closeMargin }
                    .map { ($0.comment, $0.tally.total, $0.tally.evidence) }
                decisions.append(decision)
            }
        }
        return decisions
    }
}

/// What the passes know: the comments so far and facts derived from them once.
private struct Context {
    var comments: [Comment]
    let articleAuthor: String?
    let rules: PlainTextRules
    private let vocative: Vocative
    /// For each comment up to the one being decided, the authors it addresses by name, with the word
    /// used: producers only look back.
    private(set) var addressees: [[Vocative.Address]] = []
    /// Each author's latest comment before the one being decided (kept by `infer`, so lookups stay O(1)).
    var latestByAuthor: [String: Int] = [:]
    /// Word pairs and words of the article: the topic, not an echo of one comment.
    let articleBigrams: KeySet
    private let articleWords: KeySet
    /// What the producers read of the comment being decided and the one above.
    private(set) var facts = (above: Facts(), this: Facts())
    /// Comments whose facts are worked out at once, on every core: a bound on memory (a page's every
    /// comment's facts would take more than the page), not a weight.
    private static let factsWindow = 1024
    /// Each core's words other than ASCII already keyed, kept from one window to the next: a page's words recur.
    private var wordCaches: [KeyedWord.Cache] = []

    /// What the producers read of one comment, whatever the comments around it: worked out for a window
    /// of comments at once, each paragraph's words keyed once for every producer that reads them.
    struct Facts: Sendable {
        /// Authors it addresses by name (not its own), with the word used.
        var addressees: [Vocative.Address] = []
        /// It has paragraphs of its own (not only quotes).
        var speaks = false
        /// Word pairs and rare words of all its own paragraphs, less the article's.
        var pairs = KeySet(keys: [])
        var rare = KeySet(keys: [])
        /// The same, of its first paragraph only.
        var openingPairs: [UInt64] = []
        var openingRare: [UInt64] = []
        /// One of its own paragraphs asks something.
        var asksQuestion = false
        /// It opens with a question to everyone ("Anyone know where to get tickets"): a topic of its own.
        var asksEveryone = false
        /// It opens turned to someone: second person or a back-reference ("You clearly…", "That's not how…").
        var turnsToSomeone = false
        /// A short line that needs no one above it: a slogan or verdict.
        var standsAlone = false
        /// Short, or opening with a reaction ("true, …", "Spot on", "Soft??").
        var reacts = false
    }

    init(comments: [Comment], articleAuthor: String?, articleText: [String], rules: PlainTextRules) {
        self.comments = comments
        self.articleAuthor = articleAuthor
        self.rules = rules
        vocative = Vocative(authors: Set(comments.compactMap(\.author)), rules: rules)
        addressees.reserveCapacity(comments.count)
        let article = articleText.map(\.keyedWords)
        articleBigrams = KeySet(keys: article.flatMap { Self.contentBigrams($0, rules: rules) })
        articleWords = KeySet(keys: article.joined().map(\.key))
    }

    /// Called by `infer` for each comment in order, with its facts, before the passes decide it.
    mutating func advance(to index: Int, knowing facts: consuming Facts) {
        addressees.append(facts.addressees)
        self.facts = (self.facts.this, facts)
    }

    /// The facts of the comments from `start`, a window of them, worked out at once on every core.
    mutating func facts(from start: Int) -> [Facts] {
        let count = min(Self.factsWindow, comments.count - start)
        let pieces = piecesWorthMaking(for: count, smallest: Self.factsWindow / 4)
        let (comments, vocative, articleBigrams, articleWords, rules) = (comments, vocative, articleBigrams, articleWords, rules)
        return [Facts](count: count, concurrentlyInPieces: pieces, states: &wordCaches, start: { KeyedWord.Cache() }) { offset, wordCache in
            Self.facts(of: comments[start + offset], vocative: vocative, articleBigrams: articleBigrams, articleWords: articleWords,
                       rules: rules, wordCache: &wordCache)
        }
    }

    private static func facts(of comment: Comment, vocative: Vocative, articleBigrams: KeySet, articleWords: KeySet,
                              rules: PlainTextRules, wordCache: inout KeyedWord.Cache) -> Facts {
        let own = comment.blocks.filter { $0.kind != .quote }.map(\.text)
        let keyed = own.map { $0.keyedWords(cache: &wordCache) }
        let addressees = keyed.flatMap { vocative.addresses(in: $0) }.filter { $0.author != comment.author }
        guard let first = keyed.first else { return Facts(addressees: addressees) }
        let firstPairs = contentBigrams(first, rules: rules), firstRare = rareTokens(first, rules: rules)
        let rest = keyed.dropFirst()
        let pairs = (firstPairs + rest.flatMap { contentBigrams($0, rules: rules) }).filter { !articleBigrams.contains($0) }
        let rare = (firstRare + rest.flatMap { rareTokens($0, rules: rules) }).filter { !articleWords.contains($0) }
        var facts = Facts(addressees: addressees, speaks: true, pairs: KeySet(keys: pairs), rare: KeySet(keys: rare),
                          openingPairs: firstPairs, openingRare: firstRare)
        facts.asksQuestion = zip(own, keyed).contains { asksQuestion($0, words: $1, rules: rules) }
        facts.asksEveryone = asksEveryone(first, rules: rules)
        facts.turnsToSomeone = turnsToSomeone(first, rules: rules)
        facts.standsAlone = standsAlone(own, opening: first, rules: rules)
        facts.reacts = own.count == 1 && first.count <= rules.veryShortReplyWords || opensWithReaction(own[0], opening: first, rules: rules)
        return facts
    }

    private func author(_ index: Int) -> String? { comments[index].author }
    private func hasBody(_ index: Int) -> Bool { !comments[index].blocks.isEmpty }
    /// The comment being decided, or the one above, has paragraphs of its own.
    private func speaks(_ index: Int) -> Bool {
        assert(index == addressees.count - 1 || index == addressees.count - 2, "only the two latest comments are kept")
        return index == addressees.count - 1 ? facts.this.speaks : facts.above.speaks
    }

    /// A candidate parent and the evidence for it.
    struct Candidate {
        var comment: Int
        var tally: Tally
    }

    /// Every earlier comment some producer speaks for, with the evidence against linking at all
    /// added to each.
    func candidates(for index: Int, separated: Bool, recording: Bool) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ comment: Int?, _ kind: EvidenceKind, _ weight: Int, detail: @autoclosure () -> String? = nil) {
            guard let comment, comment < index else { return }
            if let at = found.firstIndex(where: { $0.comment == comment }) {
                found[at].tally.add(kind, weight, detail: detail())
            } else {
                var tally = Tally(recording: recording)
                tally.add(kind, weight, detail: detail())
                found.append(Candidate(comment: comment, tally: tally))
            }
        }
        for quoted in Set(comments[index].blocks.compactMap(\.quotedComment)) { add(quoted, .quotes, rules.quotes) }
        for address in addressees[index] {
            add(latestByAuthor[address.author], .addressedByName, rules.addressedByName, detail: address.word)
        }
        add(backAndForth(at: index), .backAndForth, rules.backAndForth)
        add(answerToAddress(at: index), .answersAddress, rules.answersAddress)
        add(answerToQuestion(at: index), .answersQuestion, rules.answersQuestion)
        add(reaction(at: index), .reaction, rules.reaction)
        add(speaksToAbove(at: index), .secondPerson, rules.speaksToAbove)
        add(echo(at: index), .echo, rules.echo)
        add(articleAuthorAnswer(at: index), .articleAuthor, rules.articleAuthorAnswers)
        guard !found.isEmpty else { return found }
        // Evidence against a link weighs on every candidate: strong evidence (a quote, a name) outweighs it.
        let alone = facts.this.standsAlone, topic = takesUpArticleTopic(index)
        for position in found.indices {
            if separated { found[position].tally.add(.separated, rules.separated) }
            if alone { found[position].tally.add(.standsAlone, rules.standsAlone) }
            if topic { found[position].tally.add(.newTopic, rules.newTopic) }
            if let me = author(index), author(found[position].comment) == me { found[position].tally.add(.sameAuthor, rules.sameAuthor) }
        }
        return found
    }

    /// Sets a guessed link, kept at a sane depth: long two-person exchanges would march off the screen.
    mutating func link(_ index: Int, to candidate: Int, by kind: EvidenceKind, depth: inout [Int], rules: PlainTextRules) {
        var parent = candidate
        while depth[parent] >= rules.maxReplyDepth, let up = comments[parent].parent { parent = up }
        comments[index].parent = parent
        comments[index].parentInferred = true
        comments[index].inferredBy = kind
        depth[index] = depth[parent] + 1
    }

    /// A, B, A with B answering nothing yet: this A answers B (a back-and-forth candidate) and B the first A.
    func alternation(at index: Int) -> (answer: Int, answered: Int)? {
        guard index >= 2, let me = author(index), let other = author(index - 1), other != me, author(index - 2) == me,
              hasBody(index - 2), hasBody(index - 1), addressees[index - 1].isEmpty || addressees[index - 1].contains(where: { $0.author == me })
        else { return nil }
        return (index - 1, index - 2)
    }

    /// "You clearly didn't read…", "That's not how…", "Good for you": turned to the comment above.
    func speaksToAbove(at index: Int) -> Int? {
        guard index > 0, hasBody(index - 1), speaks(index), author(index - 1) != author(index) || author(index) == nil
        else { return nil }
        return facts.this.turnsToSomeone ? index - 1 : nil
    }

    /// `opening`: the words of its first paragraph.
    static func turnsToSomeone(_ opening: [KeyedWord], rules: PlainTextRules) -> Bool {
        guard let opener = opening.first?.key else { return false }
        return rules.secondPersonKeys.contains(opener) || rules.backReferringOpenerKeys.contains(opener)
            || opening.count >= 3 && rules.secondPersonKeys.contains(opening[2].key)
                && rules.backReferringOpenerPairKeys.contains(KeyedWord.pairKey(opener, opening[1].key))
    }

    /// A short line that needs no one above it: a slogan or verdict ("Shame On Them", "Go Rovers!").
    /// `own`: its own paragraphs; `opening`: the words of the first.
    static func standsAlone(_ own: [String], opening: [KeyedWord], rules: PlainTextRules) -> Bool {
        guard own.count == 1, let text = own.first, opening.count <= rules.veryShortReplyWords + 1, !text.holds("?") else { return false }
        if opening.contains(where: { rules.secondPersonKeys.contains($0.key) }) { return false }
        if let first = opening.first, rules.reactionStarterKeys.contains(first.key) || rules.interjections.contains(AuthorLine.reactionKey(text)) {
            return false
        }
        return AuthorLine.isTitleCase(opening.map(\.text)) && opening.count >= 2 || text.hasSuffix("!")
    }

    /// The opening paragraph shares word pairs with the article but none with the comment above.
    func takesUpArticleTopic(_ index: Int) -> Bool {
        guard index > 0, speaks(index) else { return false }
        return facts.this.openingPairs.contains(where: articleBigrams.contains)
            && !facts.this.openingPairs.contains(where: facts.above.pairs.contains)
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
        let window = max(0, index - rules.addressedAnswerWindow)..<index
        return window.reversed().first { addressees[$0].contains { $0.author == me } && author($0) != me }
    }

    /// The comment above asked something and this one is a short answer by someone else.
    func answerToQuestion(at index: Int) -> Int? {
        guard index > 0, hasBody(index),
              comments[index].blocks.count <= rules.questionAnswerMaxParagraphs else { return nil }
        let previous = index - 1
        guard author(previous) == nil || author(previous) != author(index), facts.above.asksQuestion else { return nil }
        // Opening with a question to everyone ("Anyone know where to get tickets") starts a topic.
        return facts.this.asksEveryone ? nil : previous
    }

    /// The first paragraph opens with a question to everyone; `opening`: its words, of which the first sentence is read.
    static func asksEveryone(_ opening: [KeyedWord], rules: PlainTextRules) -> Bool {
        guard let first = opening.first, rules.questionOpenerKeys.contains(first.key) else { return false }
        return !opening.firstSentence.contains { rules.secondPersonKeys.contains($0.key) }
    }

    /// A question mark, or a sentence of three words or more opening like a question, not closed by a full stop: "Can
    /// somebody explain why he's captain". Read from the paragraph's keyed `words`, whose sentences are those
    /// `String.sentences` cuts: a word after one ending in `.`, `?`, `!` or `…` opens one.
    static func asksQuestion(_ paragraph: String, words: [KeyedWord], rules: PlainTextRules) -> Bool {
        if paragraph.containsQuestion { return true }
        var start = 0
        while start < words.count {
            var end = start + 1
            while end < words.count, !words[end].opensSentence { end += 1 }
            if end - start > 2, rules.questionOpenerKeys.contains(words[start].key), words[end - 1].text.utf8.last != UInt8(ascii: ".") {
                return true
            }
            start = end
        }
        return false
    }

    /// "true, …", "so why…", "Spot on", "Soft??", "LOL", "Thank you!": a reaction to the comment above
    /// (or, if that is the same author's, to what that one answered).
    func reaction(at index: Int) -> Int? {
        guard index > 0, facts.this.reacts else { return nil }
        let previous = index - 1
        if let me = author(index), author(previous) == me { return comments[previous].parent }
        return hasBody(previous) ? previous : nil
    }

    /// `opening`: the words of `text`, its first paragraph.
    static func opensWithReaction(_ text: String, opening: [KeyedWord], rules: PlainTextRules) -> Bool {
        let words = opening.prefix(8).filter { $0.bareLength > 0 }
        guard let opener = words.first?.key else { return false }
        // Thanks to everyone ("Thank you all") answers no one comment.
        if rules.replyOpenerKeys.contains(opener), words.prefix(3).contains(where: { rules.everyoneKeys.contains($0.key) }) { return false }
        if rules.reactionStarterKeys.contains(opener) { return true }
        if words.count >= 2, rules.interjectionPairKeys.contains(KeyedWord.pairKey(opener, words[1].key)) { return true }
        // "Soft??", "Really?!": a word or two thrown back at the comment above.
        if let last = opening.firstSentence.last?.text.utf8.last, opening.firstSentence.count <= 2,
           last == UInt8(ascii: "?") || last == UInt8(ascii: "!") {
            return true
        }
        // Thanks for an answer, not for the article.
        return rules.replyOpenerKeys.contains(opener) && !words.contains { rules.articleWordKeys.contains($0.key) }
    }

    /// Repeats a distinctive pair of words ("headphone jack") or a rare name or figure ("Fortet", "2h40")
    /// from the comment above that the article does not use.
    func echo(at index: Int) -> Int? {
        guard index > 0 else { return nil }
        let previous = index - 1
        guard author(previous) == nil || author(previous) != author(index) else { return nil }
        let (above, this) = facts
        return this.openingPairs.contains(where: above.pairs.contains) || this.openingRare.contains(where: above.rare.contains)
            ? previous : nil
    }

    /// Proper names inside sentences and mixed letters-and-digits words, as word keys.
    static func rareTokens(_ words: [KeyedWord], rules: PlainTextRules) -> [UInt64] {
        words.compactMap { word in
            guard word.bareLength >= 4 else { return nil }
            let name = !word.opensSentence && word.isCapitalised
                && !rules.commonNameKeys.contains(word.key) && !rules.stopWordKeys.contains(word.key)
            return word.mixesLettersAndDigits || name ? word.key : nil
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
    static func contentBigrams(_ words: [KeyedWord], rules: PlainTextRules) -> [UInt64] {
        var pairs: [UInt64] = []
        var previous: UInt64?
        for word in words where word.bareLength >= 3 && !rules.commonNameKeys.contains(word.key) && !rules.stopWordKeys.contains(word.key) {
            if let previous { pairs.append(KeyedWord.pairKey(previous, word.key)) }
            previous = word.key
        }
        return pairs
    }
}
