/// A web page saved as plain text: title, article, then comments whose author
/// names stand on lines of their own. Reply structure is inferred.
///
/// The parse runs as named passes: split lines → set chrome aside → read the header → find names and
/// per-comment furniture → find where the article ends → cut comments → mark quotes → infer replies.
/// Each decision is made from weighed evidence (`Evidence`, `PlainTextRules`), which `--explain` prints.
public enum PlainTextPage: ThreadFormat {
    public static let name = "plain-text"

    public static func recognises(_ input: SourceText) -> Recognition { .fallback }

    public static func parse(_ input: consuming SourceText, options: ParseOptions) throws -> Thread {
        let lines = PageLine.split(input.bytes)
        // From here the lines hold the text: the bytes go, if this was their only holder.
        _ = consume input
        return try parse(consume lines, recurrences: nil, explaining: options.explain)
    }

    /// The start of a page, with the whole page's evidence of which of its lines are names (how often
    /// each recurs in `whole`, the file's bytes), so its comments come out as they do in the whole.
    static func parseStart(_ start: SourceText, within whole: [UInt8]) throws -> Thread {
        let lines = PageLine.split(start.bytes)
        return try parse(lines, recurrences: AuthorLine.recurrences(of: lines, in: whole), explaining: false)
    }

    /// The page with its comments walked in `pieces` at once, whatever its size: the tests check that a walk in pieces cuts
    /// as a walk in one.
    static func parse(_ input: SourceText, walkingCommentsIn pieces: Int) throws -> Thread {
        try parse(PageLine.split(input.bytes), recurrences: nil, explaining: false, walkPieces: pieces)
    }

