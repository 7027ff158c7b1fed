/// Cuts the comment section into comments. Each line is weighed as an author line (its shape, and
/// whether a body follows); each other line as the start of an anonymous comment (blank lines, a
/// footer above it, speaking to the author of the comment it would continue) or a continuation.
struct CommentSegmenter {
    let names: AuthorLine
    var rules = PlainTextRules.standard
    /// Authors whose forms of address are kept at once: a bound on memory, not a weight.
    private static let keptVocatives = 2048
    /// Keep the evidence of each cut for `--explain`.
    var explaining = false
    /// Where a text browser broke the page's paragraphs, if it did.
    var wrap: WrapWidth?
    /// How many pieces the walk down the lines is shared out in: by default one a core for a large page.
    var pieces: Int?

    /// A comment as the page lays it out: its author's line, if any, and the lines of its body after it.
    struct Cut {
        var author: String?
        /// The author's line, or the body's first line for an anonymous comment.
        var start: Int
        var body: Range<Int>
        /// Why it starts here, and (for a named comment) why that line is its author: kept when explaining.
        var startEvidence: [Evidence] = []
        var authorEvidence: [Evidence] = []
    }

    /// What the walk down the lines carries from one line to the next.
    private struct Walk {
        var cuts: [Cut] = []
        /// Who the current comment's author may be called: made once per comment, not once per paragraph, and only when a
        /// paragraph after its first asks (most comments have one).
        var addressed: String?
        var addressing: Vocative?
        /// Caches: what they hold changes no decision.
        var vocatives: [String: Vocative] = [:]
        var wordCache = KeyedWord.Cache()
        var previousWasName = false
    }

    /// The lines' name scores by their position in the section, read from the lines (a copy would take 16 bytes a line).
    private struct Scores {
        let lines: ArraySlice<PageLine>
        var count: Int { lines.count }
        subscript(position: Int) -> Int? { lines[lines.startIndex + position].nameScore }
    }

    /// The lines being cut and what is told of them once.
    private struct Section {
        let lines: ArraySlice<PageLine>
        var scores: Scores { Scores(lines: lines) }
        let footered: Bool
        let forcedStarts: Range<Int>
        let forcedEvidence: [Int: [Evidence]]
    }

    /// `forcedStarts` are lines known to begin anonymous comments of their own.
    func cut(_ lines: ArraySlice<PageLine>, forcedStarts: Range<Int>, forcedEvidence: [Int: [Evidence]] = [:]) -> [Cut] {
        // Comments that end with a footer each ("Reply · Like"): most names stand after one. A comment starts after a footer, or
        // at a name.
        let names = lines.indices.filter { (lines[$0].nameScore ?? 0) >= rules.sureNameScore }
        let footered = names.count >= rules.footerRhythmRepeats && names.count { lines[$0].footerAbove } * 2 > names.count
        let section = Section(lines: lines, footered: footered, forcedStarts: forcedStarts, forcedEvidence: forcedEvidence)
        // The walk is one decision after another, but a sure name line starts a comment whatever came before it, and from
        // there on the walk goes as it would have: a large page is walked in pieces on every core, each from such a line,
        // and a piece is taken as walked where that line did start a comment (else walked again after the one before).
        // Explaining walks in one piece: the evidence of a piece's first line is weighed as the line before it left the walk.
        let pieces = explaining ? 1 : self.pieces ?? PageLine.pieces(for: lines.count)
        let seams = Array(Set((1..<max(pieces, 1)).compactMap { piece in
            names.first { $0 >= lines.startIndex + lines.count * piece / pieces && !forcedStarts.contains($0) && $0 >= forcedStarts.upperBound }
        })).sorted()
        let bounds = [lines.startIndex] + seams + [lines.endIndex]
        let walks = [Walk](count: bounds.count - 1, concurrentlyInPieces: bounds.count - 1) { piece in
            var walk = Walk()
            for index in bounds[piece]..<bounds[piece + 1] { step(index, of: section, &walk) }
            return walk
        }
        var walk = walks[0]
        for (piece, seam) in seams.enumerated() {
            let ahead = walks[piece + 1], before = walk.cuts.count
            step(seam, of: section, &walk)
            if walk.cuts.count == before + 1, walk.cuts[before].author != nil, walk.cuts[before].start == seam,
               let first = ahead.cuts.first, first.author != nil, first.start == seam {
                walk.cuts[before].body = first.body
                walk.cuts += ahead.cuts.dropFirst()
                (walk.addressed, walk.addressing, walk.previousWasName) = (ahead.addressed, ahead.addressing, ahead.previousWasName)
            } else {
                for index in seam + 1..<bounds[piece + 2] { step(index, of: section, &walk) }
            }
        }
        return walk.cuts
    }

