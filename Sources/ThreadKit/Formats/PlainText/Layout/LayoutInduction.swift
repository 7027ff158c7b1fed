extension PageLayout {
    /// The layout of the comments among `lines` (chrome set aside, names scored) after `start`, learnt from
    /// the first `layoutSampleLines` of them: the shape that recurs once per comment and carries (or stands
    /// beside) a name; the next best after it, for a page where the best cuts too few comments. Empty when nothing recurs
    /// so: the name-lines layout, which needs no header, is left.
    /// `considered`, when given, receives the candidate headers weighed and why each lost (for `--layout`).
    /// A page whose comments are listed under posts, each signed on lines of its own ("– Ann" / DATE): the signatures mark
    /// the comments, and the posts' own header is learnt without their lines.
    /// `countedHeadings`: the lines under a heading that counts the comments ("8 Responses").
    static func induce(_ lines: [PageLine], from start: Int, sectionStarts: Set<Int>, countedHeadings: Set<Int>, rules: PlainTextRules,
                       considered: inout [String]?) -> [PageLayout] {
        var signedLines: Set<Int> = []
        let layouts = induce(lines, from: start, sectionStarts: sectionStarts, countedHeadings: countedHeadings, rules: rules,
                             considered: &considered, signedLines: &signedLines)
        guard !signedLines.isEmpty else { return layouts }
        var ignored: [String]? = considered == nil ? nil : []
        var none: Set<Int> = []
        let posts = induce(lines, from: start, sectionStarts: sectionStarts, countedHeadings: countedHeadings, rules: rules,
                           considered: &ignored, excluding: signedLines,
                           signedLines: &none)
        considered? += ["weighed again without the \(signedLines.count / 2) signatures on lines of their own:"] + (ignored ?? [])
        return posts + layouts
    }

    /// `signedLines` receives the lines of the signatures split over two lines, when the best header is made of them.
    private static func induce(_ lines: [PageLine], from start: Int, sectionStarts: Set<Int>, countedHeadings: Set<Int>, rules: PlainTextRules,
                               considered: inout [String]?, excluding excluded: Set<Int> = [], signedLines: inout Set<Int>) -> [PageLayout] {
        let sample = start..<min(lines.count, start + rules.layoutSampleLines)
        guard sample.count >= 2 * rules.layoutMinimumRepeats else { return [] }
        // Each short line's words, then the page's vocabulary from all of them, then each line's shape: on every core.
        let pieces = piecesWorthMaking(for: sample.count, smallest: rules.layoutLinesPerCore)
        let shortWords = [[Substring]?](count: sample.count, concurrentlyInPieces: pieces) { offset in
            lines[start + offset].isShort ? ShapedLine.words(of: lines[start + offset].text, rules: rules) : nil
        }
        let vocabulary = LineShape.Vocabulary(lines: lines[sample], shortWords: shortWords, rules: rules)
        let shaped = [ShapedLine?](count: sample.count, concurrentlyInPieces: pieces) { offset in
            shortWords[offset].map { ShapedLine(words: $0, vocabulary: vocabulary, rules: rules) }
        }
        var places: [LineShape: [Int]] = [:]
        for index in sample where !excluded.contains(index) { if let line = shaped[index - start] { places[line.shape, default: []].append(index) } }
        // Each line's signature read once: the page's common one, and later which of its lines are split signatures.
        // Both told of each line on its own: on every core.
        let signed = [(Int, InlineSignature)?](count: sample.count, concurrentlyInPieces: pieces) { offset in
            InlineSignature.at(start + offset, in: lines, vocabulary: vocabulary, rules: rules).map { (start + offset, $0) }
        }.compactMap { $0 }
        let signatures = InlineSignature.commonShape(of: signed.lazy.map(\.1), rules: rules)
        func shapeAt(_ index: Int) -> LineShape? { sample.contains(index) ? shaped[index - start]?.shape : nil }
        // Asked of the same lines again and again (every anchor at every offset): worked out once.
        let nameLines = [Bool](count: sample.count, concurrentlyInPieces: pieces) { PageLayout.isNameLine(start + $0, in: lines, rules: rules) }
        func isNameLine(_ index: Int) -> Bool { sample.contains(index) && nameLines[index - start] }

        // A header with the name in it: "Ann said...", "[–] ann 12 points 3 hours ago", "Posted by: Ann | DATE".
        var heads: [LineShape: [Int]] = [:]
        // A quotation's attribution by its opening ("Originally Posted by Ann") is no header, whatever else shares its shape
        // ("Find More Posts by Ann").
        // Nor is a note that the post was edited ("Last edited: DATE").
        for (shape, at) in places where shape.hasName && !shape.isBareName {
            let kept = at.filter {
                ShownReplies.opening(of: lines[$0].text, rules: rules)?.kind != .attribution && !lines[$0].text.opensEditNote(rules)
            }
            heads[shape.head, default: []] += kept
            // "Filicophyta a dit…": a verb of two words, the first a small word of prose ("Marie a mangé"), the second the
            // header's; the head with both is weighed too.
            if let longer = shape.headThroughProseWord(vocabulary) { heads[longer, default: []] += kept }
        }
        // A prolific commenter's name is made of words the page repeats: "Post by Ingrid Halvorsen »" is "Post by NAME »" all
        // the same, when "Ingrid Halvorsen" stands alone as a name elsewhere on the page.
        // (A list's item stands as its name: "3. Tachy".)
        let standing = Set(sample.filter { lines[$0].isShort && isNameLine($0) }.map { String(lines[$0].text.listItem ?? lines[$0].text[...]) })
        // (The comma that ends a name before its date is none of it: "Tachy, Feb 23, 2019".)
        func standsAlone(_ name: String) -> Bool { standing.contains(name) || name.last == "," && standing.contains(String(name.dropLast())) }
        // Their first words: words are joined to look a run up only from one of them (most lines hold none).
        let standingFirstWords = Set(standing.map { $0.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)[0] })
        for index in sample {
            guard let line = shaped[index - start], line.shape.tokens.count >= 2 else { continue }
            let tokens = line.shape.tokens
            search: for first in tokens.indices {
                let opening = line.spans[first].lowerBound
                guard opening < line.words.count, standingFirstWords.contains(line.words[opening]) else { continue }
                for last in first..<min(tokens.count, first + 4) where !(first == last && tokens[first] == .name) {
                    guard standsAlone(line.words[line.spans[first].lowerBound..<line.spans[last].upperBound].joined(separator: " ")) else { continue }
                    let head = LineShape(tokens: Array(tokens[..<first]) + [.name] + Array(tokens[(last + 1)...])).head
                    // (A list's item whose whole text stands alone, "3. Avatar von sunsetkilling", may hold a name further in.)
                    guard head != line.shape.head, heads[head] != nil else {
                        if lines[index].text.listItem != nil { continue } else { break search }
                    }
                    heads[head]!.append(index)
                    break search
                }
            }
        }
        // "Beasly 82" / "Beasly" / "Beasly 82": a header printed twice, the poster's card and the post's own (a badge may open
        // the second: "OP Beasly 82"), is one place.
        for (head, at) in heads where at.count >= rules.layoutMinimumRepeats {
            var kept: [Int] = []
            for place in at.sorted() {
                if let last = kept.last, place - last <= rules.layoutBlockReach, let again = shaped[place - start]?.words,
                   let first = shaped[last - start]?.words, again.count >= first.count, again.suffix(first.count).elementsEqual(first),
                   (last + 1..<place).allSatisfy({ lines[$0].isShort }) { continue }
                kept.append(place)
            }
            heads[head] = kept
        }
        // How many lines of a sentence's words each word of the page's layout stands in: counted once, when a head first asks (a
        // line lower-cased whole, not word by word). Not its labels only: a word as common in paragraphs as on short lines ("I’ve"
        // of "I’ve added this…" in a copy wrapped at 80 columns) is no label, and is the text's all the more.
        var proseUses: [String: Int]?
        func usedInProse(_ word: String, moreThan limit: Int) -> Bool {
            if proseUses == nil {
                var uses: [String: Int] = [:]
                for index in sample where lines[index].text.hasMoreWords(than: rules.proseLineWords) {
                    var seen: Set<String> = []
                    for piece in lines[index].text.lowercased().split(separator: " ") {
                        let key = String(LineShape.withoutReference(piece))
                        if vocabulary.words.contains(key), seen.insert(key).inserted { uses[key, default: 0] += 1 }
                    }
                }
                proseUses = uses
            }
            return (proseUses?[word] ?? 0) > limit
        }
        // What each header's name slot holds, matched once per head: the flaws and the poster test both read it.
        var slotNamesOf: [LineShape: [String]] = [:]
        func slotNames(_ head: LineShape, _ at: [Int]) -> [String] {
            if let known = slotNamesOf[head] { return known }
            let names = at.compactMap { place -> String? in
                guard let line = shaped[place - start], let match = line.match(head, whole: false, labels: vocabulary.labels, rules: rules) else { return nil }
                return line.words[match.name].joined(separator: " ")
            }
            slotNamesOf[head] = names
            return names
        }
        // "Beasly 82" / "* Advanced Member" / "* 1,142 posts" / "Posted August 19, 2013": the header's date on a short line of its
        // block below the name, no sentence between them.
        // Not the next comment's date under its poster's name ("Respect 24" / "Reply" / "Jon Petrie" / "2 days ago"): a name line
        // just over the date names the header's poster again, if any.
        func isDatedBelow(_ place: Int, under head: LineShape) -> Bool {
            guard let line = shaped[place - start], let match = line.match(head, whole: false, labels: vocabulary.labels, rules: rules) else { return false }
            let poster = line.words[match.name].joined(separator: " ")
            for index in place + 1..<min(lines.count, place + 1 + rules.layoutDateBelowLines) {
                guard lines[index].isShort, !lines[index].text.endsWithSentencePunctuation else { return false }
                if shapeAt(index)?.hasTime == true { return index - 1 == place || !isNameLine(index - 1) || lines[index - 1].text.contains(poster) }
            }
            return false
        }
        func flaw(_ head: LineShape, _ at: [Int]) -> String? {
            if at.count < rules.layoutMinimumRepeats { return "seen too seldom" }
            // "Hey Sana :)", "Huhu Sanne :)": a smiley after a name is a greeting's, no mark of a header.
            if head.tokens.contains(where: { if case .mark(let mark) = $0 { return rules.emoticons.contains(mark) } else { return false } }) {
                return "a smiley, no mark of a header"
            }
            // "Bobby Joe NAME" from "Bobby Joe Tate" alone on his lines, again and again: one commenter's name, no header.
            let sameLine = Dictionary(at.map { (lines[$0].text, 1) }, uniquingKeysWith: +).max { $0.value < $1.value }
            if let sameLine, sameLine.value * 2 > at.count, standing.contains(sameLine.key),
               let place = at.first(where: { lines[$0].text == sameLine.key }), let line = shaped[place - start],
               let match = line.match(head, whole: false, labels: vocabulary.labels, rules: rules), match.name.lowerBound > 0,
               line.words[..<match.name.lowerBound].allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) {
                return "one name standing alone, again and again"
            }
            // "NAME on DATE said:": the date may stand a word further on than the head reaches.
            let dated = at.filter({ shaped[$0 - start]?.shape.hasTime == true }).count * 2 > at.count
                // (Only a name and figures: the poster's reputation or posts beside it, where prose's words would be a sentence's.)
                || head.tokens.allSatisfy({ $0 == .name || $0 == .count }) && at.filter({ isDatedBelow($0, under: head) }).count * 2 > at.count
            if !head.hasLabel(vocabulary), !dated {
                return "no mark, date or word of labels beside the name"
            }
            // "NAME python", "NAME facebook": a word of the article's topic, which stands in more lines of its paragraphs than
            // the head has places, is no label however it scores on the short lines of a copy wrapped at 80 columns, where
            // many of the head's lines are of a sentence's words too.
            let labelWords = head.tokens.compactMap { token -> String? in if case .word(let word) = token { return word } else { return nil } }
            if !dated, labelWords.count == head.tokens.count - 1,
               at.filter({ lines[$0].text.hasMoreWords(than: rules.proseLineWords) }).count * 3 >= at.count,
               labelWords.allSatisfy({ usedInProse($0, moreThan: at.count) }) {
                return "a word of the text beside the name"
            }
            // "Congress then passed an ex post facto law - illegal …": a dash or another mark inside the wrapped lines of a text.
            if !dated, head.tokens.first == .name, head.tokens.dropFirst().allSatisfy(\.isMark),
               at.filter({ lines[$0].text.hasMoreWords(than: rules.proseLineWords) }).count * 2 > at.count {
                return "a mark inside sentences"
            }
            // "Reactions: COC, jrfsp, jxv and 1 other person": several names parted by commas, with no date, are those who reacted.
            if !dated, slotNames(head, at).filter({ $0.contains(",") }).count * 2 > at.count { return "a list of names, no poster" }
            if !isSpread(at.sorted(), rules: rules) { return "no body between them" }
            // "[   41.500614] usb usb8: USB disconnect…": the lines of a log pasted in a post (`StampedLogs`).
            if at.filter({ lines[$0].isInLog }).count * 2 > at.count { return "a log's stamped lines" }
            // "Vision :", "Accueil :" over the article's paragraphs, above "8 Responses": the comments stand under the heading that
            // counts them, the article's headings above it.
            if let heading = countedHeadings.min(), at.filter({ $0 < heading }).count * 2 > at.count { return "above the heading that counts the comments" }
            // A menu shown twice ("☆ Bikes & Frames" / "☆ Forks & Shocks" / "☆ Brakes"): its items stand apart, with only more
            // items between them, where a comment's header has the text of the comment before the next.
            let sorted = at.sorted()
            let bodied = zip(sorted, sorted.dropFirst()).filter { upper, lower in
                (upper + 1..<lower).contains { !lines[$0].isShort || lines[$0].text.endsWithSentencePunctuation }
            }.count
            // (Not headers dated on the line under them, most with no text where the page folded their comments: "[userinfo_v]andrey_zorin"
            // / "1 week ago" / "• Expand".)
            // (A log's lines, each stamped, "[    2.3] usb 1-1: …", are no header over the next.)
            let atSet = Set(at)
            let datedUnder = at.filter { !atSet.contains($0 + 1) && shapeAt($0 + 1)?.hasTime == true }.count * 2 > at.count
            if bodied * 2 < sorted.count - 1, !datedUnder { return "no body between them" }
            // "Ann on March 3, 2019 at 9:14 am said:" opens with the name and dates the comment before its verb: a header. A
            // quotation's attribution opens with its date ("On DATE, Ann wrote:") or dates the quoted post after the verb.
            let datedBeforeVerb = at.filter { place in
                guard let tokens = shaped[place - start]?.shape.tokens, tokens.first == .name else { return false }
                return tokens.dropFirst().dropLast().contains(.time)
            }.count * 2 > at.count
            if !datedBeforeVerb, isAttribution(at, lines: lines, rules: rules) { return "a quotation's attribution" }
            // After a mark and a name ("[–] NAME") a flair of the poster's choosing may come before the score and the date: such
            // headers go on alike where most of them date the comment, whatever stands between.
            let markedAndDated = head.tokens.count == 2 && head.tokens[1] == .name && head.tokens[0].isMark
                && Double(at.filter { shaped[$0 - start]?.shape.hasTime == true }.count) >= Double(at.count) * rules.layoutTailShare
            if !markedAndDated, !isConsistent(at.compactMap { shaped[$0 - start]?.shape.tokens.dropFirst(head.tokens.count).prefix(1) }, rules: rules) {
                return "goes on differently each time"
            }
            if !isLabel(at, lines: lines, rules: rules) { return "ends like a sentence" }
            // Headers name different people; a command or a phrase repeated in the bodies names one thing each time.
            if Set(slotNames(head, at).map { $0.lowercased() }).count < 2 { return "the same name each time" }
            // ">>> foo()", "... if bar is None:": an interpreter's prompt before lines of code in the text, no poster's name.
            if at.filter({ lines[$0].text.looksLikeCode }).count * 2 > at.count { return "lines of code, no headers" }
            // "Your name * [Anonymous    ]" / "Comment *" over "[      ]": a form's fields, with a text browser's boxes.
            if at.filter({ place in (place...min(place + 1, lines.count - 1)).contains { lines[$0].text.holdsInputBox } }).count * 2 > at.count {
                return "a form's fields"
            }
            // "Location: Bremen": a field's label, its value, and nothing after it, where the page's posters are not named.
            if head.tokens.count == 2, head.isLabelledField, head.tokens[1] == .name,
               at.filter({ shaped[$0 - start]?.shape.tokens.count == 2 }).count * 2 > at.count, !namesPosters(head, at) {
                return "a field of the poster's details"
            }
            return nil
        }
        // The names a header holds are the page's posters: a good share of them stand alone on a line somewhere too (a
        // profile block's name), as a field's values ("Location: Teesside") do not.
        func namesPosters(_ head: LineShape, _ at: [Int]) -> Bool {
            let seen = slotNames(head, at).filter(standsAlone)
            // Several posters: one word alone on a few lines is more likely a tag ("find /srv/…" under a tag "find").
            return Double(seen.count) >= Double(at.count) * rules.layoutPosterShare && Set(seen).count >= rules.layoutMinimumRepeats
        }
        // Best first. Ties go the same way on every run (a dictionary's order is not): the longer shape, then the one seen first.
        let rankedHeads = heads.filter { flaw($0.key, $0.value) == nil }.map { (key: $0.key, value: $0.value, posters: namesPosters($0.key, $0.value)) }
            .sorted { a, b in (a.posters ? 1 : 0, a.value.count, a.key.tokens.count, -(a.value.min() ?? 0))
                > (b.posters ? 1 : 0, b.value.count, b.key.tokens.count, -(b.value.min() ?? 0)) }
            .map { (key: $0.key, value: $0.value) }
        if considered != nil {
            for (head, at) in heads.sorted(by: { ($0.value.count, $0.key.description) > ($1.value.count, $1.key.description) }).prefix(6) {
                considered?.append("weighed: \(head) ×\(at.count)" + (flaw(head, at).map { " — \($0)" } ?? ""))
            }
        }

        // A header whose name stands alone beside a line of its own: a date under the name, "Join Date: …".
        var nameless: (anchor: LineShape, at: [Int], offset: Int, hits: Int, posters: Int, distinct: Int)?
        // A line glued over the anchor and set apart above, that may be a name, however weakly it scores alone ("fastrthnu" over
        // "· 6 yr. ago"): where it stands, the page's names do, if they vary as names do (the variety below).
        func isGluedOver(_ anchor: Int) -> Bool {
            let line = anchor - 1
            // Set apart above by a gap, or by a line of the page's layout ("level 2" / "fastrthnu" / "· 6 yr. ago").
            return sample.contains(line) && lines[anchor].blanksBefore == 0
                && (lines[line].blanksBefore > 0 || shapeAt(line - 1).map { !$0.hasName && (places[$0]?.count ?? 0) >= rules.layoutMinimumRepeats } == true)
                && mayBeWeakName(line) && lines[line].text.level == nil
        }
        /// A short line of a few words with letters, no count or date, no sentence: a name, however weakly it scores alone.
        func mayBeWeakName(_ line: Int) -> Bool {
            lines[line].isShort && lines[line].nameScore != nil && !lines[line].text.hasMoreWords(than: rules.layoutMaxNameWords)
                && shapeAt(line)?.hasCountOrTime != true && !lines[line].text.endsLikeASentence && lines[line].text.contains(where: \.isLetter)
        }
        // A line that may be a name, however weakly it scores, glued over the poster's figures ("Theo" / "71044 silver badges1616
        // bronze badges" under "answered DATE" / "user avatar"): where it stands, the page's names do.
        // Asked of every anchor's lines at every offset: the figures of a line told once.
        var figures = [Int8](repeating: -1, count: sample.count)
        func isFigures(_ index: Int) -> Bool {
            if figures[index - start] < 0 { figures[index - start] = lines[index].text.isStatistics ? 1 : 0 }
            return figures[index - start] == 1
        }
        func isOverFigures(_ line: Int) -> Bool {
            sample.contains(line + 1) && lines[line + 1].blanksBefore == 0 && lines[line + 1].isShort && mayBeWeakName(line) && isFigures(line + 1)
        }
        // Where most anchors have a name line just above, set apart or not, a weak one there is a name too ("Toto" / blank /
        // "3 décembre 2017 | Reply", as a text browser that parts every line of a block prints it).
        func hasNamesAbove(_ at: [Int]) -> Bool { at.filter { isNameLine($0 - 1) }.count * 2 > at.count }
        // It says when, or which post: a date line, "#2", "Join Date: …"; a line of actions ("Reply | Permalink") says neither.
        // A field's label alone on its line with the value under it ("Joined" / "Apr 19, 2020") says so too.
        func isFieldLabel(_ shape: LineShape, at: [Int]) -> Bool {
            // A label has letters: "_" alone is a rule between posts.
            guard shape.isLabelsOnly(vocabulary), shape.tokens.count <= 3, shape.description.contains(where: \.isLetter) else { return false }
            let valued = at.filter { place in
                // A value is no line of labels itself ("Follow" / "answered DATE" is a column of furniture, not a field).
                place + 1 < lines.count && lines[place + 1].isShort
                    && shapeAt(place + 1).map { $0 != shape && !$0.isLabelsOnly(vocabulary) && !$0.opensWithLabel(vocabulary) } == true
            }
            return Double(valued.count) >= Double(at.count) * rules.layoutNameShare
        }
        let fieldLabels = Set(places.filter { isFieldLabel($0.key, at: $0.value) }.keys)
        func isFieldLabelLine(_ index: Int) -> Bool { shapeAt(index).map(fieldLabels.contains) == true }
        for (shape, lineAt) in places where !shape.hasName && (shape.hasCountOrTime || fieldLabels.contains(shape)) {
            // A date over two lines ("5 Mar" / "8:03 a.m.") is one anchor: its first line. So is a poster's details block that
            // holds the anchor twice ("Joined" / DATE … "Location" / "Leeds" / DATE, "Beiträge" / "2.206" … "#1"): only short
            // lines, a field among them, between.
            let at = lineAt.enumerated().filter { offset, place in
                guard offset > 0 else { return true }
                if shape.hasTime, lineAt[offset - 1] == place - 1 { return false }
                let between = lineAt[offset - 1] + 1..<place
                return !(between.allSatisfy { lines[$0].isShort && !lines[$0].text.endsWithSentencePunctuation
                    && !lines[$0].text.hasMoreWords(than: rules.layoutMaxNameWords) }
                    && between.contains { isFieldLabelLine($0) || shapeAt($0)?.isLabelledField == true })
            }.map(\.element)
            guard at.count >= rules.layoutMinimumRepeats, shape.structuralCount <= rules.layoutMaxFurnitureTokens, isSpread(at, rules: rules) else { continue }
            var best: (offset: Int, hits: Int, variety: Double, posters: Int, distinct: Int)?
            // Weak names just above count last, where no offset names the posters without them.
            let offsets = Array(stride(from: -1, through: -rules.layoutBlockReach, by: -1)) + Array(1...rules.layoutBlockReach)
            for (offset, namesAbove) in offsets.map({ ($0, false) }) + [(-1, true)] {
                if namesAbove, best != nil || !hasNamesAbove(at) { continue }
                // Between the name and the anchor only short lines that are no sentences: a user title, a badge.
                let reached = at.filter { place in
                    (isNameLine(place + offset) || offset == -1 && (isGluedOver(place) || namesAbove && mayBeWeakName(place - 1))
                        || offset > 0 && isOverFigures(place + offset)) && (min(place, place + offset) + 1..<max(place, place + offset)).allSatisfy {
                        lines[$0].isShort && !lines[$0].text.endsWithSentencePunctuation
                    }
                }
                // A field's label alone ("Reaction score" / "5,108") or a user title is no name, however it scores: the same words at
                // most of the anchors, where a prolific poster's name stands at some.
                let texts = Dictionary(reached.map { (lines[$0 + offset].text, 1) }, uniquingKeysWith: +)
                let named = reached.filter { place in
                    Double(texts[lines[place + offset].text] ?? 0) < Double(reached.count) * rules.layoutNameShare
                }
                guard Double(named.count) >= Double(at.count) * rules.layoutNameShare else { continue }
                if offset < 0 {
                    // A header has a body below it; a footer ("Reply | Permalink") has the next name, which does not open with a
                    // small word as a header's recipients do ("to Harbourside Astronomers").
                    guard at.filter({ $0 + 1 < lines.count && (!isNameLine($0 + 1) || lines[$0 + 1].text.first?.isLowercase == true) }).count * 2
                            > at.count else { continue }
                } else {
                    // A name below the anchor opens a block of the poster's details ("Join Date: …", "Posts: …", "@ann@example.social"),
                    // which the next comment's name after a footer does not.
                    let detailed = named.filter { (place: Int) -> Bool in
                        let name = place + offset
                        return (name + 1...name + rules.layoutBlockReach).contains { (index: Int) -> Bool in
                            shapeAt(index)?.isLabelledField == true
                                // The poster's handle right under the name: further down, a handle is the next comment's.
                                || index == name + 1 && sample.contains(index) && lines[index].text.isHandle
                                // The poster's figures right under the name, as one block with it; a date is the post's.
                                || index == name + 1 && sample.contains(index) && lines[index].isShort
                                    && lines[index].blanksBefore == 0 && isFigures(index) && shapeAt(index)?.hasTime != true
                        }
                    }
                    guard detailed.count * 2 > named.count else { continue }
                }
                // The name is the line that differs most from post to post: a user title repeats ("Senior Member"). A line the
                // same over every anchor names no one ("Add bookmark" over "#1"); two posters may have a thread to themselves.
                let distinct = Set(named.map { lines[$0 + offset].text }).count
                guard distinct >= 2 else { continue }
                let variety = Double(distinct) / Double(named.count)
                // A line at half the places or more, set apart from the anchor, is one poster's at most: the comment above's
                // footer more likely ("ReportSaveFollow" / blank / "level 2"; glued to it, a badge: "Guest" / "4 years ago").
                let apart = named.filter { place in
                    (min(place, place + offset) + 1...max(place, place + offset)).contains { lines[$0].blanksBefore > 0 }
                }
                let commonest = Dictionary(apart.map { (lines[$0 + offset].text, 1) }, uniquingKeysWith: +).values.max() ?? 0
                let posters = named.count - (Double(commonest) >= Double(named.count) * rules.layoutFooterOverAnchorShare ? commonest : 0)
                if best.map({ (variety, named.count) > ($0.variety, $0.hits) }) ?? true { best = (offset, named.count, variety, posters, distinct) }
            }
            // Ties go to the anchor seen first, the same on every run.
            // The anchor with the most places named by posters: a footer the same over most anchors names none ("ReportSaveFollow"
            // over "level 2" where "fastrthnu" over "· 6 yr. ago" names each).
            // Between two as good, the one whose name lines name more people: two lines over every "level 2" ("ReportSave",
            // "Continue this thread") name no one, where the names over each "· 4 yr. ago" differ.
            if let best, (best.posters, best.hits, best.distinct, -(at.first ?? 0))
                > (nameless?.posters ?? 0, nameless?.hits ?? 0, nameless?.distinct ?? 0, -(nameless?.at.first ?? 0)) {
                nameless = (shape, at, best.offset, best.hits, best.posters, best.distinct)
            }
        }

        // A name-lines page has a sure name line with a body under it (no other name, no date, no field) per comment: a header
        // must come with a fair share of them.
        let sureNames = sample.filter { index in
            lines[index].isShort && (lines[index].nameScore ?? 0) >= rules.sureNameScore && index + 1 < lines.count
                && (lines[index + 1].nameScore ?? 0) < rules.nameScore && shapeAt(index + 1)?.isDetail != true
        }.count
        // A name and a date alone is a weaker sign (prose opens so too: "Tuesday 3 March …"): it must match a fair share of
        // every sure name line.
        let allSureNames = sample.filter { lines[$0].isShort && (lines[$0].nameScore ?? 0) >= rules.sureNameScore }.count
        // The best header that comes with enough of them.
        // A field naming a sender by name and address ("From: Ann <ann@…>") is a mail's header however many names its text has.
        // A name with a date to the minute ("Sana 6. Juni 2015 um 10:23") is a post's stamp, as a heading's or prose's date is not.
        // So is one that goes on after the date with the same words in most of its lines ("Crow, Oct 30, 2014 Report Bookmark").
        func isWeak(_ head: (key: LineShape, value: [Int])) -> Bool {
            guard head.key.isNameAndTime, head.value.filter({ lines[$0].text.holdsClockTime }).count * 2 <= head.value.count else { return false }
            let tails = Dictionary(head.value.compactMap { place -> (String, Int)? in
                guard let line = shaped[place - start], let match = line.match(head.key, whole: false, labels: vocabulary.labels, rules: rules),
                      match.end < line.spans.count else { return nil }
                return (line.words[line.spans[match.end].lowerBound...].joined(separator: " "), 1)
            }, uniquingKeysWith: +)
            return (tails.values.max() ?? 0) * 2 <= head.value.count
        }
        // A name and a verb of saying ("Ramón dijo:"): a blog's header, however many names the page's menus and headlines have.
        func isSaying(_ head: LineShape) -> Bool {
            guard head.tokens.count == 2, head.tokens[0] == .name, case .word(let verb) = head.tokens[1] else { return false }
            return rules.sayingVerbs.contains(verb)
        }
        // A verb of posting before the name ("Posted by: Janet | DATE", after the text): so, however many names the page has.
        func isPostedBy(_ head: LineShape) -> Bool {
            guard head.tokens.count >= 2, case .word(let verb) = head.tokens[0], head.tokens[1] == .name else { return false }
            return rules.postingParticiples.contains(verb)
        }
        let named = rankedHeads.first { head in
            head.key.isLabelledField && head.key.tokens.contains(.mark(LineShape.addressMark))
                || isSaying(head.key) || isPostedBy(head.key)
                || Double(head.value.count) >= Double(isWeak(head) ? allSureNames : sureNames) * rules.layoutHeaderShare
        }
        for head in rankedHeads.prefix(while: { $0.key != named?.key }) {
            considered?.append("weighed: \(head.key) — too few beside the \(sureNames) sure name lines")
        }
        if let nameless { considered?.append("weighed: \(nameless.anchor) with a name \(abs(nameless.offset)) \(nameless.offset < 0 ? "above" : "below"), ×\(nameless.hits)") }
        var options: [(layout: PageLayout, places: [Int])] = []
        if let namedHead = named {
            let at = namedHead.value.sorted()
            let slots = at.compactMap { place in
                shaped[place - start].flatMap { line in line.match(namedHead.key, whole: false, labels: vocabulary.labels, rules: rules).map { (line, $0) } }
            }
            var following: [LineShape.Token?: Int] = [:]
            for (line, match) in slots { following[match.end < line.shape.tokens.count ? line.shape.tokens[match.end] : nil, default: 0] += 1 }
            let usual = max(2, Int((Double(slots.count) * rules.layoutFollowerShare).rounded(.up)))
            var layout = PageLayout(anchor: namedHead.key, anchorIsWhole: false, authorOffset: 0, singleWordNames: false,
                                    placement: .header, parts: [], furniture: [], vocabulary: vocabulary)
            layout.slotLead = PageLayout.slotLead(of: slots, labels: vocabulary.labels, rules: rules)
            // One word: the slot holds one word, or opens with a user name ("HiveMind_Hal Zone 7a": a flair follows it).
            let posters = slots.compactMap { line, match in layout.posterWords(in: line, match: match).map { (line, $0) } }
            let single = posters.filter { line, words in words.count == 1 || words.first.map { line.words[$0].isUserName } == true }.count
            // (Not where a word of the header closes the slot, "posted by NAME at DATE": "filthy light thief" is all the name.)
            let closedByWord = namedHead.key.tokens.firstIndex(of: .name).map { $0 + 1 < namedHead.key.tokens.count && namedHead.key.tokens[$0 + 1].isWord } ?? false
            // Nor where a comma closes it before the date, with none inside it ("Kung Fu Kowboy, Feb 23, 2019" beside "Tachy, …").
            let closedByComma = posters.filter { line, words in
                line.words[words].last?.hasSuffix(",") == true && !line.words[words].dropLast().contains { $0.hasSuffix(",") }
            }.count * 2 > posters.count
            layout.singleWordNames = !closedByWord && !closedByComma && Double(single) >= Double(posters.count) * rules.layoutSingleWordNames
            // "Realist, Renfrew, United Kingdom, 11 hours ago": a comma inside the slot in nearly every header parts the name from
            // the poster's place.
            let commaed = posters.filter { line, words in line.words[words].dropLast().contains { $0.hasSuffix(",") } }.count
            layout.placeAfterComma = !layout.singleWordNames && Double(commaed) >= Double(posters.count) * rules.layoutPlaceShare
            layout.datedHeaders = Double(slots.filter { line, _ in line.shape.hasTime }.count) >= Double(slots.count) * rules.layoutDatedShare
            layout.datedBelow = !namedHead.key.hasTime && namedHead.key.tokens.allSatisfy({ $0 == .name || $0 == .count })
                && at.filter({ isDatedBelow($0, under: namedHead.key) }).count * 2 > at.count
            // "from Pallavur · 13 Mar 2025" under "Sreekumar Nair": a slot that a small word of place opens says where the poster
            // is; the name line over most such headers says who.
            if case .word(let opener)? = namedHead.key.tokens.first, rules.placeOpeners.contains(opener),
               namedHead.key.tokens.dropFirst().first == .name,
               Double(at.filter { isNameLine($0 - 1) }.count) >= Double(at.count) * rules.layoutNameShare {
                layout.authorOffset = -1
            }
            // "macrumors member", "macrumors G3" under "reacher", "LFC2020", …: a slot whose words stand alone nowhere, as a poster's
            // do, under a name line at most headers, those lines naming at least as many: the slot is a user title, the name line
            // says who. A one-word name scores weakly alone ("Nibelung" over "Diesen Kommentar auf Twitter teilen?"), and counts
            // where it is glued over the header, with no figure in it ("14ReplyShare" is the comment above's footer).
            if layout.authorOffset == 0, !namesPosters(namedHead.key, at) {
                let over = at.filter { place in
                    (isNameLine(place - 1) || lines[place].blanksBefore == 0 && mayBeWeakName(place - 1)
                        && !lines[place - 1].text.contains(where: \.isNumber)) && shapeAt(place - 1)?.hasCountOrTime != true
                }
                let titles = Set(slotNames(namedHead.key, at).map { $0.lowercased() })
                // (A handle over its poster's header, "@ann" over "ann commented", names the same poster.)
                let names = Set(over.map { String(lines[$0 - 1].text.drop { $0 == "@" }).lowercased() })
                if Double(over.count) >= Double(at.count) * rules.layoutNameShare, names.count >= rules.layoutMinimumRepeats,
                   titles.count <= names.count, titles.isDisjoint(with: names) {
                    layout.authorOffset = -1
                    // A title with a figure where the others have a word ("macrumors 65816" beside "macrumors member"), under a
                    // name line as they are, is one of them.
                    if let slot = namedHead.key.tokens.firstIndex(of: .name) {
                        var figured = namedHead.key.tokens
                        figured[slot] = .count
                        if let figuredAt = places[LineShape(tokens: figured)],
                           Double(figuredAt.filter { isNameLine($0 - 1) }.count) >= Double(figuredAt.count) * rules.layoutNameShare {
                            layout.orphanTails.insert(figured)
                        }
                    }
                }
            }
            // After a name that ends the shared part a flair may follow, whatever it is ("[–] ann Oulu, FI | 12 points").
            // A small word of prose there in a few headers is no header's: the name goes on ("Winnie on the Southside on DATE
            // said:"); in most it is ("NAME commented on DATE").
            if namedHead.key.tokens.last != .name {
                layout.followers = Set(following.filter { follower, count in
                    guard count >= usual else { return false }
                    if case .word(let word)? = follower, rules.proseWords.contains(word) { return count * 2 > slots.count }
                    return true
                }.keys)
            }
            // "permalien" alone over the header's date, where the others say "permalien Red Bastard": a header whose poster gave no
            // name.
            if namedHead.key.tokens.count >= 2, namedHead.key.tokens.last == .name,
               case let bare = Array(namedHead.key.tokens.dropLast()), let bareAt = places[LineShape(tokens: bare)],
               bareAt.allSatisfy({ shapeAt($0 + 1)?.hasTime == true && lines[$0 + 1].blanksBefore == 0 }) {
                layout.orphanTails.insert(bare)
            }
            // What the headers go on with after their name and date ("| parent | next [–]"): alone on a line, a header whose
            // name and date are gone (a deleted comment's).
            for (line, match) in slots where line.shape.tokens.count - match.end >= 3 {
                let tail = Array(line.shape.tokens[match.end...])
                if tail.contains(where: { if case .mark = $0 { return true } else { return false } }) { layout.orphanTails.insert(tail) }
            }
            options.append((layout, at))
        }
        if let nameless {
            var layout = PageLayout(anchor: nameless.anchor, anchorIsWhole: true, authorOffset: nameless.offset, singleWordNames: false,
                                    placement: .header, parts: [], furniture: [], vocabulary: vocabulary)
            layout.weakNamesApart = nameless.offset == -1 && hasNamesAbove(nameless.at)
                && nameless.at.filter { lines[$0].blanksBefore > 0 }.count * 2 > nameless.at.count
            let option = (layout, nameless.at)
            // The header with the name in it goes first unless the other comes with clearly more comments; or when the name
            // lines over the dates are mostly that header's own lines ("• Dan Whitlow says" / DATE): the same headers, the
            // named one saying more.
            let namedPlaces = Set(named?.value ?? [])
            let sameHeaders = nameless.at.filter { namedPlaces.contains($0 + nameless.offset) }.count * 2 > nameless.hits
            // Nor when the named header's slot names a few, none standing alone as posters do, where the name lines name many:
            // user titles ("Active member", "Well-known member" under "krstep", "dieketzer", …).
            let titled = named.map { head in
                !namesPosters(head.key, head.value) && nameless.distinct >= rules.layoutMinimumRepeats
                    && Set(slotNames(head.key, head.value).map { $0.lowercased() }).count * rules.layoutTitlesToNames <= nameless.distinct
            } ?? false
            if let head = named, !titled, sameHeaders || Double(head.value.count) >= Double(nameless.hits) * rules.layoutNamedHeaderShare {
                options.append(option)
            } else {
                options.insert(option, at: 0)
            }
        }
        var completed = options.map { complete($0.layout, at: $0.places) }
        // A list whose items each open with a poster's name, the comment's text under it: a comment list with no dates (lynx's
        // and w3m's copy of what Disqus writes for search engines). It goes first where no header cuts the page, or where it
        // lists more comments than the best header that does, and that header is not the items' own ("• Heike Sommerfeld" /
        // "vor 5 Stunden": the date under each name says more).
        let best = options.indices.first(where: { completed[$0] != nil })
        let listed = sample.filter { !excluded.contains($0) && isListedName($0, in: lines, rules: rules) }
        let listedSet = Set(listed)
        let own = best.map { options[$0].places.filter { place in (place - rules.layoutBlockReach...place).contains(where: listedSet.contains) } } ?? []
        if best.map({ own.count * 2 <= options[$0].places.count }) ?? true, listed.count >= rules.layoutMinimumRepeats,
           Set(listed.map { lines[$0].text.listItem ?? "" }).count >= rules.layoutMinimumRepeats, isSpread(listed, rules: rules) {
            var layout = PageLayout(anchor: LineShape(tokens: [.name]), anchorIsWhole: true, authorOffset: 0, singleWordNames: false,
                                    placement: .header, parts: [], furniture: [], vocabulary: vocabulary)
            layout.listedNames = true
            if let found = complete(layout, at: listed) {
                considered?.append("weighed: a list's items that hold a name alone, the text under it ×\(listed.count)")
                let at = best.map { listed.count > options[$0].places.count ? 0 : options.count } ?? 0
                options.insert((layout, listed), at: at)
                completed.insert(found, at: at)
            }
        }
        // A name over a date at many more places than the header with a name in it matches, left to the name-lines layout:
        // that layout cuts the page better than the lesser header would ("Tick & Bench" on a few related videos' lines).
        if let head = named, let nameless, options.first?.layout.anchorIsWhole == true, completed[0] == nil {
            let matched = shaped.filter { $0?.match(head.key, whole: false, labels: vocabulary.labels, rules: rules) != nil }.count
            if Double(matched) < Double(nameless.hits) * rules.layoutLesserHeaderShare { return [] }
        }
        // A header block with the poster's fields ("Join Date:", "Posts:") says more than a line that names them with no date
        // ("Ann is offline").
        let datedHead = named.map { head in
            head.value.filter { shaped[$0 - start]?.shape.hasTime == true }.count * 2 > head.value.count
        } ?? false
        // The best header made of split signatures ("– NAME" over a date): the comments' signatures, not the posts' headers.
        if excluded.isEmpty, let signatures, let best = options.indices.first(where: { completed[$0] != nil }) {
            let split = signed.filter { $0.1.isSplit && $0.1.shape == signatures }.map(\.0)
            let splitSet = Set(split)
            if options[best].places.filter(splitSet.contains).count * 2 > options[best].places.count {
                signedLines = splitSet.union(split.map { $0 + 1 })
            }
        }
        let layouts = completed.compactMap { found in
            found.map { layout in
                var layout = layout
                layout.shapedSample = (start, shaped)
                return layout
            }
        }
        if !datedHead, let fielded = layouts.firstIndex(where: { $0.parts.contains(where: \.isLabelledField) }) {
            return [layouts[fielded]] + layouts.enumerated().filter { $0.offset != fielded }.map(\.element)
        }
        return layouts

        func complete(_ proposed: PageLayout, at anchorPlaces: [Int]) -> PageLayout? {
        var layout = proposed
        // The name's line at the layout's offset; above a block glued together, the line set apart that opens it (as the
        // headers are read), not the comment above's footer over the gap ("Reply Share Report" / blank / "* Ann" / DATE).
        func authorLine(_ place: Int) -> Int {
            let line = max(0, min(lines.count - 1, place + layout.authorOffset))
            // (A header on the page's first lines has its name's place clamped to line 0, which may be the header's own.)
            guard layout.authorOffset <= -2, line < place, let apart = (line + 1..<place).last(where: { lines[$0].blanksBefore > 0 }),
                  (apart + 1...place).allSatisfy({ lines[$0].blanksBefore == 0 }) else { return line }
            return apart
        }
        // Lines that recur just below the header belong to it: a date, a user title, "Posts: 1,234".
        var below: [LineShape: Int] = [:]
        let anchorSet = Set(anchorPlaces)
        for place in anchorPlaces {
            var seen: Set<LineShape> = []
            let top = max(place, place + layout.authorOffset)
            for index in top + 1...top + rules.layoutBlockReach {
                // A quotation's attribution opens the body ("Ann wrote: ↑ Sun Mar 03, 2019"); so does a line set apart, unless
                // it is a field ("Join Date: Apr 2012" under a blank in a forum's block). A line glued over the next header is
                // that one's ("Re: School bus" over "Post by Ann"). What stands under a line of text is the body's or after it
                // (a timestamp under a one-line comment): the block has at most a user title of words, no sentence.
                guard let shape = shapeAt(index), !ShownReplies.isAttribution(lines[index].text, rules: rules),
                      lines[index].blanksBefore == 0 || shape.isLabelledField,
                      !(anchorSet.contains(index + 1) && lines[index + 1].blanksBefore == 0) else { break }
                if seen.insert(shape).inserted { below[shape, default: 0] += 1 }
                if lines[index].text.readsAsText(rules) { break }
            }
        }
        let minimumPart = max(rules.layoutMinimumRepeats, Int(Double(anchorPlaces.count) * rules.layoutPartShare))
        // Parts are the poster's details: a date, a count, a labelled field ("Location: Cork"), not a line of text.
        // A count alone is a footer's ("12" likes), not a detail of the poster.
        layout.parts = Set(below.filter { $0.value >= minimumPart && $0.key != layout.anchor && $0.key.head != layout.anchor
            && $0.key.tokens != [.count]
            // A line of labels alone is an action ("permalink"), unless a value stands under it ("Joined" / DATE).
            // So is a row of them parted by marks ("Reply • Share ›").
            && ($0.key.isDetail || $0.key.opensWithLabel(vocabulary) && !$0.key.isHeaderTail(vocabulary)
                && (!$0.key.isLabelsOnly(vocabulary) || isFieldLabel($0.key, at: places[$0.key] ?? [])))
        }.keys)
        // A date glued over most headers, the first among them, opens their block: the comment's, not a last line of the one
        // above (Blogger's timestamp after each body, which the first header has none of).
        var above: [LineShape: Int] = [:]
        var firstLead: LineShape?
        for place in anchorPlaces {
            let top = min(place, place + layout.authorOffset)
            if top > start, lines[top].blanksBefore == 0, let shape = shapeAt(top - 1), shape.hasTime, shape != layout.anchor {
                above[shape, default: 0] += 1
                if place == anchorPlaces.first { firstLead = shape }
            }
        }
        layout.leads = Set(above.filter { $0.value * 2 > anchorPlaces.count && $0.key == firstLead }.keys)
        layout.parts.subtract(layout.leads)
        layout.signatures = signatures
        let posters = layout.authorOffset != 0 ? [:] : Dictionary(uniqueKeysWithValues: anchorPlaces.compactMap { place -> (Int, String)? in
            guard let line = shaped[place - start], let match = line.match(layout.anchor, whole: layout.anchorIsWhole, labels: vocabulary.labels, rules: rules),
                  let words = layout.posterWords(in: line, match: match), !words.isEmpty else { return nil }
            return LayoutHeader.name(line.words[words].joined(separator: " ")).map { (place, $0) }
        })
        layout.decidePlacement(anchorPlaces, lines: lines, sectionStarts: sectionStarts, shapeAt: shapeAt, rules: rules) { posters[$0] }
        layout.nesting = nesting(anchors: anchorPlaces, nameLines: anchorPlaces.map { place in
            layout.authorOffset < 0 && isNameLine(authorLine(place)) ? authorLine(place) : place
        }, lines: lines, rules: rules)
        if layout.nesting == .none, layout.authorOffset == -1,
           Self.answeredNames(anchors: anchorPlaces, lines: lines, isNameLine: isNameLine) >= max(rules.layoutMinimumRepeats,
                                                                                                  Int(Double(anchorPlaces.count) * rules.layoutPartShare)) {
            layout.nesting = .answeredNames
        }
        // A name with a date line under it and the body next is the name-lines layout, which cuts it as well, unless
        // fields follow ("Posts: …") or the page shows how the comments nest, which that layout cannot read.
        // A date over two lines ("5 Mar" / "8:03 a.m.") in a fair share of the headers makes a header block of its own too.
        let twoLineDates = Double(anchorPlaces.filter { shapeAt($0 + 1) == layout.anchor }.count) >= Double(anchorPlaces.count) * rules.layoutPartShare
        // Nor does it when the posters' names stand alone on many other lines too, away from the headers (a thread list,
        // "Reply via email to" / NAME after each message): that layout would cut a comment at each of them.
        let nearHeaders = Set(anchorPlaces.flatMap { $0 - rules.layoutBlockReach...$0 + rules.layoutBlockReach })
        let strayNames = sample.filter { !nearHeaders.contains($0) && isNameLine($0) }.count
        let namesElsewhere = Double(strayNames) >= Double(anchorPlaces.count) * rules.layoutStrayNameShare
        // (Not over a user title with no date, "Reader from Leeds": that layout would cut a comment at each title.)
        if layout.authorOffset == -1 && layout.anchor.hasCountOrTime && !layout.parts.contains(where: \.isLabelledField)
            && layout.nesting == .none && !twoLineDates && !namesElsewhere { return nil }

        let authorLines = Set(layout.authorOffset == 0 ? [] : anchorPlaces.map { lines[authorLine($0)].text })
        // Lines without a name that recur among the comments are their furniture: "Reply", "Like (12)", a date after the body.
        let minimumFurniture = max(rules.layoutMinimumRepeats, Int(Double(anchorPlaces.count) * rules.layoutFurnitureShare))
        let first = anchorPlaces.first ?? start
        layout.anchorCount = anchorPlaces.count
        layout.furniture = Set(places.filter { shape, at in
            at.count >= minimumFurniture && shape.head != layout.anchor && !layout.parts.contains(shape) && !layout.leads.contains(shape) && !shape.isBareName
                && (shape.structuralCount <= rules.layoutMaxFurnitureTokens || shape.isActionBar)
                && (!shape.hasName || shape.hasCountOrTime || shape.opensWithLabel(vocabulary)
                    || Double(Dictionary(at.map { (lines[$0].text, 1) }, uniquingKeysWith: +).values.max() ?? 0)
                        >= Double(anchorPlaces.count) * rules.layoutEveryCommentShare)
                && !shape.isSentence && at.filter { $0 > first }.count >= minimumFurniture
                // A prolific commenter's name or handle line is no furniture, however often it recurs.
                && !lines[at[0]].text.isHandle && !authorLines.contains(lines[at[0]].text)
                && !ShownReplies.isAttribution(lines[at[0]].text, rules: rules)
                // A statement of code quoted again in an answer ("this.Opacity = decimal.ToDouble(…);") is the text's; so is a
                // reaction the blog's author answers with again and again ("❤️").
                && !lines[at[0]].text.looksLikeStatement && !lines[at[0]].text.isEmojiOnly
                // A prolific commenter's header ("morag findlay says:") is still a header; a row of actions that fits its slots
                // with a word of furniture for a name ("Reply • Share ›" beside "NAME •") is none.
                && shaped[at[0] - start].map { line in
                    line.match(layout.anchor, whole: layout.anchorIsWhole, labels: vocabulary.labels, rules: rules).map { match in
                        line.words[match.name].allSatisfy { rules.chromeLines.contains(LineShape.key($0)) }
                    } ?? true
                } ?? true
        }.keys)

        // A control that cuts a text short, printed the same each time ("Click to expand...Click to shrink...", under each
        // quotation): no text's line, however its words score; no name has an ellipsis.
        layout.controls = Set(places.values.compactMap { at in
            let text = lines[at[0]].text
            guard at.count >= minimumFurniture, text.holds("...") || text.holds("…"), lines[at[0]].isShort,
                  at.allSatisfy({ lines[$0].text == text }) else { return nil }
            return text
        })
        return layout
        }
    }

    /// Most headers have a body between them and the next: header lines do not stand in a column.
    private static func isSpread(_ places: [Int], rules: PlainTextRules) -> Bool {
        guard places.count >= 2 else { return false }
        let gaps = zip(places.dropFirst(), places).map { $0 - $1 }.sorted()
        return gaps[gaps.count / 2] >= rules.layoutMinimumMedianGap
    }

    /// Most headers go on alike after the part they share: "NAME DATE | parent | next [–]", not every sort of line
    /// that happens to open with a name and a word the page repeats.
    private static func isConsistent(_ tails: [ArraySlice<LineShape.Token>], rules: PlainTextRules) -> Bool {
        var counts: [ArraySlice<LineShape.Token>: Int] = [:]
        for tail in tails { counts[tail, default: 0] += 1 }
        return Double(counts.values.max() ?? 0) >= Double(tails.count) * rules.layoutTailShare
    }

    /// Labels, not sentences or code: most headers do not end like one ("said..." does not).
    private static func isLabel(_ places: [Int], lines: [PageLine], rules: PlainTextRules) -> Bool {
        let ending = places.filter { place in
            let text = lines[place].text
            // A statement of code ends so too ("reg = <0>;", "if (ret) {").
            return text.last.map { ".!?;{},".contains($0) } == true && !text.hasSuffix("...")
        }
        guard ending.count * 2 >= places.count else { return true }
        // A button's words over and over ("Diesen Kommentar auf Twitter teilen?" at every comment) are the page's, however
        // they end: a sentence of a text is not written twice.
        let copies = Dictionary(ending.map { (lines[$0].text, 1) }, uniquingKeysWith: +)
        return ending.filter { copies[lines[$0].text] == 1 }.count * 2 < places.count
    }

    /// "Ann wrote:", "On DATE, Bob said:", "Originally Posted by Ann": the attribution of a quotation inside a body,
    /// known by its verb or opener, or by the quoted lines (`>`) that follow it.
    private static func isAttribution(_ places: [Int], lines: [PageLine], rules: PlainTextRules) -> Bool {
        let attributed = places.filter { place in
            let text = lines[place].text
            let words = text.split(separator: " ")
            if let first = words.first, rules.bylinePrepositions.contains(first.lowercased()) { return false }
            let last = words.last.map { $0.lowercased() } ?? ""
            return rules.attributionVerbs.contains(last) || ShownReplies.opening(of: text, rules: rules) != nil
                || (place + 1 < lines.count && lines[place + 1].text.hasPrefix(">"))
        }.count
        return attributed * 2 >= places.count
    }

    /// Trailer or header: a dash before the name, "Posted by", the line joined to the text above; a heading just above the first.
    /// `poster`: the name in the slot of the header at a place (nil where the name stands on a line of its own).
    private mutating func decidePlacement(_ places: [Int], lines: [PageLine], sectionStarts: Set<Int>, shapeAt: (Int) -> LineShape?,
                                          rules: PlainTextRules, poster: (Int) -> String?) {
        /// The block's first line: its name line above the anchor, or the date over it.
        func blockTop(_ place: Int) -> Int {
            let top = max(0, place + min(authorOffset, 0))
            return top > 0 && lines[top].blanksBefore == 0 && shapeAt(top - 1).map(leads.contains) == true ? top - 1 : top
        }
        var tally = Tally(recording: true)
        let dashed = places.filter { place in lines[place].text.first.map { "—–―-".contains($0) } == true }.count
        if dashed * 2 > places.count { tally.add(.trailerDash, rules.trailerDash) }
        // A participle of posting opens the line, and the name follows it ("Posted by: Ann") or stands below ("answered DATE" / "Ann").
        // Or it opens the line just above a header that names its poster ("answered DATE" / "Ann's user avatar"), or just above
        // a line over the poster's name ("answered DATE" / "user avatar" / "Ann").
        func opensWithParticiple(_ index: Int) -> [Substring]? { index >= 0 ? lines[index].text.postingWords(rules) : nil }
        let postedBy = places.filter { place in
            if let words = opensWithParticiple(place) { return words.prefix(3).contains("by") || authorOffset > 0 }
            return (authorOffset == 0 || authorOffset > 0 && anchorIsWhole) && lines[place].isShort && opensWithParticiple(place - 1) != nil
        }.count
        if postedBy * 2 > places.count { tally.add(.trailerPostedBy, rules.trailerPostedBy) }
        // The header block as a whole: its name line above the anchor is its top ("Marcus Adeyemi" / "Lowertown" / DATE); below
        // it, short lines glued under it are the comment's footer ("Reply", "Click to rate", "88", "Report abuse").
        let joined = places.filter { place in
            let top = blockTop(place)
            var below = place + 1
            while below < lines.count, below - place <= rules.layoutBlockReach * 2, lines[below].blanksBefore == 0, lines[below].isShort {
                below += 1
            }
            return lines[top].blanksBefore == 0 && (below == lines.count || lines[below].blanksBefore > 0)
        }.count
        if joined * 2 > places.count { tally.add(.trailerJoinedAbove, rules.trailerJoinedAbove) }
        // The poster's name opens the post's own block above its text ("2. Crow" / "Crow Falling is a Pleasure" / text /
        // "Crow, Oct 30, 2014 Report Bookmark"): lines of prose stand between that name and the line that names them again (one
        // may be the post's subject: "Ann" / "Posts: 38" / "Side bending figured maple on a hot pipe" / "Post by Ann » DATE").
        if authorOffset == 0 {
            // The headers that name a poster: a line of prose that matches the head without its lead names none ("… offended by
            // it"), and is no header.
            let named = places.filter { poster($0) != nil }
            let namedAbove = zip(named.dropLast(), named.dropFirst()).filter { previous, place in
                guard let name = poster(place) else { return false }
                var prose = 0
                for index in stride(from: place - 1, to: previous, by: -1) {
                    if prose >= 2, lines[index].isShort, lines[index].text.opensWithPoster(name) { return true }
                    if prose < 2, lines[index].text.hasMoreWords(than: rules.proseLineWords - 1) { prose += 1 }
                }
                return false
            }.count
            if namedAbove * 2 > named.count { tally.add(.trailerNamedAbove, rules.trailerNamedAbove) }
            // The next post's block opens right under this one's ("Kung Fu Kowboy, DATE" / "#2" / "3. Tachy"): a header's block has
            // the body under it.
            let nextNamedBelow = zip(named.dropLast(), named.dropFirst()).filter { place, next in
                guard let name = poster(next) else { return false }
                var below = place + 1
                while below < next, below - place <= rules.layoutBlockReach, lines[below].blanksBefore == 0, lines[below].isShort {
                    if lines[below].text.opensWithPoster(name) { return true }
                    below += 1
                }
                return false
            }.count
            if nextNamedBelow * 2 > named.count { tally.add(.trailerNextNamedBelow, rules.trailerNextNamedBelow) }
        }
        if let first = places.first {
            let top = blockTop(first)
            if sectionStarts.contains(top) || lines[top].commentHeadingAbove {
                tally.add(.headerUnderHeading, rules.headerUnderHeading)
            } else if let heading = sectionStarts.filter({ $0 < top }).max(), top - heading <= rules.layoutBlockReach * 4,
                      // A long line, or (in a copy wrapped at 80 columns, where every line is short) a paragraph of two lines.
                      (heading..<top).contains(where: { !lines[$0].isShort })
                        || top - 2 > heading && lines[top - 1].blanksBefore == 0
                            && (top - 2..<top).allSatisfy({ lines[$0].text.split(separator: " ").count >= rules.proseLineWords }) {
                // Under the comments' heading, text comes before the first header: it is that header's body.
                tally.add(.textUnderHeading, rules.textUnderHeading)
            }
        }
        placementEvidence = tally.evidence
        placement = tally.total >= rules.trailerScore ? .trailer : .header
    }

    /// How many headers hold two names over their anchor, the lower an earlier poster's: Disqus's "Priya Raman" / "Dale
    /// Fennimore" / "• a day ago", where the reply names whom it answers. A picture's stand-in ("Avatar") is no name.
    private static func answeredNames(anchors: [Int], lines: [PageLine], isNameLine: (Int) -> Bool) -> Int {
        func isPoster(_ index: Int) -> Bool { index >= 0 && isNameLine(index) && !AuthorLine.isPlaceholder(lines[index].text) }
        var posters: Set<String> = []
        var answered: [String] = []
        var answering: [String] = []
        for place in anchors where isPoster(place - 1) {
            if lines[place - 1].blanksBefore == 0, isPoster(place - 2), posters.contains(lines[place - 1].text),
               PageLayout.namesTwo(lines[place - 2].text, lines[place - 1].text) {
                answered.append(lines[place - 1].text)
                answering.append(lines[place - 2].text)
                posters.insert(lines[place - 2].text)
            } else {
                posters.insert(lines[place - 1].text)
            }
        }
        // Both names vary as the posters do; a role under every name ("Guest", "Author") or an action over it ("Forward")
        // does not.
        func varies(_ names: [String]) -> Bool { Set(names).count * 3 >= names.count && Set(names).count >= 3 }
        return varies(answered) && varies(answering) ? answered.count : 0
    }

    /// Two posters, not one named twice: no avatar's letter or initials ("T" over "Truth_Seeker_77", "GM" over "Gord McInnis")
    /// or picture's alt text ("Ann Lee's avatar" over "Ann Lee") over the name.
    static func namesTwo(_ upper: String, _ lower: String) -> Bool {
        upper.count > 1 && lower.count > 1 && !upper.hasPrefix(lower) && !lower.hasPrefix(upper) && !ChromeLine.isLetterAvatar(upper, of: lower)
    }

    /// Indentation when the headers stand at more than one depth, else restarted list numbers ("1." under "2."), else none.
    /// Indentation is read from the anchors: a table centres its names, whose indentation then says nothing; a list's
    /// numbers are read from the name lines, which carry them.
    private static func nesting(anchors: [Int], nameLines places: [Int], lines: [PageLine], rules: PlainTextRules) -> Nesting {
        let indents = Set(anchors.map { lines[$0].depth })
        if indents.count >= 2 { return .indentation }
        let numbers = places.compactMap { lines[$0].text.listNumber }
        // Numbers that start again show replies; numbers that only count up, each post the next ("2. Avatar von Chatfix", "3. …"),
        // show the posts one after another, none under another.
        if numbers.count == places.count, zip(numbers.dropFirst(), numbers).contains(where: { $0 <= $1 })
            || numbers.count >= 3 && zip(numbers.dropFirst(), numbers).allSatisfy({ $0 > $1 }) { return .listNumbers }
        let levels = places.compactMap { place in (max(0, place - 3)..<place).reversed().lazy.compactMap { lines[$0].text.level }.first }
        // Levels start at the top and go deeper one at a time, as a reply sits under its parent; a count ("Respect 41") does not.
        let steps = zip(levels.dropFirst(), levels)
        if Double(levels.count) >= Double(places.count) * 0.8, Set(levels.map(\.label)).count == 1, Set(levels.map(\.number)).count >= 2,
           let top = levels.map(\.number).min(), top <= 1,
           steps.filter({ $0.number <= $1.number + 1 }).count * 10 >= levels.count * 9 - 9 {
            return .levels
        }
        // "#1", "#2", … in the posts' blocks, each the next: a forum's posts one after another, none under another.
        let postNumbers = anchors.enumerated().compactMap { index, anchor -> Int? in
            let top = max(0, anchor - rules.layoutBlockReach)
            let end = max(top, min(lines.count, index + 1 < anchors.count ? anchors[index + 1] : anchor + rules.layoutBlockReach * 4))
            return lines[top..<end].lazy.compactMap { $0.text.postNumber }.first
        }
        if postNumbers.count >= rules.layoutMinimumRepeats, Double(postNumbers.count) >= Double(anchors.count) * rules.layoutPostNumberShare,
           zip(postNumbers.dropFirst(), postNumbers).allSatisfy({ $0 > $1 }) {
            return .postNumbers
        }
        return .none
    }
}