    /// `recurrences` of short lines, when counted over more than `page`.
    private static func parse(_ page: consuming [PageLine], recurrences: [String: Int]?, explaining: Bool,
                              walkPieces: Int? = nil) throws -> Thread {
        var lines = consume page
        guard !lines.isEmpty else { throw ThreadError.empty }
        let rules = PlainTextRules.standard
        var links: [Int32: [Link]] = [:]
        let references = LinkReferences.setAside(&lines, links: &links) + InlineAddresses.setAside(&lines, links: &links, rules: rules)
        ProfileLinks.split(&lines, links: links)
        GluedReplyMarkers.split(&lines, rules: rules)
        MarginMarks.remove(&lines)
        DoubledLines.undouble(&lines)
        OnlineStatus.split(&lines, rules: rules)
        GluedBadges.split(&lines, rules: rules)
        TableColumns.split(&lines, rules: rules)
        let wrap = WrapWidth(lines, rules: rules)
        // Chrome is set aside first so that no later pass mistakes it for a name or a paragraph.
        var (chrome, sectionStarts, marks) = setChromeAside(&lines, rules: rules)
        let header = ArticleHeader(lines)
        chrome += header.chrome.map { lines[$0].text }
        let byline = Set([header.bylineName].compactMap { $0 })
        let names = recurrences.map { AuthorLine(recurrences: $0, knownNames: byline) } ?? AuthorLine(lines: lines, knownNames: byline)
        names.score(&lines)
        StampedLogs.mark(&lines, rules: rules)
        var considered: [String]? = explaining ? [] : nil
        // (Not a count under another story's teaser, "2023 Was Hottest Year…" / "114 comments", with fewer lines of prose after
        // it than half the comments it counts: it counts none of this page's.)
        // (The lines of prose from each counted heading on, counted in one pass from the end.)
        var proseFrom: [Int: Int] = [:]
        if !marks.sectionCounts.isEmpty {
            var prose = 0
            for index in lines.indices.reversed() {
                if lines[index].text.hasMoreWords(than: rules.proseLineWords) { prose += 1 }
                if marks.sectionCounts[index] != nil { proseFrom[index] = prose }
            }
        }
        let countedHeadings = Set(marks.sectionCounts.filter { line, count in (proseFrom[line] ?? 0) * 2 >= count }.keys)
        for layout in PageLayout.induce(lines, from: header.end, sectionStarts: sectionStarts, countedHeadings: countedHeadings, rules: rules,
                                        considered: &considered) {
            guard var thread = parse(lines, laidOut: layout, header: header, chrome: chrome, references: references, links: links,
                                     marks: marks, sectionStarts: sectionStarts, wrap: wrap, explaining: explaining) else { continue }
            thread.explanation?.layout += considered ?? []
            thread.submitter = header.bylineName
            return thread
        }
        // Furniture found by its rhythm needs the names: it stands between a body and the next name.
        var articleStart = header.end
        setFurnitureAside(&lines, furniture: Furniture(lines, rules: rules), chrome: &chrome, sectionStarts: &sectionStarts,
                          marks: &marks, articleStart: &articleStart, rules: rules)
        let boundary = ArticleBoundary(lines: lines, sectionStarts: sectionStarts, sectionCounts: marks.sectionCounts, from: articleStart,
                                       rules: rules, explaining: explaining)
        // Section chrome with comments before it and none after (a reply form, "Comments are closed") ends
        // them: what follows is the page's own (the form's labels, the site's footer).
        var end = lines.count
        // So does the site's own footer ("© 2025 …") or a heading of its lists ("Most viewed"), and a list of its shown above
        // the comments too ("Most viewed" and its headlines): lines glued one under another, each as it stood before the comments.
        let isListItem = { (line: PageLine) in line.text.utf8.count <= ChromeLine.maximumLength * 4 && line.text.hasAtMost(characters: ChromeLine.maximumLength) }
        let shownBefore = Set(lines[..<boundary.commentsStart].lazy.filter(isListItem).map(\.text))
        // So does a button that would load more (`View more comments`): a copy holds the comments loaded so far.
        // Every short line is asked whether it opens the site's own: on every core.
        let after = boundary.commentsStart + 1
        let opensSite = [Bool](count: max(0, lines.count - after), concurrentlyInPieces: PageLine.pieces(for: lines.count - after)) { [lines] offset in
            let line = lines[after + offset]
            return line.isShort && (ChromeLine.opensSiteFooter(line.text) || ChromeLine.listKey(line.text).map(rules.siteListHeadingKeys.contains) == true)
        }
        let laterStarts = (sectionStarts.union(marks.afterMoreButtons).union(marks.afterPagers).filter { $0 > boundary.commentsStart }
            + lines.indices.dropFirst(after).filter { opensSite[$0 - after] }
            + lines.indices.dropFirst(boundary.commentsStart + 1).dropLast().filter { index in
                !shownBefore.isEmpty && lines[index + 1].blanksBefore == 0 && isListItem(lines[index]) && isListItem(lines[index + 1])
                    && shownBefore.contains(lines[index].text) && shownBefore.contains(lines[index + 1].text)
            }).sorted()
        if !laterStarts.isEmpty {
            // Likely and sure names up to each line, counted once: comments before the end, at most a
            // name-like link or two ("Privacy Policy") after it.
            var likely = [0], sure = [0]
            likely.reserveCapacity(lines.count + 1)
            sure.reserveCapacity(lines.count + 1)
            for line in lines {
                likely.append(likely.last! + ((line.nameScore ?? 0) >= rules.nameScore ? 1 : 0))
                // A navigation link the page showed above the comments too ("News", "Sport") is no commenter.
                sure.append(sure.last! + ((line.nameScore ?? 0) >= rules.sureNameScore && !shownBefore.contains(line.text) ? 1 : 0))
            }
            // A pager ends them whatever follows (the comments' other pages are elsewhere), and so does the credit of the software
            // that showed them.
            end = laterStarts.first { start in
                likely[start] - likely[boundary.commentsStart] >= rules.commentsAroundAnEnd
                    && (sure[lines.count] - sure[start] < rules.commentsAroundAnEnd || opensForm(at: start, in: lines, rules: rules)
                        || marks.afterPagers.contains(start) || ChromeLine.isSoftwareCredit(lines[start].text))
            } ?? lines.count
        }
        end = footerLinks(in: lines, before: end, after: boundary.commentsStart, rules: rules)
        chrome += lines[boundary.controls].map(\.text) + lines[end...].map(\.text) + references
        let cuts = CommentSegmenter(names: names, rules: rules, explaining: explaining, wrap: wrap, pieces: walkPieces)
            .cut(lines[boundary.anonymousTail.lowerBound..<end], forcedStarts: boundary.anonymousTail, forcedEvidence: boundary.tailEvidence)
        // A user title between a name and its date ("Season ticket holder") is the header's, not the body's.
        chrome += cuts.flatMap { lines[min($0.start + 1, $0.body.lowerBound)..<$0.body.lowerBound].map(\.text) }
        // Each comment is made from its own lines alone: on every core (a large page's names are each read for badges).
        var comments = [Comment](count: cuts.count, concurrentlyInPieces: piecesWorthMaking(for: cuts.count, smallest: 2_000)) { [lines] index in
            let cut = cuts[index]
            let badged = cut.author.map(AuthorLine.badged)
            var comment = Comment(author: AuthorLine.author(named: badged?.name), blocks: wrap.paragraphs(lines[cut.body]).map(Block.paragraph))
            comment.role = badged?.role
            return comment
        }
        // Replies listed under a count of them ("38 replies"): the page shows every parent, top level included.
        let counted = marks.shownReplies(commentStarts: cuts.map(\.start), end: end, rules: rules)
        // "↳ In reply to Ann" atop a body: the page shows whom it answers.
        let shown = comments.indices.map { index in
            ShownReplies.marked(index, in: &comments, rules: rules).map { link, marker in
                chrome.append(marker)
                return link
            } ?? counted?[index]
        }
        // A gap above a named comment sets it apart; above an anonymous one it is what cut it off.
        let separated = cuts.map { $0.author != nil && lines[$0.start].blanksBefore >= 2 }
        let article = Article(caption: header.caption, byline: header.byline, blocks: articleBlocks(lines[boundary.article], wrap: wrap))
        let starts = explaining ? cuts.map { Int(lines[$0.start].number) } : []
        let cutReasons = explaining ? cuts.map { (start: $0.startEvidence, author: $0.authorEvidence) } : []
        // The comments and article now hold every line's text; the lines themselves are not needed below, nor the cuts
        // (56 bytes a comment, with room to grow: a large page's were held while its replies were inferred).
        _ = consume lines
        _ = consume cuts
        QuoteMarking.mark(&comments)
        var decisions = ReplyInference(articleAuthor: header.bylineName, articleText: article.blocks.map(\.text), rules: rules,
                                       explaining: explaining).infer(&comments, separated: separated)
        for (index, link) in shown.enumerated() where link != nil || counted != nil {
            // Shown at the top level under its own count of replies, a comment may still speak to an earlier one by name or
            // quote it, as people answer at the top level ("Aunty Pearl, the Land Council…"); guessed from less, it stays there.
            if link == nil, comments[index].parent != nil, [EvidenceKind.addressedByName, .answersAddress, .quotes].contains(comments[index].inferredBy) {
                continue
            }
            if link == nil, index < decisions.count { decisions[index] = ReplyInference.Decision() }
            comments[index].parent = link?.parent
            comments[index].parentInferred = false
            comments[index].inferredBy = nil
        }

        var thread = Thread(format: name, title: header.title, article: article, chrome: chrome, comments: comments)
        if explaining {
            thread.explanation = Explanation(sectionStart: boundary.evidence, layout: considered ?? [], comments: cutReasons.indices.map { index in
                let link = shown[index]
                return CommentReason(line: starts[index], start: cutReasons[index].start, author: cutReasons[index].author,
                                     parent: link?.parent ?? decisions[index].parent,
                                     parentEvidence: link.map { [Evidence($0.kind, weight: 0, line: 0, detail: $0.detail)] }
                                         ?? decisions[index].evidence,
                                     alternatives: link != nil ? [] : decisions[index].alternatives.map {
                                         CommentReason.Alternative(comment: $0.comment, total: $0.total, evidence: $0.evidence)
                                     })
            })
        }
        thread.submitter = header.bylineName
        return thread
    }