    /// Line `index` as the start of a named or an anonymous comment, or as more of the current one.
    private func step(_ index: Int, of section: Section, _ walk: inout Walk) {
        let lines = section.lines, scores = section.scores, forcedStarts = section.forcedStarts
        let line = lines[index]
        let position = index - lines.startIndex
        // No name's shape of its own, right under a name line and over the header's date: that name's user title or badge
        // ("puckhead_807" / "Season ticket holder" / DATE), neither a name nor the body. So is a phrase under a name that
        // stands after a footer, as the page's names do ("Bríd Ní Fhlatharta" / "Works at Ballyfinn National School").
        if walk.previousWasName, !line.footerAbove, !forcedStarts.contains(index),
           scores[position] == 0 && line.headerBelow || isTagline(position, in: lines, scores: scores),
           let current = walk.cuts.last, current.body.isEmpty {
            walk.cuts[walk.cuts.count - 1].body = index + 1..<index + 1
            if explaining { walk.cuts[walk.cuts.count - 1].authorEvidence.append(Evidence(.userTitle, weight: 0, line: Int(line.number), detail: line.text)) }
            return
        }
        if !forcedStarts.contains(index) {
            var tally = Tally(recording: explaining)
            // The comment going on, when it has a body: its author's name may close it as a signature.
            let signing = walk.cuts.last.flatMap { $0.body.isEmpty ? nil : $0.author }
            if isAuthorLine(position, in: lines, scores: scores, afterName: walk.previousWasName && !line.footerAbove, signing: signing,
                            footered: section.footered, tally: &tally) {
                // Evidence is kept for explaining only: an array for each of a large page's comments is megabytes.
                walk.cuts.append(Cut(author: line.text, start: index, body: index + 1..<index + 1,
                                     startEvidence: explaining ? [Evidence(.authorLine, weight: tally.total, line: Int(line.number))] : [],
                                     authorEvidence: tally.evidence))
                (walk.addressed, walk.addressing) = (line.text, nil)
                walk.previousWasName = true
                return
            }
        }
        walk.previousWasName = false
        if forcedStarts.contains(index) {
            walk.cuts.append(Cut(author: nil, start: index, body: index..<index + 1, startEvidence: section.forcedEvidence[index] ?? []))
            (walk.addressed, walk.addressing) = (nil, nil)
            return
        }
        var tally = Tally(recording: explaining)
        if let current = walk.cuts.last {
            if walk.addressing == nil, let name = walk.addressed, !current.body.isEmpty {
                walk.addressing = walk.vocatives[name] ?? Vocative(authors: [name])
                // Kept for the names that recur, up to a bound: a page of thousands of names would hold them all.
                if walk.vocatives.count < Self.keptVocatives { walk.vocatives[name] = walk.addressing }
            }
            weighStart(of: index, after: current, in: lines, addressing: walk.addressing, footered: section.footered,
                       wordCache: &walk.wordCache, into: &tally)
        } else {
            tally.add(.topOfSection, rules.topOfSection, line: Int(line.number))
        }
        if let current = walk.cuts.last, tally.total < rules.startScore {
            walk.cuts[walk.cuts.count - 1].body = current.body.lowerBound..<index + 1
        } else {
            walk.cuts.append(Cut(author: nil, start: index, body: index..<index + 1, startEvidence: tally.evidence))
            (walk.addressed, walk.addressing) = (nil, nil)
        }
    }

    /// Evidence that the body line at `index` starts someone else's comment rather than continuing
    /// `current`: blank lines or a footer between them, speaking to its author by name, thanks or
    /// laughter at a one-paragraph comment, or following one that closes like a whole comment (a
    /// question left for others, a smiley sign-off, not a quoted one). A signature stays.
    private func weighStart(of index: Int, after current: Cut, in lines: ArraySlice<PageLine>, addressing: Vocative?,
                            footered: Bool, wordCache: inout KeyedWord.Cache, into tally: inout Tally) {
        let line = lines[index]
        let number = Int(line.number)
        if line.blanksBefore >= 2 { tally.add(.twoBlankLines, rules.twoBlankLines, line: number) }
        if footered, !line.footerAbove { tally.add(.noFooterAbove, rules.noFooterAbove, line: number) }
        guard let lastLine = current.body.last else { return }
        // A reply marker ("↳ In reply to Ann") opens a body as a header would: the line after it is the body's first.
        if current.body.count == 1, ShownReplies.isReplyMarker(lines[lastLine].text, rules: rules) { return }
        if line.footerAbove { tally.add(.afterFooter, rules.afterFooter, line: number) }
        if Signature.isSignature(line.text, of: current.author, rules: rules) {
            return tally.add(.signature, rules.signature, line: number)
        }
        guard let author = current.author else { return }
        let text = line.text
        if let addressing, addressing.mayAddress(in: text, cache: &wordCache),
           addressing.addresses(in: text.keyedWords(cache: &wordCache), strictly: true).contains(where: { $0.author == author }) {
            tally.add(.addressesTheAuthor, rules.addressesTheAuthor, line: number, detail: author)
        }
        let last = lines[lastLine].text
        let opener = text.firstBareWord
        // What follows a quote answers it: a quoted question or smiley is not this comment's close.
        if last.hasPrefix(">") || QuoteMarking.isSetInQuotationMarks(last) { return }
        guard current.body.count == 1, let opener else { return }
        if rules.replyOpeners.contains(opener) {
            // Thanks for the post is the commenter's own closing line, not someone else's answer.
            if text.words.prefix(8).contains(where: { rules.articleWords.contains(String.bare($0)) }) { return }
            tally.add(.thanksOneParagraph, rules.thanksOneParagraph, line: number, detail: opener)
        } else if last.hasSuffix("?") || last.endsWithSmiley {
            // "I …", "And …" carry on the comment's own question rather than answer it.
            let carriesOn = rules.continuationOpeners.contains(opener)
            tally.add(carriesOn ? .continuation : .followsAClose, carriesOn ? 0 : rules.followsAClose, line: number, detail: opener)
        }
    }