extension PageLayout {
    /// A line alone that names someone: a name line as the page's names are scored, or a list item holding only a name
    /// ("1. Margaret Hollis"), whose number keeps it from scoring as one.
    static func isNameLine(_ index: Int, in lines: [PageLine], rules: PlainTextRules) -> Bool {
        guard lines.indices.contains(index), lines[index].isShort else { return false }
        // (Asked of most short lines again and again: a line with no figure that scores as a name is one, looked at no more.)
        let full = lines[index].text
        let hasFigure = full.utf8.contains { $0 &- 0x30 < 10 }
        let scored = (lines[index].nameScore ?? 0) >= rules.nameScore
        if scored, !hasFigure { return true }
        let text = withoutPlace(full, rules: rules)
        // "Old 06-14-2012, 09:13 PM" is a date, however its first word scores.
        if hasFigure, text.utf8.contains(where: { $0 &- 0x30 < 10 }),
           text.split(separator: " ").dropFirst(text.listItem == nil ? 0 : 1).contains(where: \.isFigure) { return false }
        if scored { return true }
        // "@DrHelenaVoss" alone: a poster's handle, however its letters score as a name.
        if text.isHandle, text.dropFirst().first?.isLetter == true { return true }
        // A list's item ("3. ann", "* Ann Lee" in a text browser's copy): the name after its number or bullet.
        guard let rest = text.listItem, !AuthorLine.isPlaceholder(text) else { return false }
        // A bulleted name with the next item of its list under it is a list of names (a mail archive's participants), no header:
        // a comment's item has its details or body under it.
        if text.listNumber == nil, index + 1 < lines.count, lines[index + 1].blanksBefore == 0, lines[index + 1].indent == lines[index].indent,
           lines[index + 1].text.split(separator: " ", maxSplits: 1).first?.isListBullet == true { return false }
        let words = rest.split(separator: " ")
        // One word in any case ("moss", "octal_dave"), or up to four opening with a capital; an initial may end it ("Σταύρος Κ.").
        let initial = words.last.map { $0.count == 2 && $0.last == "." } == true
        return (words.count == 1 || words.count <= 4 && rest.first?.isUppercase == true)
            && (initial || !String(rest).endsWithSentencePunctuation) && !words.contains(where: \.isFigure)
    }
}