    /// A reply form's heading ("Leave a comment") ends the comments whatever follows: its fields are glued under it ("Name
    /// (optional)", "Email (will not be published)").
    static func opensForm(at start: Int, in lines: [PageLine], rules: PlainTextRules) -> Bool {
        (start + 1..<min(lines.count, start + 1 + rules.formFieldReach)).prefix { lines[$0].blanksBefore == 0 && lines[$0].isShort }
            .contains { index in rules.formFieldOpeners.contains { lines[index].text.lowercased().hasPrefix($0) } }
    }

    /// Where the site's footer links ("About Us", "Contact", "Privacy Policy") start, if `end` closes a run of them:
    /// they stand one under another with no blank line between, none a sentence. `end` when there is none.
    /// A sentence of the site's own glued under the links ("… is not affiliated with …") may stand between them and `end`.
    static func footerLinks(in lines: [PageLine], before end: Int, after start: Int, rules: PlainTextRules) -> Int {
        for bottom in [end, end - 1] where bottom > start
            && (bottom == end || lines[bottom].blanksBefore == 0 && lines[bottom].text.endsWithSentencePunctuation) {
            var top = bottom
            while top > start, lines[top - 1].isShort, top == bottom || lines[top].blanksBefore == 0,
                  !lines[top - 1].text.hasMoreWords(than: rules.maxFooterLinkWords), !lines[top - 1].text.endsWithSentencePunctuation {
                top -= 1
            }
            if bottom - top >= rules.minFooterLinks { return top }
        }
        return end
    }

