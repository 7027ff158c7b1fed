extension PlainTextPage {
    /// A removed comment's notice ("This comment was deleted.", "* [deleted]") standing apart from the text of the comment
    /// above it (not its body's first line) is a comment of its own, with no author; a date glued under it is its header's.
    /// Where the poster's name comes after the text (a trailer), it is one set apart between a trailer and more text.
    static func withRemovedComments(_ found: [LayoutHeader], in lines: [PageLine], to bottom: Int, layout: PageLayout,
                                    rules: PlainTextRules) -> [LayoutHeader] {
        guard let first = found.first, first.bottom + 1 < min(lines.count, bottom) else { return found }
        var headers = found
        var next = 0
        for index in first.bottom + 1..<min(lines.count, bottom) where lines[index].isShort {
            while next < found.count, found[next].bottom < index { next += 1 }
            let text = lines[index].text.listItem.map(String.init) ?? lines[index].text
            // Lower-cased only when it opens as a notice does: most lines do not.
            guard let opening = text.utf8.first, rules.removedNoticeOpenings.contains(opening), rules.removedNotices.contains(text.lowercased()), next > 0, next == found.count || found[next].top > index else { continue }
            if layout.placement == .trailer {
                // After a trailer: set apart on both sides, with text of the next comment after it.
                guard lines[index].blanksBefore > 0, index + 1 < lines.count, lines[index + 1].blanksBefore > 0,
                      next < found.count, found[next].top > index + 1 else { continue }
            } else if index - found[next - 1].bottom <= 2 {
                continue
            }
            var notice = LayoutHeader(top: index, bottom: index, anchor: index, author: nil, depthLine: index,
                                      authorEvidence: Evidence(.removedNotice, weight: 0, line: Int(lines[index].number), detail: text))
            notice.isNotice = true
            if layout.placement == .header, index + 1 < lines.count, lines[index + 1].blanksBefore == 0, lines[index + 1].isShort,
               ShapedLine(lines[index + 1].text, vocabulary: layout.vocabulary, rules: rules).shape.tokens == [.time] {
                notice.bottom = index + 1
            }
            headers.append(notice)
        }
        return headers.count > found.count ? LayoutHeader.inPageOrder(headers) : found
    }
    /// A header whose first line some posts lack: "Avatar von Chatfix" over the name again ("Chatfix") and the poster's links
    /// ("Profil" / "Beiträge anzeigen"), where a poster with no picture has the name and links only. A name line with the same
    /// furniture glued under it as under the headers' names, set apart above, is a header with its anchor missing.
    static func withAnchorlessHeaders(_ found: [LayoutHeader], in lines: [PageLine], layout: PageLayout, shapes: [LineShape?],
                                      shapesStart: Int, rules: PlainTextRules) -> [LayoutHeader] {
        guard layout.placement == .header, found.count >= rules.layoutMinimumRepeats else { return found }
        func shape(_ index: Int) -> LineShape? { index >= shapesStart && index - shapesStart < shapes.count ? shapes[index - shapesStart] : nil }
        func name(_ index: Int) -> Substring { lines[index].text.listItem ?? lines[index].text[...] }
        // The furniture glued under a name line, when it is the layout's.
        func tail(under index: Int) -> [LineShape]? {
            let under = index + 1...index + rules.anchorlessTailLines
            guard under.upperBound < lines.count, under.allSatisfy({ lines[$0].blanksBefore == 0 }) else { return nil }
            let tail = under.compactMap(shape)
            return tail.count == under.count && tail.allSatisfy(layout.furniture.contains) ? tail : nil
        }
        let tails = found.compactMap { header -> [LineShape]? in
            guard let author = header.author, header.anchor + 1 < lines.count, lines[header.anchor + 1].blanksBefore == 0,
                  name(header.anchor + 1) == author[...] else { return nil }
            return tail(under: header.anchor + 1)
        }
        // Most headers have the name again and the same furniture under it.
        guard let (common, count) = Dictionary(grouping: tails, by: { $0 }).mapValues(\.count).max(by: { $0.value < $1.value }),
              count >= rules.layoutMinimumRepeats, count * 2 >= found.count else { return found }
        var inHeader = Set<Int>()
        for header in found { inHeader.formUnion(header.top...max(header.bottom, header.anchor + 1 + rules.anchorlessTailLines)) }
        var headers = found
        // From the article's end: the first post may lack it too.
        for index in min(shapesStart, lines.count)..<lines.count where !inHeader.contains(index) && lines[index].isShort {
            // Set apart above, or a list's item; a name's few words.
            let item = lines[index].text.listItem
            guard lines[index].blanksBefore > 0 || item != nil, case let said = item ?? lines[index].text[...], !said.isEmpty,
                  !said.hasMoreWords(than: rules.layoutMaxNameWords), tail(under: index) == common else { continue }
            let author = String(said)
            // The block goes on over the header's parts and furniture, and the name again ("Predator ist offline" / DATE / "#664").
            var bottom = index + rules.anchorlessTailLines
            while bottom + 1 < lines.count, bottom + 1 - index <= rules.layoutBlockReach * 3, lines[bottom + 1].isShort,
                  name(bottom + 1) == author[...] || shape(bottom + 1).map({ layout.furniture.contains($0) || layout.parts.contains($0) }) == true {
                bottom += 1
            }
            headers.append(LayoutHeader(top: index, bottom: bottom, anchor: index, author: author, depthLine: index,
                                        authorEvidence: Evidence(.headerWithoutAnchor, weight: 0, line: Int(lines[index].number),
                                                                 detail: common.map(\.description).joined(separator: " / "))))
        }
        return headers.count > found.count ? LayoutHeader.inPageOrder(headers) : found
    }

    /// The page cut by the layout learnt from it: a comment at every header, its body the lines between
    /// headers (before its header, for a trailer) less the layout's furniture. Parents the page shows are
    /// taken as shown; the rest inferred only where the page shows none. nil when too few headers match.
    static func parse(_ lines: [PageLine], laidOut learnt: PageLayout, header: ArticleHeader, chrome: [String], references: [String],
                      links: [Int32: [Link]], marks: FurnitureMarks,
                      sectionStarts: Set<Int>, wrap: WrapWidth?, explaining: Bool) -> Thread? {
        let rules = PlainTextRules.standard
        var layout = learnt
        var (found, shapes) = LayoutHeader.find(in: lines, from: header.end, layout: layout, wrap: wrap, rules: rules)
        let shapesStart = header.end
        // Where the name stands over the page's headers, the first headers with no name line over them are the site's (an
        // archive's "2023" / "2022" over its months), not comments.
        if layout.authorOffset < 0 {
            let nameless = found.prefix { $0.top == $0.anchor && $0.author == nil }.count
            if nameless > 0, found.count - nameless >= rules.layoutMinimumRepeats { found.removeFirst(nameless) }
        }
        // A header or two above the comments' heading ("34 Comments") are the article's: its byline and date.
        if let heading = sectionStarts.filter({ $0 > header.end }).min() {
            let above = found.prefix { $0.top < heading }.count
            if above <= rules.layoutArticleHeaders, found.count - above >= rules.layoutMinimumRepeats { found.removeFirst(above) }
        }
        // A heading of the site's own lists below the comments ("More posts you may like") ends them: the headers under it are
        // its entries' ("r/Sub • 2y ago 41 comments").
        if let firstTop = found.first?.top, let list = lines.indices.dropFirst(firstTop + 1).first(where: { index in
            lines[index].isShort && ChromeLine.listKey(lines[index].text).map(rules.siteListHeadingKeys.contains) == true
        }) {
            let before = found.prefix { $0.top < list }.count
            if before >= rules.layoutMinimumRepeats, found.count - before < before { found.removeLast(found.count - before) }
        }
        if layout.placement == .trailer { found = LayoutHeader.withoutArticleSigner(found, lines: lines, rules: rules) }
        guard found.count >= rules.layoutMinimumRepeats, let first = found.first, let last = found.last else { return nil }
        found = withRemovedComments(found, in: lines, to: last.bottom, layout: layout, rules: rules)
        found = withAnchorlessHeaders(found, in: lines, layout: layout, shapes: shapes, shapesStart: shapesStart, rules: rules)
        var chrome = chrome

        // Where each comment's body lies.
        var bodies: [Range<Int>] = []
        let commentsStart: Int, end: Int
        switch layout.placement {
        case .header:
            commentsStart = first.top
            // The comments end at the first heading, pager or footer after the last header ("Post a Comment", "© 2024 …"),
            // and before a run of the site's footer links.
            let later = lines.indices.dropFirst(last.bottom + 1).first { index in
                sectionStarts.contains(index) || marks.afterPagers.contains(index) || lines[index].isShort && ChromeLine.opensSiteFooter(lines[index].text)
            } ?? lines.count
            end = footerLinks(in: lines, before: later, after: last.bottom + 1, rules: rules)
            for (index, header) in found.enumerated() {
                // A header block may reach the next one's top (a wrapped title, a name line over the next anchor): no body then.
                let upper = index + 1 < found.count ? found[index + 1].top : end
                bodies.append(min(header.bottom + 1, upper)..<upper)
            }
        case .trailer:
            // The first body starts under the comments' heading, or else it is the paragraph block just above its trailer.
            var top = first.top
            if let heading = sectionStarts.filter({ $0 > header.end && $0 <= first.top }).max() {
                top = heading
                // Under the heading, the section's controls ("Newest", "View all", a notice): when only short lines stand there,
                // the first body is the block glued over its trailer, as every other body is. Not when the furniture between posts
                // stands there (a score): the text under it is the first post's, as under the furniture between the others.
                var block = first.top
                while block > heading, lines[block].blanksBefore == 0 { block -= 1 }
                if block > heading, block < first.top, lines[heading..<block].allSatisfy({ $0.isShort && !$0.reachedWrapWidth }),
                   !(max(heading, shapesStart)..<block).contains(where: { shapes[$0 - shapesStart].map(layout.furniture.contains) == true }) {
                    chrome += lines[heading..<block].map(\.text)
                    top = block
                }
            } else if let author = first.author,
                      // (A trailer's first post may stand above where the page's header ends.)
                      let named = (min(max(header.end, first.top - rules.firstPostReach), first.top)..<first.top).last(where: { index in
                lines[index].isShort && (lines[index].text.listItem ?? lines[index].text[...]) == author[...]
                    // Over the post's text, not among the trailer's lines ("Ann" / "View Public Profile" / "Find More Posts by Ann").
                    && (index + 1..<first.top).contains { !lines[$0].isShort || lines[$0].text.endsLikeASentence }
            }) {
                // The poster's own block over the first post ("1. TheBleachDoctor" / title / fields), as over the others: its text
                // runs from there, however many paragraphs it has (its own block is set aside with the others').
                top = named
            } else {
                while top > header.end, top == first.top || lines[top].blanksBefore == 0 { top -= 1 }
                top = min(top + (top == first.top ? 0 : 1), first.top)
            }
            commentsStart = top
            // The comments listed under the last post follow its trailer (a vote count may stand before each).
            var after = last.bottom + 1
            // What is glued over a signature is its comment's: a vote count, a list's bullet, the text over a split signature.
            signed: while after < lines.count {
                var line = after
                while line < lines.count, line == after || lines[line].blanksBefore == 0 {
                    if let signature = LayoutCut.signature(at: line, in: lines, layout: layout, rules: rules) {
                        after = line + 1 + signature.linesBelow
                        continue signed
                    }
                    line += 1
                }
                break
            }
            end = after
            for (index, header) in found.enumerated() {
                // A block that reaches over the next trailer's top leaves it no body.
                let top = index == 0 ? commentsStart : found[index - 1].bottom + 1
                bodies.append(min(top, header.top)..<header.top)
            }
        }

        let cuts = LayoutCut.cut(headers: found, bodies: bodies, lines: lines, from: header.end, to: end, layout: layout,
                                 shapes: shapes, shapesStart: shapesStart, rules: rules)
        let headers = cuts.map(\.header)
        let articleEnd = min(commentsStart, cuts.first?.body.first ?? commentsStart)
        var comments: [Comment] = []
        comments.reserveCapacity(cuts.count)
        var cutByFurniture = 0
        // Fields the page repeats with a different value each time ("Previous message (by thread): SUBJECT"): their labels, the
        // words up to the colon, on at least half as many of the comments' lines as there are comments.
        var fieldOpenings: [Substring: Int] = [:]
        for cut in cuts where layout.placement == .header {
            for index in cut.body { if let label = lines[index].text.inlineFieldLabel { fieldOpenings[label, default: 0] += 1 } }
        }
        let repeatedFields = Set(fieldOpenings.filter { $0.value >= max(rules.layoutMinimumRepeats, cuts.count / 2) }.keys)
        func isRepeatedField(_ index: Int) -> Bool { !repeatedFields.isEmpty && lines[index].text.inlineFieldLabel.map(repeatedFields.contains) == true }
        // The page's recipients furniture ("to Harbourside Amateur Astronomers"), as the words after "to".
        let recipientsLines = layout.furniture.compactMap { shape -> String? in
            guard shape.tokens.count >= 2, shape.tokens.first == .word("to"), shape.tokens.allSatisfy(\.isWord) else { return nil }
            return shape.tokens.dropFirst().map { if case .word(let word) = $0 { return word } else { return "" } }.joined(separator: " ")
        }
        let mailLayout = layout.anchor.opensWithMailField(rules)
        func isFurniture(_ index: Int) -> Bool { index >= shapesStart && shapes[index - shapesStart].map(layout.furniture.contains) == true }
        // The labels of the fields the layout knows as furniture ("location:" of "Location: Leeds"): a field of one of them is the
        // block's whatever its value ("Location: in the land down under...").
        let furnitureFieldLabels = Set(layout.furniture.compactMap { shape in shape.opensWithField ? shape.tokens.first : nil })
        func isFurnitureField(_ index: Int) -> Bool {
            index >= shapesStart && lines[index].isShort && shapes[index - shapesStart].map({ $0.opensWithField && furnitureFieldLabels.contains($0.tokens[0]) }) == true
        }
        // "kazlauskis:" (or "● kazlauskis:", an avatar's stand-in before it) over lines indented deeper: Discourse's title of a
        // quotation, a poster of the page and a colon.
        let posters = Set(headers.compactMap { $0.author?.lowercased() })
        func isQuoteTitle(_ index: Int, in body: ArraySlice<Int>) -> Bool {
            let text = lines[index].text.drop { !$0.isLetter && !$0.isNumber }
            guard text.last == ":", lines[index].isShort, let next = body.first(where: { $0 > index }), lines[next].indent > lines[index].indent
            else { return false }
            return posters.contains(text.dropLast().lowercased())
        }
        for (position, cut) in cuts.enumerated() {
            let header = cut.header
            var blocks: [Block] = []
            // A quotation opens with its attribution ("Ann wrote:", "Quote:") and goes on to the end of its paragraph, or
            // while it stands deeper than the header (a text browser indents it).
            var quoting = false, quoteWrapped = false, afterAttribution = false
            // The attribution's indentation: a text browser indents the quotation under it, and the reply stands out again.
            var quoteIndent = lines[header.anchor].indent
            var textLinks: [Link] = []
            var previous: Int?
            var body = cut.body[...]
            // In a trailer layout a post's text opens after the furniture between posts ("Add a comment", a score): lines
            // above the last of it (a sort menu, a count of the answers) are the page's. The text: a long line or a sentence.
            if layout.placement == .trailer, cut.signature == nil,
               let text = body.firstIndex(where: { !lines[$0].isShort || lines[$0].text.endsLikeASentence }),
               let furniture = body[..<text].lastIndex(where: { shapes[$0 - shapesStart].map(layout.furniture.contains) == true }) {
                chrome += body[..<furniture].map { lines[$0].text }
                body = body[furniture...]
            }
            // Over the text of a trailed post, its own block may open with the poster's name ("2. Crow" / "Crow Falling is a
            // Pleasure" / text … "Crow, Oct 30, 2014"): the text opens under the last line of the block that names them, with no
            // prose above it (what stands there is the post above's: its reactions).
            if layout.placement == .trailer, let author = header.author,
               // Not a sentence of the text that opens with the name, under another ("Rolling." / "TheBleachDoctor threw 60-faced die
               // for: …"); a user title may be as long ("Crow Falling is a Pleasure. Regardless of its Fate" under "2. Crow").
               let named = body.prefix(rules.layoutBlockReach * 2).lastIndex(where: { index in
                   lines[index].isShort && lines[index].text.opensWithPoster(author) && !(lines[index].text.hasMoreWords(than: rules.proseLineWords - 1)
                       && index > body.startIndex && lines[index - 1].text.endsLikeASentence)
               }),
               body[..<named].allSatisfy({ !lines[$0].text.hasMoreWords(than: rules.proseLineWords - 1) }) {
                chrome += body[...named].map { lines[$0].text }
                body = body[(named + 1)...]
            }
            // So do the block's fields, over the text: a label alone and its value under it ("Location:" / "Leeds"); not the text's
            // own opening ("Update:" / "The council has now said …").
            // The block's furniture may stand among them ("+" / "Joined:" / DATE / "Location:" / "Hecho en Tejas"), a label the
            // layout knows as furniture too.
            if layout.placement == .trailer {
                var opens = body.startIndex
                var fields = body.startIndex
                while opens < body.endIndex {
                    if opens + 1 < body.endIndex, lines[body[opens]].isShort, lines[body[opens]].text.last == ":",
                       !lines[body[opens]].text.hasMoreWords(than: 2), lines[body[opens + 1]].isShort,
                       // (A few words closed by a full stop under a label the layout knows are its value: "Location:" /
                       // "Northern Ireland.")
                       !lines[body[opens + 1]].text.endsLikeASentence
                        || isFurniture(body[opens]) && !lines[body[opens + 1]].text.hasMoreWords(than: rules.layoutMaxNameWords),
                       // ("Quote:" / "Originally Posted by Ann" opens a quotation.)
                       ShownReplies.opening(of: lines[body[opens + 1]].text, rules: rules) == nil {
                        opens += 2
                        fields = opens
                    } else if isFurniture(body[opens]) {
                        opens += 1
                    } else if isFurnitureField(body[opens]) {
                        opens += 1
                        fields = opens
                    } else {
                        break
                    }
                }
                chrome += body[..<fields].map { lines[$0].text }
                body = body[fields...]
            }
            // In a header layout, a word or two over the header's furniture, parted from the text below ("Français" / "18·" /
            // "1 day ago" / the text): a label of the header's (the comment's language), not the text's first line (an address
            // alone is: "http://i.imgur.com/PgDMBVo.gifv" over the votes). So is a field
            // the page repeats ("Previous message (by thread): …" over "Messages sorted by: …").
            if layout.placement == .header, cut.signature == nil, let top = body.first {
                let block = body.prefix { $0 == top || lines[$0].blanksBefore == 0 }
                if block.count >= 2, block.count < body.count, let last = block.last, isFurniture(last),
                   block.allSatisfy({ isFurniture($0) || lines[$0].isShort && !lines[$0].text.hasMoreWords(than: 2)
                       && !lines[$0].text.endsWithSentencePunctuation && !lines[$0].text.holds("://") || isRepeatedField($0) }) {
                    chrome += block.filter { !isFurniture($0) }.map { lines[$0].text }
                    body = body[block.endIndex...]
                }
                // A detail of the poster's among the header's furniture, set apart by gaps ("United Kingdom" / "Apr 19, 2020" / "*" /
                // "* #15" under the join date and counts): a word or few, no sentence, no quotation's attribution, over the post's
                // date, and text after the last of the furniture. One such line at most: more are a text's.
                // (Positions in the body, not lines.)
                let details = body.prefix(rules.layoutBlockReach * 2).prefix { index in
                    isFurniture(index) || lines[index].isShort && !lines[index].text.hasMoreWords(than: rules.layoutMaxNameWords)
                        && !lines[index].text.endsWithSentencePunctuation && lines[index].text.last != ":" && !lines[index].text.holds("://")
                        && !ShownReplies.isAttribution(lines[index].text, rules: rules) && !rules.removedNotices.contains(lines[index].text.lowercased())
                }
                let lettered = details.indices.filter { !isFurniture(details[$0]) && lines[details[$0]].text.contains(where: \.isLetter) }
                if let last = details.lastIndex(where: isFurniture), let detail = lettered.first, lettered.count == 1, detail < last,
                   shapes[details[detail + 1] - shapesStart]?.hasTime == true, body[(last + 1)...].contains(where: { !isFurniture($0) }) {
                    chrome += body[...last].filter { !isFurniture($0) }.map { lines[$0].text }
                    body = body[(last + 1)...]
                }
                // The same fields again closing the body, glued to furniture ("Next message (by thread): …" / "More information
                // about the … mailing list"): the header's links repeated under the text.
                if let start = body.lastIndex(where: { lines[$0].blanksBefore > 0 }), start > body.startIndex,
                   case let tail = body[start...], tail.allSatisfy({ isFurniture($0) || isRepeatedField($0) }), tail.contains(where: isRepeatedField) {
                    chrome += tail.filter { !isFurniture($0) }.map { lines[$0].text }
                    body = body[..<start]
                }
            }
            // A mail's threading fields left under its header block ("Message-ID: <…> (raw)", "In-Reply-To: <…>", "References:"
            // and the ids folded under it) are its header's, not its text.
            if mailLayout {
                var fields = body.startIndex
                while fields < body.endIndex, lines[body[fields]].text.opensWithMailField(rules)
                        || fields > body.startIndex && lines[body[fields]].indent > 0 && lines[body[fields]].text.first == "<" {
                    fields += 1
                }
                chrome += body[..<fields].map { lines[$0].text }
                body = body[fields...]
            }
            // "to Raj Malhotra, Harbourside Amateur Astronomers" under the header where most say "to Harbourside Amateur
            // Astronomers" (furniture): the same recipients line with a poster added, the header's too.
            if layout.placement == .header, let top = body.first, lines[top].blanksBefore == 0, lines[top].isShort,
               recipientsLines.contains(where: { lines[top].text.lowercased().hasSuffix(", " + $0) }) {
                chrome.append(lines[top].text)
                body = body.dropFirst()
            }
            // The poster's own block under the text, where a text browser prints a forum's column beside the post ("User avatar" /
            // "Jakob" / "ILP Legend" / "Posts: 6962"): the name alone with a title or a field under it, only short lines and
            // furniture after, is no text.
            // So is the next poster's, where the page prints each post's column over its header ("Jean-Baptiste Kempf" / "Site
            // Administrator" / "Posts: 37292" / "Re: …" / "Postby Jean-Baptiste Kempf » …"): set apart, maybe alone under the text.
            // (The next poster's block taken off, the poster's own may close the text above it, its name alone now.)
            let nextAuthor = position + 1 < cuts.count && cuts[position + 1].signature == nil ? cuts[position + 1].header.author : nil
            var blockTaken = false
            while layout.placement == .header, header.author != nil || nextAuthor != nil,
               let name = body.suffix(rules.layoutBlockReach * 4).lastIndex(where: { lines[$0].text == header.author || lines[$0].text == nextAuthor }),
               name + 1 < body.endIndex || (lines[body[name]].text == nextAuthor || blockTaken) && lines[body[name]].blanksBefore > 0,
               // Under the text: a comment whose text is the name alone ("[deleted]") keeps it.
               body[..<name].contains(where: { !isFurniture($0) && !AuthorLine.isPlaceholder(lines[$0].text) }),
               // (A field of the block may run long, "Re: Solution for VLC 1.1.10+ showing ChineseSimplified subtitles", the post's
               // subject, or have no value: "Contact:".)
               body[(name + 1)...].allSatisfy({ isFurniture($0) || lines[$0].isShort && !lines[$0].text.endsWithSentencePunctuation
                   && !lines[$0].text.hasMoreWords(than: lines[body[name]].text == nextAuthor ? rules.layoutMaxNameWords : rules.layoutMaxNameWords - 2)
                   || lines[$0].text.isLabelledField && !lines[$0].text.hasMoreWords(than: rules.proseLineWords)
                   || lines[$0].text.last == ":" && !lines[$0].text.hasMoreWords(than: 2) }) {
                // (`name` is a place in the body, whose lines it holds.)
                let top = name > body.startIndex && lines[body[name]].blanksBefore == 0 && AuthorLine.isPlaceholder(lines[body[name - 1]].text)
                    ? name - 1 : name
                chrome += body[top...].map { lines[$0].text }
                body = body[..<top]
                blockTaken = true
            }
            if header.isNotice { blocks.append(Block(.paragraph, lines[header.anchor].text.listItem.map(String.init) ?? lines[header.anchor].text)) }
            for index in body {
                var line = lines[index]
                if let signature = cut.signature, index == header.anchor {
                    line.text = String(line.text[..<signature.textEnd])
                } else if let signature = cut.signature, signature.dashAbove, index == header.anchor - 1 {
                    line.text = String(line.text.dropLast(2))
                }
                if let shape = shapes[index - shapesStart], layout.furniture.contains(shape) {
                    chrome.append(line.text)
                    cutByFurniture += 1
                    continue
                }
                if layout.controls.contains(line.text) {
                    chrome.append(line.text)
                    quoting = false
                    afterAttribution = false
                    continue
                }
                // A rule w3m drew in a deep reply's margin ("━━━━━━━━", beside a line of the text or alone): the page's drawing.
                if line.text.utf8.count >= 9, line.text.prefix(3).allSatisfy({ "━─═".contains($0) }) {
                    if line.text.allSatisfy({ "━─═".contains($0) }) {
                        chrome.append(line.text)
                        continue
                    }
                    if let column = line.textColumnAfterRule {
                        line = PageLine(text: String(line.text.drop { "━─═ ".contains($0) }), number: line.number,
                                        blanksBefore: Int(line.blanksBefore), indent: column)
                    }
                }
                // The quotation goes on under its attribution (a blank may part them), and ends with its paragraph: a text
                // browser wraps it to its width, and a line short of the width after such lines closes it.
                let attribution = ShownReplies.isAttribution(line.text, rules: rules) || isQuoteTitle(index, in: body)
                let paragraphClosed = quoting && quoteWrapped && previous.map { !lines[$0].reachedWrapWidth } == true
                quoting = quoting && (afterAttribution || line.blanksBefore == 0 && !paragraphClosed || line.indent > quoteIndent)
                if !quoting, line.isShort, attribution {
                    quoting = true
                    quoteWrapped = false
                    quoteIndent = max(lines[header.anchor].indent, line.indent)
                } else if !quoting, !attribution, line.text.opensWithGluedAttribution(rules) {
                    line.text = line.text.partingGluedAttribution(rules)
                    // "Urwrongx1000 wrote:I don't know …": the attribution glued to the quotation's first words (phpBB's), the line
                    // the quotation's; indented deeper than the text, the quotation goes on as deep as it.
                    quoting = true
                    quoteWrapped = line.reachedWrapWidth
                    let anchorIndent = lines[header.anchor].indent
                    quoteIndent = line.indent > anchorIndent ? line.indent - 1 : anchorIndent
                } else if quoting, line.reachedWrapWidth {
                    quoteWrapped = true
                }
                let kind: Block.Kind = quoting ? .quote : .paragraph
                // A paragraph the copy wrapped at its width is one.
                if let wrap, let previous, blocks.last?.kind == kind, !attribution, !afterAttribution, wrap.goesOn(lines[previous], in: line) {
                    blocks[blocks.count - 1].text += WrapWidth.joint(after: lines[previous], before: line) + line.text
                } else {
                    blocks.append(Block(kind, line.text))
                }
                previous = index
                afterAttribution = attribution
                // The links of its text, as the page lists them; a furniture line's ("Reply") are not the comment's.
                textLinks += links[line.number] ?? []
            }
            if header.top < header.anchor || header.bottom > header.anchor {
                chrome += (header.top...header.bottom).filter { $0 != header.anchor && $0 != header.depthLine }.map { lines[$0].text }
            }
            var comment = Comment(author: AuthorLine.author(named: header.author), blocks: blocks)
            comment.role = header.role
            comment.links = textLinks
            comments.append(comment)
        }
        chrome += lines[end...].map(\.text) + references
        let article = Article(caption: header.caption, byline: header.byline,
                              blocks: articleBlocks(lines[header.end..<max(header.end, articleEnd)], wrap: wrap))
        QuoteMarking.mark(&comments)

        // Parents: as the page shows them, else inferred.
        // (A header a text browser wrapped goes on with its links on the lines under it: "dora_m on Feb 9," / "2024 | root | parent |".)
        let navigation = headers.map { header in
            NavigationLinks.header(header.bottom > header.anchor ? lines[header.anchor...header.bottom].map(\.text).joined(separator: " ")
                                   : lines[header.anchor].text, rules: rules)
        }
        let counted = layout.nesting == .none && layout.placement == .header ? marks.shownReplies(commentStarts: cuts.map(\.header.top), end: end, rules: rules) : nil
        if navigation.filter({ $0 != nil }).count >= rules.navigationMinimumRepeats, navigation.contains(where: { $0?.isReply == true }) {
            // Said in words, where the copy may have kept the indentation only in part (w3m draws every reply one step in).
            layout.nesting = .navigation
        } else if counted != nil {
            layout.nesting = .replyCounts
        }
        // Indentation learnt from the sample that the comments cut do not show (every header at one depth: a copy that lost it)
        // shows no reply: they are inferred.
        if layout.nesting == .indentation, Set(headers.map { lines[$0.anchor].depth }).count < 2 { layout.nesting = .none }
        // Where nothing else shows it, the headers' counts of the comments under them may ("(10 children)"), or a copy's links:
        // a reply links its parent's address.
        let descended = layout.nesting == .none ? DescendantCounts.parents(counts: headers.map { DescendantCounts.count(in: lines[$0.anchor].text) },
                                                                           rules: rules) : nil
        if descended != nil { layout.nesting = .descendantCounts }
        // The words "parent" and "prev" leave a reply's place among its siblings' replies open; the addresses they link, where
        // the copy kept them, do not.
        let linked = (layout.nesting == .none || layout.nesting == .navigation) && !links.isEmpty ? LinkedIDs.parents(links: headers.indices.map { index in
            let next = index + 1 < headers.count ? headers[index + 1].top : end
            return lines[headers[index].top..<max(headers[index].top, next)].flatMap { links[$0.number] ?? [] }
        }, rules: rules) : nil
        if linked != nil { layout.nesting = .linkedIDs }
        var shown: [ShownReplies.Link?]
        switch layout.nesting {
        case .indentation:
            shown = ShownReplies.byDepth(headers.map { lines[$0.anchor].depth })
        case .listNumbers:
            shown = ShownReplies.byListNumbers(headers.map { lines[$0.depthLine].text.listNumber })
        case .levels:
            shown = ShownReplies.byDepth(headers.map { header in
                (max(0, header.top - 3)..<header.top).reversed().lazy.compactMap { lines[$0].text.level?.number }.first ?? 0
            }, shownBy: .deeperLevel)
        case .navigation:
            shown = NavigationLinks.parents(navigation, quoted: comments.map { $0.blocks.compactMap(\.quotedComment) })
        case .linkedIDs:
            shown = linked ?? []
        case .replyCounts:
            shown = counted ?? []
        case .descendantCounts:
            shown = descended ?? []
        case .none, .answeredNames, .postNumbers:
            // The answered names are read with the headers.
            shown = Array(repeating: nil, count: comments.count)
        }
        for (index, cut) in cuts.enumerated() where cut.signature != nil {
            shown[index] = cut.listedUnder.map { ShownReplies.Link(parent: $0, kind: .listedUnder) }
        }
        // A mail archive's message shows its "Message-ID:" and the one it answers as "In-Reply-To:": the page says the parent.
        // Only mails have them: no other page's header block is read again for them.
        let ids = !mailLayout ? [] : headers.indices.map { index in
            MailIDs(lines[headers[index].top..<min(lines.count, index + 1 < headers.count ? headers[index + 1].top : end,
                                                   headers[index].bottom + rules.mailFieldReach)])
        }
        let byID = Dictionary(ids.enumerated().compactMap { index, ids in ids.message.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
        let skeletons = mailLayout ? ThreadSkeleton.parents(of: headers, in: lines, rules: rules) : []
        for index in comments.indices where mailLayout && shown[index] == nil {
            if let answered = ids[index].inReplyTo, let parent = byID[answered], parent != index {
                shown[index] = ShownReplies.Link(parent: parent, kind: .inReplyTo, detail: answered)
            } else if index < skeletons.count, let link = skeletons[index] {
                shown[index] = link
            }
        }
        let handles = headers.map(\.handle)
        for index in comments.indices where cuts[index].signature == nil {
            // "In reply to Ann" atop a body names the one answered, where a thread's indentation shows only its first comment.
            if let depth = shown[index] {
                // Indentation that stops at one level (a reply to a reply under the thread's first) answers the one its
                // header names ("in reply to Bob") when it is not that one.
                if let answered = headers[index].answers, comments[depth.parent].author != answered.name {
                    shown[index] = ShownReplies.Link(parent: answered.header, kind: .replyMarker, detail: answered.name)
                }
                if let (link, marker) = ShownReplies.marked(index, in: &comments, rules: rules) {
                    shown[index] = link ?? shown[index]
                    chrome.append(marker)
                }
                continue
            }
            if let answered = headers[index].answers {
                shown[index] = ShownReplies.Link(parent: answered.header, kind: .replyMarker, detail: answered.name)
            } else if let (link, marker) = ShownReplies.marked(index, in: &comments, rules: rules) {
                // "Reply to Ann" alone on the first line says whom it answers, as a header would: it is not the comment's text.
                shown[index] = link
                chrome.append(marker)
            } else {
                shown[index] = ShownReplies.named(index, in: comments, handles: handles, rules: rules)
            }
        }
        var decisions: [ReplyInference.Decision] = []
        // A forum shows what a post answers by quoting it ("Jakob wrote:", "Originally Posted by Ann"): where several posts
        // do, one that quotes none answers the thread, and nothing is left to guess. Not a mail's quoting ("On Tue, 3 Mar
        // 2020, Ann wrote:", in an archive's page too): a mail that quotes none still answers within its thread.
        let quoting = !mailLayout && comments.indices.filter { index in
            shown[index]?.kind == .attribution && comments[index].blocks.first?.text.hasPrefix("On ") != true
        }.count >= rules.layoutMinimumRepeats
        if layout.nesting == .none, !quoting {
            decisions = ReplyInference(articleAuthor: header.bylineName, articleText: article.blocks.map(\.text), rules: rules,
                                       explaining: explaining).infer(&comments)
        }
        for index in comments.indices {
            if let link = shown[index] {
                comments[index].parent = link.parent
                comments[index].parentInferred = false
                comments[index].inferredBy = nil
            } else if layout.nesting != .none || layout.signatures != nil && cuts[index].listedUnder == nil {
                // Shown as top level: by the page's nesting; on a page that lists comments under posts, a post, or a comment
                // listed under none (a question's, under the article).
                comments[index].parent = nil
                comments[index].parentInferred = false
                comments[index].inferredBy = nil
            }
        }

        var thread = Thread(format: name, title: header.title, article: article, chrome: chrome, comments: comments)
        if explaining {
            let shownCount = shown.compactMap { $0 }.count
            var summary = layout.summary
            let underFooters = headers.filter { $0.authorEvidence.kind == .nameUnderFooter }.count
            summary.append("cut: \(headers.count) comments at headers (\(headers.filter { $0.author != nil }.count) with a name"
                + (underFooters > 0 ? ", \(underFooters) named under a footer without the shared line" : "") + ")"
                + ", \(cutByFurniture) furniture lines set aside, \(shownCount) parents shown by the page"
                + (layout.nesting == .none ? ", \(comments.filter(\.parentInferred).count) inferred" : ""))
            thread.explanation = Explanation(sectionStart: [], layout: summary, comments: headers.indices.map { index in
                let link = shown[index]
                let decision = index < decisions.count ? decisions[index] : ReplyInference.Decision()
                return CommentReason(
                    line: Int(lines[headers[index].top].number),
                    start: [cuts[index].signature.map { Evidence(.inlineSignature, weight: 0, line: Int(lines[headers[index].anchor].number),
                                                                  detail: $0.shape.description) }
                            ?? (headers[index].authorEvidence.kind == .nameUnderFooter ? headers[index].authorEvidence
                                : Evidence(.layoutHeader, weight: 0, line: Int(lines[headers[index].anchor].number), detail: layout.anchor.description))],
                    author: headers[index].author == nil ? [] : [headers[index].authorEvidence],
                    parent: comments[index].parent,
                    parentEvidence: link.map { [Evidence($0.kind, weight: 0, line: 0, detail: $0.detail)] } ?? decision.evidence,
                    alternatives: link == nil ? decision.alternatives.map {
                        CommentReason.Alternative(comment: $0.comment, total: $0.total, evidence: $0.evidence)
                    } : [])
            })
        }
        return thread
    }
}

/// The ids a mail's header fields give, as an archive shows them: its own ("Message-ID: <…>") and the one it answers
/// ("In-Reply-To: <…>"), each in angle brackets, on the field's line or the next.
struct MailIDs {
    var message: String?
    var inReplyTo: String?

    init(_ lines: ArraySlice<PageLine>) {
        for index in lines.indices {
            let text = lines[index].text
            guard let label = text.mailFieldLabel, label == "message-id" || label == "in-reply-to" else { continue }
            let value = Self.bracketed(text[...]) ?? (index + 1 < lines.endIndex ? Self.bracketed(lines[index + 1].text[...]) : nil)
            if label == "message-id" { message = message ?? value } else { inReplyTo = inReplyTo ?? value }
        }
    }

    private static func bracketed(_ text: Substring) -> String? {
        guard let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">"), text.index(after: open) < close else { return nil }
        return String(text[text.index(after: open)..<close])
    }
}

extension String {
    /// "Message-ID: <…>", "In-Reply-To: <…>", "Date: …": a line that opens with a mail header's field.
    func opensWithMailField(_ rules: PlainTextRules) -> Bool {
        guard let label = mailFieldLabel else { return false }
        return rules.mailFieldLabels.contains(label) || rules.mailThreadingFields.contains(label)
    }

    /// The label before a colon a few characters in ("message-id" of "Message-ID: <…>"), lower case.
    var mailFieldLabel: String? {
        guard let colon = firstIndex(of: ":"), distance(from: startIndex, to: colon) <= 12 else { return nil }
        return self[..<colon].lowercased()
    }
}

extension LineShape {
    /// The page's headers are mails' ("From: NAME <address>").
    func opensWithMailField(_ rules: PlainTextRules) -> Bool {
        guard case .word(let label)? = tokens.first, label.hasSuffix(":") else { return false }
        return rules.mailFieldLabels.contains(String(label.dropLast()))
    }
}

extension String {
    /// "Previous message (by thread): " of "Previous message (by thread): Practice night": the words up to a colon and a
    /// space, four at most, with more after them. Read on the bytes: asked of every line of the comments.
    var inlineFieldLabel: Substring? {
        let end: Int? = withBytes { bytes in
            guard bytes.count > 2 else { return nil }
            for index in 1..<bytes.count - 1 where bytes[index] == 0x20 && bytes[index - 1] == UInt8(ascii: ":") { return index + 1 }
            return nil
        }
        guard let end else { return nil }
        let label = self[..<utf8.index(startIndex, offsetBy: end)]
        return label.hasMoreWords(than: 4) ? nil : label
    }
}