extension PageLayout {
    /// "* TheAshwaniK" over "Thanks.. I have been waiting for this.": a list's item that holds a name alone, with the comment's
    /// text under it where the item's text stands (a blank line between at most), no item of a list. A menu's item has the
    /// next item under it, a list of names the next name.
    static func isListedName(_ index: Int, in lines: [PageLine], rules: PlainTextRules) -> Bool {
        // Asked of every line of a page: one that opens with no bullet's byte (an ASCII mark and a space, or a byte beyond
        // ASCII) is passed over before any Character is made.
        guard let first = lines[index].text.utf8.first,
              first >= 0x80 || Substring.listBullets.utf8.contains(first) && lines[index].text.utf8.dropFirst().first == UInt8(ascii: " ")
        else { return false }
        guard index + 1 < lines.count, let column = lines[index].itemTextColumn, lines[index].text.listNumber == nil,
              let rest = lines[index].text.listItem else { return false }
        // A name in small letters counts too ("perry e"): a few words of letters, none of prose's small words but an initial.
        let words = rest.split(separator: " ")
        guard isNameLine(index, in: lines, rules: rules) || words.count <= rules.layoutPersonsNameWords
                && words.allSatisfy({ $0.allSatisfy(\.isLetter) && ($0.count == 1 || !rules.proseWords.contains($0.lowercased())) })
        else { return false }
        let next = lines[index + 1]
        guard next.blanksBefore <= 1, Int(next.indent) == column, next.text.listItem == nil else { return false }
        // Some line of the item's text reads as one ("Hi Aaron" / "What a great tutorial!"), or has more words than a name
        // ("Thanks! That link is fixed now"): a few of them are enough to tell.
        return lines[(index + 1)...].prefix(rules.layoutBlockReach).prefix { Int($0.indent) == column && $0.text.listItem == nil }
            .contains { $0.text.readsAsText(rules) || $0.text.hasMoreWords(than: rules.layoutMaxNameWords) }
    }