    /// A phrase with a small word of prose in it ("Works at …", "Lives in …"), or a place ("Charlotte, NC", "Lagos, Nigeria"),
    /// glued under a name line that stands right after a footer and scores as well as it, with a body below: the name's
    /// profile line.
    private func isTagline(_ position: Int, in lines: ArraySlice<PageLine>, scores: Scores) -> Bool {
        let index = lines.startIndex + position
        guard position >= 1, position + 1 < scores.count, let own = scores[position], let above = scores[position - 1], above >= own,
              lines[index - 1].footerAbove, lines[index].blanksBefore == 0, lines[index].text.first?.isUppercase == true,
              (scores[position + 1] ?? 0) < rules.nameScore, !lines[index + 1].footerAbove
        else { return false }
        func holdsSmallWord(_ text: String) -> Bool { text.words.dropFirst().contains { rules.taglineWords.contains(String($0)) } }
        return holdsSmallWord(lines[index].text) && !holdsSmallWord(lines[index - 1].text)
            || isPlace(lines[index].text) && !lines[index - 1].text.contains(",")
    }

    /// "Charlotte, NC", "Santa Fe, NM": a town and its region or country, one comma between.
    private func isPlace(_ text: String) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[1].first == " " && parts[0].isPlaceName(rules: rules) && parts[1].dropFirst().isPlaceName(rules: rules)
    }

    /// The line's own shape, plus whether a body (or a footer) follows it and whether it follows
    /// another name: two names in a row make the first a comment without a body, so the second needs
    /// a body after it or a sure shape.
    private func isAuthorLine(_ position: Int, in lines: ArraySlice<PageLine>, scores: Scores, afterName: Bool, signing: String?,
                              footered: Bool, tally: inout Tally) -> Bool {
        let index = lines.startIndex + position
        // A line of no name-like shape may still stand where the page's names stand: over a header's date, or after a footer
        // where most names do, with text under it ("dónal ó c").
        let inNamesPlace = footered && lines[index].footerAbove && position + 1 < scores.count && scores[position + 1] == nil
            && !lines[index + 1].footerAbove
        guard let shape = scores[position], shape > 0 || shape == 0 && (lines[index].headerBelow || inNamesPlace) else { return false }
        let number = Int(lines[index].number)
        // "Terry" or "Hwyl, Terry" closing Terry from Plot 7's comment, just before its footer: a signature, not a comment
        // without a body.
        if let signing, position + 1 == scores.count || lines[index + 1].footerAbove,
           Signature.isName(lines[index].text, of: signing) || Signature.isSignature(lines[index].text, of: signing, rules: rules) {
            tally.add(.signature, PlainTextRules.veto, line: number, detail: signing)
            return false
        }
        if tally.recording { names.weigh(lines[index].text, line: number, into: &tally) } else { tally.add(weighedBefore: shape) }
        if lines[index].headerBelow { tally.add(.headerBelow, rules.headerBelow, line: number) }
        if inNamesPlace { tally.add(.afterFooterLikeNames, rules.afterFooterLikeNames, line: number) }
        if let wrap, position > 0, lines[index].text.first?.isUppercase != true, !lines[index - 1].text.endsWithSentencePunctuation,
           wrap.goesOn(lines[index - 1], in: lines[index]) {
            tally.add(.wrappedOnto, rules.wrappedOnto, line: number)
        }
        guard position + 1 < scores.count else {
            tally.add(.lastLine, rules.lastLine, line: number)
            return tally.total >= rules.nameScore
        }
        let nextIsBody = (scores[position + 1] ?? 0) < rules.nameScore || lines[index + 1].footerAbove
        if afterName && lines[index + 1].footerAbove {
            tally.add(.onlyLineUnderName, rules.onlyLineUnderName, line: number)
        } else if nextIsBody {
            tally.add(.bodyFollows, rules.bodyFollows, line: number)
        } else if afterName {
            tally.add(.followsName, rules.followsName, line: number)
        }
        return tally.total >= rules.nameScore
    }
}