    /// Removes page furniture from `lines` (the first line, the title, stays), in place so that a large
    /// page's lines are not held twice; returns it, and where the sections it opened start in what is left.
    /// Furniture that recurs (a "Reply" under every comment) is a footer: the line after it is marked.
    /// Also where the line after each button that loads more comments stands.
    private static func setChromeAside(_ lines: inout [PageLine], rules: PlainTextRules) -> (chrome: [String], sectionStarts: Set<Int>, marks: FurnitureMarks) {
        // Chrome is short (`ChromeLine.maximumLength`, the longest a name may be too), but for a count over a long title.
        let page = lines
        var kinds = [ChromeLine.Kind](count: page.count, concurrentlyInPieces: PageLine.pieces(for: page.count)) { index in
            guard index > 0 else { return .none }
            if page[index].isShort { return ChromeLine.classify(page[index].text) }
            return ChromeLine.isCountHeader(page[index].text) ? .sectionStart : .none
        }
        // Where a pager starts and where an advertising block's heading stands: each told of its own lines, on every core.
        let pagerStarts = [Bool](count: page.count, concurrentlyInPieces: PageLine.pieces(for: page.count)) { index in
            index > 0 && PageNumbers.start(at: index, in: page, rules: rules)
        }
        let adBlockHeadings = [Bool](count: page.count, concurrentlyInPieces: PageLine.pieces(for: page.count)) { index in
            page[index].isShort && ChromeLine.listKey(page[index].text).map(rules.adBlockHeadingKeys.contains) == true
        }
        // An advertising block among the comments: its heading and the short lines glued under it.
        var index = 1
        while index < page.count {
            defer { index += 1 }
            guard adBlockHeadings[index] else { continue }
            kinds[index] = .furniture
            while index + 1 < page.count, page[index + 1].blanksBefore == 0, page[index + 1].isShort {
                index += 1
                kinds[index] = .furniture
            }
        }
        markListings(page, kinds: &kinds, rules: rules)
        // A notice a text browser wrapped ("You can follow this conversation by subscribing to the comment feed" / "for this
        // post.") is one notice: its lines glued under it go with it.
        for index in page.indices where kinds[index] == .furniture && page[index].reachedWrapWidth
            && rules.noticeOpeners.contains(where: { ChromeLine.opens(page[index].text.utf8, with: $0) }) {
            var next = index + 1
            while next < page.count, page[next].blanksBefore == 0, kinds[next] == .none {
                kinds[next] = .furniture
                if !page[next].reachedWrapWidth { break }
                next += 1
            }
        }
        var seen: [String: Int] = [:]
        for index in lines.indices where kinds[index] == .furniture { seen[Furniture.shape(lines[index].text) ?? "", default: 0] += 1 }
        var chrome: [String] = []
        var sectionStarts: Set<Int> = []
        var marks = FurnitureMarks()
        var kept = 0
        var footerAbove = false, headingAbove = false
        for index in lines.indices {
            // The pager's heading ("Pages") kept just above goes with it.
            if pagerStarts[index] {
                marks.afterPagers.insert(kinds[index - 1] == .none && PageNumbers.isHeading(page[index - 1].text, rules: rules) ? max(0, kept - 1) : kept)
            }
            switch kinds[index] {
            case .none:
                keep(index, in: &lines, at: &kept, footerAbove: &footerAbove, headingAbove: &headingAbove)
            case .furniture:
                chrome.append(lines[index].text)
                marks.note(lines[index].text, above: kept, rules: rules)
                // A badge under the name ("Top fan") is the header's, no footer of the comment above.
                footerAbove = footerAbove || (seen[Furniture.shape(lines[index].text) ?? ""] ?? 0) >= 2
                    && !PlainTextRules.badges.contains(lines[index].text.lowercased())
            case .sectionStart:
                chrome.append(lines[index].text)
                sectionStarts.insert(kept)
                marks.noteSection(lines[index].text, above: kept)
                headingAbove = headingAbove || !PlainTextRules.standard.sharingLines.contains(lines[index].text.lowercased())
            }
        }
        lines.removeSubrange(kept...)
        return (chrome, sectionStarts, marks)
    }