    /// "Declan Furlong, Dublin 6": the line less the poster's place after the name's comma (a word or three), figures and
    /// all; not a date's ("Tuesday, 7 March 2023"). Byte scans: most lines hold no comma and a space after it.
    static func withoutPlace(_ text: String, rules: PlainTextRules) -> String {
        let utf8 = text.utf8
        guard let comma = utf8.firstIndex(of: UInt8(ascii: ",")), utf8[comma...].dropFirst().first == UInt8(ascii: " "),
              utf8[comma...].reduce(0, { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }) <= rules.placeWords else { return text }
        let before = text[..<comma]
        let last = before.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return rules.dayNames.contains(last) || rules.monthNames.contains(last) ? text : String(before)
    }
}

extension LineShape {
    /// The part of a header shape that every header of a page shares: up to its name and one token more
    /// ("NAME said...", "Posted by: NAME |"), or up to a name after a mark ("[–] NAME"); what follows may vary.
    var head: LineShape {
        guard let name = tokens.firstIndex(of: .name) else { return self }
        // After a mark ("[–] NAME"), what follows the name varies (a flair, a score a text browser wrapped).
        if name > 0, case .mark(let mark) = tokens[name - 1], mark != LineShape.imageMark { return LineShape(tokens: Array(tokens.prefix(name + 1))) }
        return LineShape(tokens: Array(tokens.prefix(name + 2)))
    }

