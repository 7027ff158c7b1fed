/// Where the article ends and the comments begin.
///
/// The comment section starts at the first piece of section chrome ("41 Comments",
/// "Leave a Reply") or at the first sure author line, whichever comes first. With
/// no chrome in between, the last article paragraphs may really be anonymous
/// comments: short, chatty paragraphs just above the first author line.
struct ArticleBoundary {
    /// Lines of the article body (header excluded).
    var article: Range<Int>
    /// Lines between the article and the first author line that are anonymous comments, one each.
    var anonymousTail: Range<Int>
    /// The section's controls under its heading, set aside: "Sort by", "Oldest", a notice, glued to the heading.
    var controls: Range<Int>
    /// First line of the comment section proper.
    var commentsStart: Int
    /// Why the section starts where it does, and why each line of the tail is a comment (when explaining).
    var evidence: [Evidence] = []
    var tailEvidence: [Int: [Evidence]] = [:]

    /// `lines` carry their `nameScore`.
    /// `sectionCounts`: the count on the heading set aside above a section start, where it showed one.
    init(lines: [PageLine], sectionStarts: Set<Int>, sectionCounts: [Int: Int] = [:], from start: Int,
         rules: PlainTextRules = .standard, explaining: Bool = false) {
        var boundary = lines.count
        var byChrome = false
        var reason = Tally(recording: explaining)
        // A heading of the comments opens them: names above it belong to the page (a newsletter box, related links).
        let heading = lines.indices.dropFirst(start + 1).first { lines[$0].commentHeadingAbove }
        var index = start
        while index < lines.count {
            defer { index += 1 }
            if let heading, index < heading { continue }
            if sectionStarts.contains(index), index > start {
                // What stands between is the article's: the section starts at the later heading.
                if let again = Self.countShownAgain(after: index, lines: lines, sectionCounts: sectionCounts, rules: rules) {
                    reason.add(.countShownAgain, 0, line: Int(lines[index].number), detail: "line \(lines[again].number)")
                    index = again - 1
                    continue
                }
                reason.add(.sectionChrome, rules.sureNameScore, line: Int(lines[index].number))
                boundary = index
                byChrome = true
                break
            }
            if Self.opensCommentSection(index, lines: lines, rules: rules, reason: &reason) { boundary = index; break }
        }
        var tailStart = boundary
        if !byChrome {
            let median = Self.medianParagraphLength(lines[start..<boundary], rules: rules)
            while tailStart - 1 > start {
                var chat = Tally(recording: explaining)
                Self.weighChat(lines[tailStart - 1], median: median, rules: rules, into: &chat)
                guard chat.total >= rules.chattyCommentScore else { break }
                tailStart -= 1
                if explaining { tailEvidence[tailStart] = chat.evidence }
            }
        }
        article = start..<tailStart
        let controlsEnd = byChrome ? Self.controlsEnd(from: boundary, lines: lines, rules: rules) : boundary
        if controlsEnd > boundary { reason.add(.sectionControls, 0, line: Int(lines[boundary].number)) }
        evidence = reason.evidence
        controls = boundary..<controlsEnd
        anonymousTail = controls.isEmpty ? tailStart..<boundary : controlsEnd..<controlsEnd
        commentsStart = controlsEnd
    }

    /// A later section heading with the same count ("Comments (38)" under the headline, "38 Comments" over the comments),
    /// fewer sure names between them than comments show (a topic link or two may read as one): the first was the article
    /// header's link down to the comments, not their heading.
    private static func countShownAgain(after index: Int, lines: [PageLine], sectionCounts: [Int: Int], rules: PlainTextRules) -> Int? {
        guard let count = sectionCounts[index] else { return nil }
        var names = 0
        for later in index + 1..<lines.count {
            if sectionCounts[later] == count { return later }
            if (lines[later].nameScore ?? 0) >= rules.sureNameScore { names += 1 }
            if names >= rules.commentsAroundAnEnd { return nil }
        }
        return nil
    }