    /// A list of videos or stories beside the comments ("Related", then entries of a duration, a title, a channel, "98K views",
    /// an age): each entry's glued short lines and the list's headings and filters glued above its first entry are chrome,
    /// so that no channel is taken for a commenter and no entry for a comment.
    private static func markListings(_ page: [PageLine], kinds: inout [ChromeLine.Kind], rules: PlainTextRules) {
        var entries: [ClosedRange<Int>] = []
        for index in page.indices where index > (entries.last?.upperBound ?? 0) && page[index].isShort && ChromeLine.isListingCount(page[index].text) {
            // A copy with no gap between entries: each runs from its video's length ("12:08") to the age under its count.
            let floor = (entries.last?.upperBound ?? 0) + 1
            if let length = (max(floor, index - 3)..<index).last(where: { ChromeLine.isDuration(page[$0].text) }),
               (length + 1...index).allSatisfy({ page[$0].blanksBefore == 0 && page[$0].isShort }) {
                let bottom = index + 1 < page.count && page[index + 1].blanksBefore == 0 && page[index + 1].isShort ? index + 1 : index
                entries.append(length...bottom)
                continue
            }
            var top = index, bottom = index
            // Not up into the entry before: entries do not overlap.
            while top > max(1, floor), page[top].blanksBefore == 0, page[top - 1].isShort { top -= 1 }
            while bottom + 1 < page.count, page[bottom + 1].blanksBefore == 0, page[bottom + 1].isShort { bottom += 1 }
            // A thread's own count of views glued to its first post's header ("412 views" / NAME / DATE) is no entry.
            if bottom - top < rules.listingEntryLines { entries.append(top...bottom) }
        }
        guard entries.count >= rules.listingMinimumEntries else { return }
        for (number, entry) in entries.enumerated() {
            for line in entry { kinds[line] = .furniture }
            // The first entry of a list: its headings and filters, up to a comment's own furniture ("Reply") or a sentence.
            if number == 0 || page[entries[number - 1].upperBound + 1..<entry.lowerBound].contains(where: { !$0.isShort }) {
                var heading = entry.lowerBound
                // A blank line may part the filters from the entry, none lies among them.
                while heading > 1, entry.lowerBound - heading < rules.listingHeadingReach,
                      page[heading].blanksBefore <= (heading == entry.lowerBound ? 1 : 0) {
                    let above = page[heading - 1]
                    guard above.isShort, !above.text.endsWithSentencePunctuation,
                          kinds[heading - 1] == .none || isListingHeading(above.text, rules: rules) else { break }
                    heading -= 1
                }
                if page[heading..<entry.lowerBound].contains(where: { isListingHeading($0.text, rules: rules) }) {
                    for line in heading..<entry.lowerBound { kinds[line] = .furniture }
                }
            }
            let next = entry.upperBound + 1
            if next < page.count, page[next].blanksBefore <= 1, isListingHeading(page[next].text, rules: rules) { kinds[next] = .furniture }
        }
    }