    /// The head and the word after it, where the head ends with a word of prose after the name ("NAME a" of "NAME a dit…").
    func headThroughProseWord(_ vocabulary: Vocabulary) -> LineShape? {
        guard let name = tokens.firstIndex(of: .name), name + 2 < tokens.count, case .word(let word) = tokens[name + 1],
              !vocabulary.labels.contains(word), tokens[name + 2].isWord, head.tokens.count == name + 2 else { return nil }
        return LineShape(tokens: Array(tokens.prefix(name + 3)))
    }

    /// Something besides names, counts and words of prose: a mark, a date, a word of labels.
    func hasLabel(_ vocabulary: Vocabulary) -> Bool {
        tokens.contains { token in
            switch token {
            case .name, .count: return false
            case .word(let word): return vocabulary.labels.contains(word)
            default: return true
            }
        }
    }

    var hasCountOrTime: Bool { tokens.contains(.count) || tokens.contains(.time) }

    /// "| Report this message | Find messages by this author": the page's words parted by marks, a row of links however long;
    /// each may have its count ("Reply | Agree (88) | Disagree (0) | Report").
    var isActionBar: Bool {
        var marks = 0, words = 0, counts = 0
        for token in tokens {
            switch token {
            case .mark: marks += 1
            case .word: words += 1
            case .count: counts += 1
            default: return false
            }
        }
        return marks > 0 && counts <= words
    }