    /// Where the lines glued to a section heading end (no blank line between them: "Sort by", "Oldest", "Expanded",
    /// a moderation notice), when a gap then parts them from the first comment and none of them is a sure name: a
    /// section's controls stand tight under its heading, its comments apart. `start` when there are none.
    private static func controlsEnd(from start: Int, lines: [PageLine], rules: PlainTextRules) -> Int {
        guard start < lines.count, lines[start].blanksBefore == 0 else { return formEnd(after: start, lines: lines, rules: rules) ?? start }
        var end = start
        while end < lines.count, end == start || lines[end].blanksBefore == 0 {
            if (lines[end].nameScore ?? 0) >= rules.sureNameScore { return start }
            end += 1
        }
        let glued = end < lines.count && end - start <= rules.maxSectionControls ? end : start
        return formEnd(after: glued, lines: lines, rules: rules) ?? glued
    }

    /// A comment form over the comments ("Your name [    ]", its help, "[Add comment]"): the line after its last field or
    /// button, when one stands within reach before any comment's text (a paragraph, or two sure names). nil without one.
    private static func formEnd(after start: Int, lines: [PageLine], rules: PlainTextRules) -> Int? {
        var last: Int?
        var names = 0
        for index in start..<min(lines.count, start + rules.formReach) {
            let line = lines[index]
            if !line.isShort || line.reachedWrapWidth && index + 1 < lines.count && lines[index + 1].reachedWrapWidth
                && lines[index + 1].blanksBefore == 0 { break }
            if (line.nameScore ?? 0) >= rules.sureNameScore { names += 1 }
            if names >= rules.commentsAroundAnEnd { break }
            if line.text.holdsInputBox || line.text.holds("(BUTTON)") || line.text.opensWithCheckbox { last = index }
        }
        return last.map { $0 + 1 }
    }

    /// A sure name, or a likely one followed by a body and, soon after, another name (the rhythm of comments,
    /// which subheadings lack).
    private static func opensCommentSection(_ index: Int, lines: [PageLine], rules: PlainTextRules,
                                            reason: inout Tally) -> Bool {
        guard index + 1 < lines.count, let score = lines[index].nameScore else { return false }
        if lines[index + 1].nameScore.map({ $0 >= rules.nameScore }) == true { return false }
        let number = Int(lines[index].number)
        if score >= rules.sureNameScore {
            reason.add(.sureName, score, line: number, detail: lines[index].text)
            return true
        }
        guard score >= rules.nameScore else { return false }
        let next = (index + 2..<min(lines.count, index + 1 + rules.nameRhythmWindow)).first { next in
            (lines[next].nameScore ?? 0) >= rules.nameScore
        }
        guard let next else { return false }
        reason.add(.nameRhythm, score, line: number, detail: lines[index].text + " … " + lines[next].text)
        return true
    }

    static func medianParagraphLength(_ lines: ArraySlice<PageLine>, rules: PlainTextRules = .standard) -> Int {
        let lengths = lines.map { $0.text.count }.filter { $0 > rules.maxSubheadingLength }.sorted()
        return lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    }

    /// Chatty rather than measured: lower-case starts, doubled `??`, questions, smileys, reaction
    /// openers, shortness; never a paragraph inviting comments.
    static func weighChat(_ line: PageLine, median: Int, rules: PlainTextRules = .standard, into tally: inout Tally) {
        let text = line.text, number = Int(line.number)
        let lower = text.lowercased()
        if rules.articleSignOffs.contains(where: { lower.holds($0) }) { return tally.add(.chatty, PlainTextRules.veto, line: number, detail: "invites comments") }
        if text.startsLowercase { tally.add(.chatty, rules.chattyLowercaseStart, line: number, detail: "lower-case start") }
        if text.holds("??") || text.holds("!!") { tally.add(.chatty, rules.chattyDoubledMarks, line: number, detail: "doubled marks") }
        if text.containsQuestion { tally.add(.chatty, rules.chattyQuestion, line: number, detail: "a question") }
        if text.endsWithSmiley || !text.endsWithSentencePunctuation { tally.add(.chatty, rules.chattyOpenEnd, line: number, detail: "open or smiley end") }
        if let opener = text.firstBareWord, rules.reactionStarters.contains(opener) {
            tally.add(.chatty, rules.chattyReactionOpener, line: number, detail: "reaction opener")
        }
        let length = Double(text.count)
        if length < Double(median) * rules.commentLengthFraction { tally.add(.chatty, rules.chattyShort, line: number, detail: "short") }
        if length > Double(median) { tally.add(.chatty, rules.chattyLong, line: number, detail: "longer than the article's paragraphs") }
    }
}