    private static func isListingHeading(_ text: String, rules: PlainTextRules) -> Bool {
        ChromeLine.listKey(text).map(rules.listingHeadingKeys.contains) == true
    }

    /// Moves line `index` down to `kept`, marked with what was set aside above it, for both passes that set lines aside.
    private static func keep(_ index: Int, in lines: inout [PageLine], at kept: inout Int, footerAbove: inout Bool,
                             headingAbove: inout Bool) {
        lines.swapAt(kept, index)
        if footerAbove { lines[kept].footerAbove = true }
        if headingAbove { lines[kept].commentHeadingAbove = true }
        (footerAbove, headingAbove) = (false, false)
        kept += 1
    }

    /// Removes the furniture `Furniture` found, marking the line after each footer. The chrome list
    /// keeps the page's order.
    /// `sectionStarts`, the marks and `articleStart` are indices of `lines`, moved to where their lines are afterwards.
    private static func setFurnitureAside(_ lines: inout [PageLine], furniture: Furniture, chrome: inout [String],
                                          sectionStarts: inout Set<Int>, marks: inout FurnitureMarks, articleStart: inout Int,
                                          rules: PlainTextRules) {
        guard furniture.isFurniture.contains(true) else { return }
        var kept = 0
        var footerAbove = false, headingAbove = false
        var keptStarts: Set<Int> = []
        var keptMarks = FurnitureMarks()
        // The few marked lines in order, so that each of a large page's lines costs a comparison, not three lookups.
        let marked = marks.markedLines
        var nextMark = 0
        var keptArticleStart: Int?
        var lastKept: Int?
        for index in lines.indices {
            if sectionStarts.contains(index) { keptStarts.insert(kept) }
            if nextMark < marked.count, marked[nextMark] == index {
                keptMarks.move(index, to: kept, from: marks)
                nextMark += 1
            }
            if index == articleStart { keptArticleStart = kept }
            if furniture.isFurniture[index] {
                chrome.append(lines[index].text)
                keptMarks.note(lines[index].text, above: kept, rules: rules)
                // A header's part glued under the line above it: that line is where a header starts, a name.
                if !furniture.isFooter[index], lastKept == index - 1, lines[index].blanksBefore == 0 { lines[kept - 1].headerBelow = true }
                // A footer above a header set aside ("Reply", then a date with no name) still ends the comment before.
                footerAbove = footerAbove || furniture.isFooter[index] || lines[index].footerAbove
                headingAbove = headingAbove || lines[index].commentHeadingAbove
                continue
            }
            keep(index, in: &lines, at: &kept, footerAbove: &footerAbove, headingAbove: &headingAbove)
            lastKept = index
        }
        lines.removeSubrange(kept...)
        sectionStarts = keptStarts
        marks = keptMarks
        articleStart = keptArticleStart ?? kept
    }

    /// Short lines without final punctuation inside the article are subheadings.
    static func articleBlocks(_ lines: ArraySlice<PageLine>, wrap: WrapWidth?) -> [Block] {
        let paragraphs = wrap.paragraphs(lines)
        return paragraphs.indices.map { index in
            let text = paragraphs[index]
            let isSubheading = index + 1 < paragraphs.endIndex && text.count <= PlainTextRules.standard.maxSubheadingLength
                && !text.endsWithSentencePunctuation && !text.startsLowercase
            return Block(isSubheading ? .subheading : .paragraph, text)
        }
    }
}