    /// Only a name and a date: "NAME DATE".
    var isNameAndTime: Bool { tokens.allSatisfy { $0 == .name || $0 == .time } }

    /// Only words of the page's labels: "Joined", "Reaction score", "Add bookmark".
    func isLabelsOnly(_ vocabulary: Vocabulary) -> Bool {
        !tokens.isEmpty && tokens.allSatisfy { token in
            if case .word(let word) = token { return vocabulary.labels.contains(word) }
            return false
        }
    }

    /// A header's tail wrapped onto a line of its own: a mark and words of the page's labels, perhaps a count or a date
    /// ("| parent | prev | next [–]"), no name and no other word.
    func isHeaderTail(_ vocabulary: Vocabulary) -> Bool {
        var labelled = false, marked = false
        for token in tokens {
            switch token {
            case .word(let word): guard vocabulary.labels.contains(word) else { return false }; labelled = true
            case .mark: marked = true
            case .count, .time: continue
            default: return false
            }
        }
        return labelled && marked
    }

    /// A date, a count or a labelled field ("Posts: 1,234", "Location: Cork").
    var isDetail: Bool { hasCountOrTime || isLabelledField }

    /// "Subject: …", "Cc: …": a word of the page's labels ending in a colon opens the line.
    var opensWithField: Bool {
        if case .word(let word)? = tokens.first { return word.count > 1 && word.hasSuffix(":") }
        return false
    }

    /// "Join Date: DATE", "Location: NAME": a word ending in a colon.
    var isLabelledField: Bool {
        tokens.contains { token in
            if case .word(let word) = token { return word.hasSuffix(":") }
            return false
        }
    }

    /// Opens with a word of the page's labels ("Default Re: …", "Posted …").
    func opensWithLabel(_ vocabulary: Vocabulary) -> Bool {
        if case .word(let word)? = tokens.first { return vocabulary.labels.contains(word) }
        return false
    }

    /// Three words or more ending like a sentence: a body repeated ("Thanks for this."), not a label.
    var isSentence: Bool {
        guard tokens.count >= 3, case .word(let last)? = tokens.last else { return false }
        return last.last.map { ".!?".contains($0) } == true && !last.hasSuffix("...")
    }
}

extension Substring {
    /// A user name rather than a word of a name: "bea_in_bramley", "Skeptic42", "AutoModerator", "ruth.a". A capital after a
    /// hyphen or an apostrophe opens a name's next part ("Jean-Baptiste", "O'Brien"), as one inside a word does not.
    var isUserName: Bool {
        guard !contains(where: { $0 == "_" || $0.isNumber || $0 == "." && last != "." }) else { return true }
        return contains(where: \.isLowercase) && zip(self, dropFirst()).contains { $0.isLetter && $1.isUppercase }
    }

    /// A number, a date or a clock time standing as a word: "12", "1,234", "06-14-2012,", "5:00".
    var isFigure: Bool {
        let bare = trimmingPunctuation
        return bare.first?.isASCIIDigit == true && bare.allSatisfy { $0.isASCIIDigit || ",.:-/".contains($0) }
    }
}

extension String {
    /// The line's words, lower case, when a participle of posting opens it ("Posted by: Ann", "answered DATE").
    func postingWords(_ rules: PlainTextRules) -> [Substring]? {
        let words = lowercased().split(separator: " ").map { $0.trimmingPunctuation }
        return words.first.map { rules.postingParticiples.contains(String($0)) } == true ? words : nil
    }

    /// "level 3": one word and a small number, a depth some copies print above each comment.
    var level: (label: String, number: Int)? {
        let words = split(separator: " ")
        guard words.count == 2, words[0].allSatisfy(\.isLetter), let number = Int(words[1]), (0...64).contains(number) else { return nil }
        return (words[0].lowercased(), number)
    }

    /// "31.4k44 gold badges5050 silver badges", "1,234 posts · 56 likes": a poster's figures, a third of its words holding one.
    /// One figure opening a line of two or three words counts too ("3133 bronze badges": a reputation of 31 glued to 3
    /// badges by a copy): a poster with a single figure to show is a poster all the same.
    var isStatistics: Bool {
        let words = split(separator: " ")
        let figures = words.filter { $0.contains(where: \.isASCIIDigit) }.count
        if endsWithSentencePunctuation { return false }
        if figures == 1, (2...3).contains(words.count), words[0].first?.isASCIIDigit == true,
           words.dropFirst().allSatisfy({ $0.allSatisfy(\.isLetter) }) { return true }
        return figures >= 2 && figures * 3 >= words.count
    }

    /// "@ann" or "@ann@example.social" alone: a handle under a display name.
    var isHandle: Bool { first == "@" && count > 1 && !contains(" ") }

    /// "12." or "3)" opening a line of a numbered list.
    var listNumber: Int? {
        // The first word ends in "." or ")" on most lines in no list: read on the bytes before the line is split.
        let bytes = utf8.drop { $0 == 0x20 }
        let end = bytes.firstIndex(of: 0x20) ?? bytes.endIndex
        guard end > bytes.startIndex, case let last = bytes[bytes.index(before: end)], last == UInt8(ascii: ".") || last == UInt8(ascii: ")") else {
            return nil
        }
        guard let word = split(separator: " ", maxSplits: 1).first, let last = word.last, last == "." || last == ")",
              word.count <= 4 else { return nil }
        return Int(word.dropLast())
    }

    /// What follows a list's number or bullet opening the line ("12. Ann Lee", "* Ann Lee"), or nil.
    var listItem: Substring? {
        guard let space = firstIndex(of: " "), listNumber != nil || self[..<space].isListBullet else { return nil }
        return self[index(after: space)...].nilIfEmpty
    }
}

extension String {
    /// A time of day in the line: "10:23", "9:05" (hours and minutes, no ratio of larger figures).
    var holdsClockTime: Bool {
        withBytes { bytes in
            func isDigit(_ at: Int) -> Bool { bytes.indices.contains(at) && bytes[at] &- 0x30 < 10 }
            return bytes.indices.contains { index in
                bytes[index] == UInt8(ascii: ":") && isDigit(index - 1) && !isDigit(index - 3) && isDigit(index + 1) && isDigit(index + 2)
                    && !isDigit(index + 3) && bytes[index + 1] <= UInt8(ascii: "5")
            }
        }
    }
}

extension String {
    /// The line names `poster` at its start, alone or before more words, a list's item too: the top of a forum post's own
    /// block ("2. Crow", "Crow Falling is a Pleasure").
    func opensWithPoster(_ poster: String) -> Bool {
        let text = listItem ?? self[...]
        return text == poster || text.hasPrefix(poster + " ")
    }

    /// A statement of code: it ends as one does (";", a brace) or assigns ("set end=0900", "x = 1"), where no link's query
    /// does ("Reply </…/?replytocom=2210#respond>", "mailto:…?subject=…").
    var looksLikeStatement: Bool {
        guard let last = utf8.last else { return false }
        if last == UInt8(ascii: ";") || last == UInt8(ascii: "{") || last == UInt8(ascii: "}") { return true }
        return holdsByte(UInt8(ascii: "=")) && !holdsByte(UInt8(ascii: "?"))
    }

    /// "Last edited: Feb 23, 2019", "Last edited by Ann; …": a note that the post was edited.
    func opensEditNote(_ rules: PlainTextRules) -> Bool {
        rules.editNoteOpeners.contains { ChromeLine.opens(utf8, with: $0) }
    }

    /// A post's number alone on its line, maybe as a list's item: "#661", "• #1".
    var postNumber: Int? {
        guard utf8.count <= 12, let hash = firstIndex(of: "#") else { return nil }
        let before = self[..<hash].trimmingSpaces
        guard before.isEmpty || before[...].isListBullet else { return nil }
        let digits = self[index(after: hash)...]
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) ? Int(digits) : nil
    }

    /// Holds a text browser's box for a form's field: w3m's "[      ]" (its value may open it), lynx's "______".
    var holdsInputBox: Bool {
        holds("____") || holds("    ]") && contains("[")
    }

    /// "[ ]Comment anonymously", "[X] Notify me of new comments": a form's checkbox and its label.
    var opensWithCheckbox: Bool {
        utf8.count > 4 && (hasPrefix("[ ]") || hasPrefix("[x]") || hasPrefix("[X]")) && dropFirst(3).contains(where: \.isLetter)
    }

    /// Holds what code has and a name does not: a call or an index glued to a word ("foo()", "lst[0]"), an assignment, a brace.
    /// Asked of every line of every head: ASCII is told apart without looking its properties up.
    var looksLikeCode: Bool {
        var afterWord = false
        for scalar in unicodeScalars {
            let value = scalar.value
            if afterWord, value == 0x28 || value == 0x5B { return true }   // ( [
            if value == 0x3D || value == 0x7B || value == 0x7D || value == 0x3B { return true }   // = { } ;
            afterWord = value < 0x80 ? (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 || value == 0x5F : scalar.properties.isAlphabetic
        }
        return false
    }
}

private extension String {
    /// A line of a comment's text, not of a header's block: it ends a sentence ("Well said."), or has more words than a user title.
    func readsAsText(_ rules: PlainTextRules) -> Bool {
        (last.map { ".!?。！？".contains($0) } == true && !hasSuffix("...")) || hasMoreWords(than: rules.layoutMaxTitleWords)
    }
}
