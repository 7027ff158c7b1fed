import Foundation

/// Every comment header of a page, found by matching its layout's anchor against each short line.
struct LayoutHeader {
    /// First and last line of the header block (the name line, the anchor, the parts below it).
    var top: Int
    var bottom: Int
    var anchor: Int
    var author: String?
    /// The line whose indentation or list number says how deep the comment is.
    var depthLine: Int
    var authorEvidence: Evidence
    /// The header this one names as the one it answers ("Kestrel grumpy_mushroom • 3 years ago"), and that name.
    var answers: (header: Int, name: String)?
    /// The poster's handle on a line of the block ("@ann@example.social"), which replies address.
    var handle: String?
    /// What a badge beside the name says the poster is ("Mod").
    var role: Comment.Role?
    /// The header is a removed comment's notice ("This comment was deleted."), which is its text too.
    var isNotice = false

    /// Headers found apart (after footers, removed comments' notices) put in page order; the header each answers is counted
    /// again among them all.
    static func inPageOrder(_ headers: [LayoutHeader]) -> [LayoutHeader] {
        let order = headers.indices.sorted { headers[$0].top < headers[$1].top }
        var moved = [Int](repeating: 0, count: headers.count)
        for (new, old) in order.enumerated() { moved[old] = new }
        return order.map { old in
            var header = headers[old]
            if let answers = header.answers { header.answers = (moved[answers.header], answers.name) }
            return header
        }
    }

    /// The badge ending a line after other words ("Post author", "Mod"), as the page wrote it. Asked of every short line no
    /// header matched: the last word or two are sliced off, the line is not split.
    static func trailingBadge(of text: String) -> String? {
        guard let last = text.lastIndex(of: " ") else { return nil }
        if let before = text[..<last].lastIndex(of: " ") {
            let two = text[text.index(after: before)...]
            if PlainTextRules.badges.contains(two.lowercased()) { return String(two) }
        }
        let one = text[text.index(after: last)...]
        return !one.isEmpty && PlainTextRules.badges.contains(one.lowercased()) ? String(one) : nil
    }

    /// Also returns the shape of every short line from `start` on (nil for the others), which the cut reads again:
    /// shaping is the costly part of matching a large page.
    /// `wrap`: the width a text browser wrapped the page at, if it did.
    static func find(in lines: [PageLine], from start: Int, layout: PageLayout, wrap: WrapWidth?,
                     rules: PlainTextRules) -> (headers: [LayoutHeader], shapes: [LineShape?]) {
        var headers: [LayoutHeader] = []
        var shapes = [LineShape?](repeating: nil, count: max(0, lines.count - start))
        var shaped = ShapedWindow(lines, vocabulary: layout.vocabulary, rules: rules, sample: layout.shapedSample)
        func isNameLine(_ index: Int) -> Bool { PageLayout.isNameLine(index, in: lines, rules: rules) }
        func shape(_ index: Int) -> LineShape? {
            guard lines[index].isShort else { return nil }
            if index >= start, let known = shapes[index - start] { return known }
            let shape = shaped.line(index)?.shape
            if index >= start { shapes[index - start] = shape }
            return shape
        }
        /// Furniture with words ("Follow", "Reply") closes the comment above; a mark alone ("·") is part of the header.
        func isFooter(_ index: Int) -> Bool {
            guard let shape = shape(index), layout.furniture.contains(shape) else { return false }
            return !shape.tokens.allSatisfy { if case .mark = $0 { return true } else { return false } }
        }
        // How often each short line's text stands in the page: counted once, when a name far above an anchor is first asked
        // about (layouts whose names stand two lines or more above it). A layout learnt from too few anchors says nothing.
        var textCounts: [String: Int]?
        func recursOnEveryComment(_ line: Int) -> Bool {
            guard layout.anchorCount >= rules.layoutMinimumRepeats else { return false }
            if textCounts == nil { textCounts = Dictionary(lines[start...].lazy.filter(\.isShort).map { ($0.text, 1) }, uniquingKeysWith: +) }
            return Double(textCounts?[lines[line].text] ?? 0) >= Double(layout.anchorCount) * rules.layoutEveryCommentShare
        }
        /// The author's line of the header at `anchor`: the line at the layout's offset; in a block of several lines above
        /// the anchor, the topmost name line of the block (a badge or a flair may come between: "OP", "🇧🇷 N | 🇺🇸 C1").
        func nameLine(above anchor: Int) -> Int? {
            let offset = layout.authorOffset
            guard offset <= -2 else {
                let line = anchor + offset
                guard line >= 0, !isNameLine(line) else { return line >= 0 ? blockTop(above: line) : nil }
                // In the slot where the page's names stand, glued over the header and set apart above it, a line that may be a
                // name is one, however weakly it scores alone ("Guest", "Ratepayer", "A Very Tired Swim Mum From Ōpaki"). So is
                // one glued under it where the names stand below ("user avatar" / "nik s").
                guard offset == -1 ? (lines[anchor].blanksBefore == 0 || layout.weakNamesApart) && isInSlot(line)
                        : offset > 0 && line < lines.count && (isGluedUnder(anchor, line) || isOverFigures(line)) else {
                    // A user title in the name's place ("Herald reporter"), glued under the name that opens the block.
                    let top = offset == -1 && line >= 0 && lines[anchor].blanksBefore == 0 && mayBeName(line)
                        && !lines[line].text.contains(where: \.isNumber) ? blockTop(above: line) : line
                    return top != line ? top : nil
                }
                return line
            }
            // Up to the layout's offset every short line is the header's (a user title may repeat like furniture); one line
            // further only a name that is no footer, no level line and no avatar's letter.
            func isName(_ line: Int) -> Bool { isNameLine(line) && lines[line].text.count > 1 }
            var top: Int?
            var line = anchor - 1
            // A poster's fields right over the anchor ("Gender: Male", "Who in your life has "personality" issues: Ex-romantic
            // partner", a value wrapped onto the line under it) are as many as each poster filled in: the block reaches past the
            // offset over them, and they name no one. (Not a field further up: "Reactions: …" over "G" / "gnath" closes the post above.)
            var floor = anchor + offset
            var fieldsRun = true
            while line >= max(0, floor), lines[line].isShort, !lines[line].text.endsLikeASentence {
                // Past the offset the block goes on glued: a gap, or a line standing over every comment, ends the post above
                // ("Logged": no poster posts every comment).
                if line < anchor + offset, lines[line + 1].blanksBefore > 0 || recursOnEveryComment(line) { break }
                fieldsRun = fieldsRun && (lines[line].text.isLabelledField
                    || line > 0 && lines[line].blanksBefore == 0 && lines[line - 1].reachedWrapWidth && lines[line - 1].text.isLabelledField)
                if fieldsRun {
                    floor -= 1
                    line -= 1
                    continue
                }
                // "Priya Raman Avatar" or "Avatar for Priya Raman" over "Priya Raman": an image's alt text that holds the name, and more.
                // A line standing over every comment ("Logged", the post above's) names no one.
                if isName(line), top.map({ !lines[line].text.contains(lines[$0].text) }) ?? true, !recursOnEveryComment(line) { top = line }
                // A name set apart above a block glued together opens it: the line over the gap is the comment above's ("Reply Share
                // Report"). Where every line stands apart (w3m's "hopfiend" / "Well-known member" / "Joined"), the gaps say nothing.
                if top == line, lines[line].blanksBefore > 0, (line + 1...anchor).allSatisfy({ lines[$0].blanksBefore == 0 }) { break }
                line -= 1
            }
            // (Nor an item of the poster's menu, under an item over every comment: "+ View Forum Posts" / "+ Visit Homepage".)
            func isMenuItem(_ line: Int) -> Bool {
                line > 0 && lines[line].text.listItem != nil && lines[line - 1].text.listItem != nil
                    && lines[line - 1].indent == lines[line].indent && lines[line].blanksBefore == 0 && recursOnEveryComment(line - 1)
            }
            if line == floor - 1, line >= 0, isName(line), !isFooter(line), !isMenuItem(line), lines[line].text.level == nil,
               line >= anchor + offset - 1 || !recursOnEveryComment(line),
               shape(line).map({ $0.tokens.count == 1 && $0.tokens[0].isName(labels: layout.vocabulary.labels) }) == true {
                top = line
            }
            // The block's first line, where the page's names stand, set apart above and glued to the rest, is the name however
            // weakly it scores alone: "Curmudgeon" over "Highland Park" over DATE. Not a picture's alt text that holds the name
            // found below it ("nibsmith's Avatar" over "nibsmith").
            // (Past the offset, no higher than where the block was left.)
            let slot = floor < anchor + offset ? max(floor, line + 1) : floor
            if slot >= 0, top.map({ $0 > slot && !lines[slot].text.contains(lines[$0].text) }) ?? true, isInSlot(slot),
               (slot + 1...anchor).allSatisfy({ lines[$0].blanksBefore == 0 }) {
                top = slot
            }
            // An avatar's letter in the slot ("M" over "mer", where the others have a user title between): the name is under it.
            if top == nil || top == slot, slot >= 0, lines[slot].text.count == 1, lines[slot].text.first?.isLetter == true, slot + 1 < anchor,
               mayBeName(slot + 1) {
                top = slot + 1
            }
            return top
        }
        /// The name line that opens the block over `line`, glued to it and set apart above (a blank or a footer): the user
        /// name over a display name and a title ("rvandijk" / "Rob van Dijk" / "Driftwood team" / DATE); `line` itself when the
        /// block holds nothing else that may be a name.
        func blockTop(above line: Int) -> Int {
            guard layout.authorOffset == -1, layout.nesting != .answeredNames, lines[line].blanksBefore == 0 else { return line }
            var top = line - 1
            while top > start, line - top < rules.layoutBlockReach - 1, lines[top].blanksBefore == 0, !isFooter(top - 1) { top -= 1 }
            guard top >= start, top < line, isInSlot(top), isNameLine(top), !AuthorLine.isPlaceholder(lines[top].text),
                  (top + 1...line).allSatisfy({ lines[$0].isShort && !lines[$0].text.endsLikeASentence && !isFooter($0) }) else { return line }
            return top
        }
        /// A short line of letters that may be a name: no footer, no level line, no sentence.
        func mayBeName(_ line: Int) -> Bool {
            lines[line].isShort && lines[line].nameScore != nil && !isFooter(line) && lines[line].text.level == nil
                && !lines[line].text.endsLikeASentence && lines[line].text.contains(where: \.isLetter)
        }
        /// A line that may be a name, glued under `anchor` down to it, no picture's stand-in.
        func isGluedUnder(_ anchor: Int, _ line: Int) -> Bool {
            (anchor + 1...line).allSatisfy { lines[$0].blanksBefore == 0 } && mayBeName(line) && !AuthorLine.isPlaceholder(lines[line].text)
        }
        /// A line that may be a name glued over the poster's figures ("Medeiros" / "3,60622 gold badges…"), however far below the
        /// anchor a text browser set it (lynx parts "answered DATE" from the name by a blank line).
        func isOverFigures(_ line: Int) -> Bool {
            line + 1 < lines.count && lines[line + 1].blanksBefore == 0 && lines[line + 1].isShort && lines[line + 1].text.isStatistics
                && mayBeName(line) && !AuthorLine.isPlaceholder(lines[line].text)
        }
        /// A line that may be a name, set apart above (a blank line or a footer), standing where the layout's names stand.
        func isInSlot(_ line: Int) -> Bool {
            mayBeName(line) && isSetApart(line)
        }
        /// A blank line or a footer above (or set aside above); a picture's stand-in over the name ("□ [98fd6a]" / "LINEskis") goes with it; so does
        /// a list's bullet alone on its line (lynx's "o" / "LINEskis" in a nested list), which opens the item.
        func isSetApart(_ line: Int) -> Bool {
            var line = line
            while lines[line].blanksBefore == 0 {
                guard line > 0 else { return false }
                // (A footer set aside with the page's chrome, "Reply", parts it as well.)
                if isFooter(line - 1) || lines[line - 1].text[...].isListBullet || lines[line].footerAbove { return true }
                guard AuthorLine.isPlaceholder(lines[line - 1].text) else { return false }
                line -= 1
            }
            return true
        }
        /// "@OakPegJoinery" over "@OakPegJoinery 2 years ago": a badge that repeats the name above before the anchor (a
        /// channel owner's, a poster's own) is the anchor all the same.
        func namesAgain(_ index: Int) -> Bool {
            let above = index + layout.authorOffset
            guard layout.anchorIsWhole, layout.authorOffset < 0, above >= start, lines[above].isShort,
                  lines[index].text.hasPrefix(lines[above].text + " "), isNameLine(above) else { return false }
            let rest = String(lines[index].text.dropFirst(lines[above].text.count + 1))
            return ShapedLine(rest, vocabulary: layout.vocabulary, rules: rules).match(layout.anchor, whole: true,
                                                                                       labels: layout.vocabulary.labels, rules: rules) != nil
        }
        /// A comment's footer ("Reply | Agree (88) | Report") is a boundary: a name under it with a date glued under the name
        /// heads the next comment, though its header lacks the line the page's headers share ("from Pallavur ·" on some only).
        func withHeadersAfterFooters(_ found: [LayoutHeader]) -> [LayoutHeader] {
            var headers = found
            var next = 0
            for footer in start..<max(start, lines.count - 2) where isFooter(footer) {
                while next < found.count, found[next].bottom < footer + 1 { next += 1 }
                let nameLine = footer + 1, dateLine = footer + 2
                guard next == found.count || found[next].top > dateLine, isInSlot(nameLine), lines[dateLine].blanksBefore == 0,
                      lines[dateLine].isShort, let date = shape(dateLine), date.hasTime, !isFooter(dateLine),
                      // Where the name stands in the header's line, the date is a part of its block ("Avatar of NAME NAME" /
                      // "2 hours ago" on most, the name alone over the date on some).
                      layout.authorOffset < 0 || layout.parts.contains(date),
                      let author = name(lines[nameLine].text) else { continue }
                headers.append(LayoutHeader(top: nameLine, bottom: dateLine, anchor: dateLine,
                                            author: AuthorLine.isPlaceholder(author) ? nil : author, depthLine: nameLine,
                                            authorEvidence: Evidence(.nameUnderFooter, weight: lines[nameLine].nameScore ?? 0,
                                                                     line: Int(lines[nameLine].number))))
            }
            return headers.count == found.count ? found : LayoutHeader.inPageOrder(headers)
        }
        // The word the anchor opens with, where it opens with one of the page's words ("posted" of "posted by NAME at").
        let anchorWord = layout.anchor.tokens.first.flatMap { token -> LineShape.Token? in if case .word = token { return token } else { return nil } }
        var latest: [String: Int] = [:]
        // Some header so far named the comment it answers after its author.
        var answersNamed = false
        // The line a wrapped header (a pingback's title, a date) went on to: part of that header, no header of its own.
        var joined = -1
        for index in start..<lines.count where lines[index].isShort && index > joined {
            guard var line = shaped.line(index) else { continue }
            shapes[index - start] = line.shape
            if layout.listedNames, !PageLayout.isListedName(index, in: lines, rules: rules) || line.words.count < 2 { continue }
            // "Pingback: Weekend reading #41 – Brick & Lath": a blog's note that another page links here, listed as a comment
            // from that page, with no text.
            // Numbered in a list of their own too ("1. Pingback: …"), the title wrapped by a text browser onto the next line.
            let listed = lines[index].text.listNumber == nil ? Substring(lines[index].text) : lines[index].text.drop { $0 != " " }.dropFirst()
            if let opener = rules.pingbackOpeners.first(where: { ChromeLine.opens(listed.utf8, with: $0) }) {
                var title = String(listed.dropFirst(opener.count)).trimmingCharacters(in: .whitespaces)
                var bottom = index
                if lines[index].reachedWrapWidth, index + 1 < lines.count, lines[index + 1].blanksBefore == 0, lines[index + 1].isShort,
                   lines[index + 1].indent > lines[index].indent, !lines[index + 1].text.endsWithSentencePunctuation {
                    title += " " + lines[index + 1].text
                    bottom = index + 1
                    joined = bottom
                }
                // "… | March 9, 2025 at 4:03 pm": when the pingback came, after the title.
                if let bar = title.range(of: " | ", options: .backwards),
                   case let field = ShapedLine(String(title[bar.upperBound...]), vocabulary: layout.vocabulary, rules: rules).shape,
                   field.hasTime, !field.hasName {
                    title = String(title[..<bar.lowerBound])
                }
                headers.append(LayoutHeader(top: index, bottom: bottom, anchor: index, author: title.isEmpty ? nil : title, depthLine: index,
                                            authorEvidence: Evidence(.pingback, weight: 0, line: Int(lines[index].number))))
                continue
            }
            // A line that goes on with a sentence the line above left open is the paragraph's, whatever its shape
            // ("… the station's PC right" / "right now. Adding it…").
            // So does one under a line that stops at a function word ("… the church\" on" / "Wednesdays without … at all.").
            // Not across a heading or a footer set aside between them ("… · 19 comments" / "Comments" / "brannigan-j commented on …").
            // So does a line that ends the sentence under a paragraph's line ("… every second" / "Tuesday."), whatever it holds.
            // (Not a list's item that names its poster, its text under it: the item opens anew.)
            // (Not a line that opens with the anchor's own word: "posted by Ann at 11:04 AM" under a text with no full stop.)
            if index > 0, lines[index].blanksBefore == 0, !lines[index].commentHeadingAbove, !lines[index].footerAbove, !layout.listedNames,
               !lines[index - 1].text.closesASentence, anchorWord == nil || line.shape.tokens.first != anchorWord {
                let above = lines[index - 1].text
                if layout.authorOffset == 0, above.hasMoreWords(than: rules.proseLineWords - 1), lines[index].text.first?.isLowercase == true
                    || above.lastWord.map({ rules.proseWords.contains($0.lowercased()) }) == true { continue }
                if !lines[index - 1].isShort, lines[index].text.endsWithSentencePunctuation { continue }
            }
            // A header known without its name slot: an orphan's tail, or the anchor after the name again.
            let known = layout.orphanTails.contains(line.shape.tokens) || namesAgain(index)
            func matched(_ line: ShapedLine) -> (name: Range<Int>, end: Int)? {
                // "Олена Ковальчук The Person Who Fixed Your Nan's" / "Toaster In 2019 • 3 months ago": the rest of a line a text
                // browser wrapped at its width opens with no long name of its own.
                line.match(layout.anchor, whole: layout.anchorIsWhole, labels: layout.vocabulary.labels, rules: rules, followers: layout.followers,
                           placed: layout.placeAfterComma, longNames: !(index > 0 && wrap?.goesOn(lines[index - 1], in: lines[index]) == true))
            }
            var matchFound = known ? (name: 0..<0, end: 0) : matched(line)
            // A listed name is the whole item after its bullet, whatever words it is made of ("• Nur mal so gefragt").
            if layout.listedNames { matchFound = (name: 1..<line.words.count, end: line.shape.tokens.count) }
            // "Catriona (Katie) Bell, Toronto, Canada, 4 hours ago" where most say "…, United Kingdom, …": with the poster's place
            // after a comma, a name, places and the age alone are a header of the page's too, whatever words its places take.
            // The slot ends before the country, as the page's others end before "United".
            if matchFound == nil, layout.placeAfterComma, line.shape.tokens == [.name, .time],
               let country = line.spans[0].last(where: { line.words[$0].hasSuffix(",") }),
               line.spans[0][..<country].contains(where: { line.words[$0].hasSuffix(",") }) {
                matchFound = (name: line.spans[0].lowerBound..<country, end: 1)
            }
            // "Moana Rāwiri says: Post author": a badge after the header the page's other headers end before.
            var trailingBadge: String?
            if matchFound == nil, let badge = Self.trailingBadge(of: lines[index].text) {
                let bare = ShapedLine(lines[index].text.dropLast(badge.count).trimmingSpaces, vocabulary: layout.vocabulary, rules: rules)
                if let found = matched(bare) { (line, matchFound, trailingBadge) = (bare, found, badge) }
            }
            // "morse_code_mo Dr. Felix Amankwah • 3" / "months ago": a header a text browser wrapped inside its date, whole
            // only with the few words it went on to (as indented, with no gap, no sentence), or dated only with it; not with
            // the first line of a body glued under it. Nor is a line of no words a header's first part (lynx's "____" field).
            if matchFound == nil || layout.datedHeaders && !line.shape.hasTime, lines[index].reachedWrapWidth, index + 1 < lines.count,
               lines[index].text.contains(where: { $0.isLetter || $0.isNumber }),
               lines[index + 1].blanksBefore == 0, lines[index + 1].indent == lines[index].indent || Int(lines[index + 1].indent) == lines[index].itemTextColumn,
               lines[index + 1].isShort,
               // (Words of the page's layout alone may end so: "says:".)
               !lines[index + 1].text.endsWithSentencePunctuation || shape(index + 1)?.tokens.allSatisfy(\.isWord) == true,
               !lines[index + 1].text.hasMoreWords(than: rules.layoutMaxNameWords) {
                let whole = ShapedLine(lines[index].text + " " + lines[index + 1].text, vocabulary: layout.vocabulary, rules: rules)
                if let found = matched(whole) {
                    (line, matchFound) = (whole, found)
                    joined = index + 1
                }
            }
            guard var match = matchFound, known || !layout.datedHeaders || line.shape.hasTime else { continue }
            // "info@example.org' YHMAG" / "Edit@r says:": a header a text browser wrapped inside its name, whose first words stand
            // alone on the line above, glued, at the wrap width.
            var top = index
            if !known, layout.authorOffset == 0, layout.anchor.tokens.first == .name, index > 0, joined < index, lines[index].blanksBefore == 0,
               lines[index - 1].reachedWrapWidth, shape(index - 1)?.isBareName == true, lines[index - 1].text.contains(where: \.isLetter),
               !namesAgain(index - 1) {
                let whole = ShapedLine(lines[index - 1].text + " " + lines[index].text, vocabulary: layout.vocabulary, rules: rules)
                if let found = matched(whole) { (line, match, top) = (whole, found, index - 1) }
            }
            // "Originally Posted by Ann": a quotation's attribution by its opening, in the text, is no header; nor is a note that
            // the post was edited ("Last edited: DATE").
            if ShownReplies.opening(of: lines[index].text, rules: rules)?.kind == .attribution || lines[index].text.opensEditNote(rules) { continue }
            // "Forum software by XenForo™ ©2010-2017 XenForo Ltd.": the site's copyright, no poster's.
            if lines[index].text.holds("©") { continue }
            // "Fenland-Ringers at lists.example.org" under "Fenland-Ringers mailing list": the list's address in its footer.
            if index > 0, lines[index].blanksBefore == 0, lines[index - 1].text.lowercased().hasSuffix(rules.mailingListFooter) { continue }
            guard let slot = layout.posterWords(in: line, match: match) else { continue }
            var header = LayoutHeader(top: top, bottom: max(index, joined), anchor: index, author: nil, depthLine: index,
                                      authorEvidence: Evidence(.noNameBesideHeader, weight: 0, line: Int(lines[index].number)))
            if layout.authorOffset == 0, !slot.isEmpty {
                var words = line.words[slot].prefix(layout.singleWordNames && !Self.isPersonsName(line.words[slot], rules: rules)
                                                        && !Self.isPhrase(line.words[slot], rules: rules) ? 1 : slot.count)
                // "Tomás Ó Briain@feddit.ie": a display name of several words ends at its instance, however one word the page's
                // other names are.
                if layout.singleWordNames, let instance = line.words[slot].prefix(rules.layoutMaxNameWords).firstIndex(where: \.isFediverseName) {
                    words = line.words[slot.lowerBound...instance]
                }
                // "To: list at example.org": a mail's header field quoted in a body, not a poster; nor is a field of the poster's
                // details, its label and its value ("OS: Linux Mint 19").
                if let word = words.first, word.count > 1, word.hasSuffix(":"),
                   rules.mailFieldLabels.contains(word.dropLast().lowercased()) || slot.count > 1 {
                    continue
                }
                // "Ruth Adeyemi ruth.adeyemi at example.org": a mail archive's address, its "@" spelt out, is not the name.
                let spelledAddress = slot.upperBound + 1 < line.words.count && line.words[slot.upperBound] == "at"
                    && line.words[slot.upperBound + 1].contains(".")
                if spelledAddress, words.count > 1, let last = words.last, last.first?.isLowercase == true {
                    words = words.dropLast()
                } else if spelledAddress, words.count == 1, words[words.startIndex].first?.isLowercase == true {
                    // "jcollard at fenmail.net" alone: a poster the archive knows by the address only.
                    words = line.words[slot.lowerBound...slot.upperBound + 1]
                }
                // "Realist, Renfrew,": the place after the last comma is no part of the name.
                if layout.placeAfterComma, let comma = words.dropLast().lastIndex(where: { $0.hasSuffix(",") }) {
                    words = words[...comma]
                }
                // "Ollie Brandt Mod", "Blogger Hilary Wren": a badge beside the name is not part of it.
                // "gravelgoblin@lemmy.caOP": a badge glued to the instance, whose name is in small letters.
                if let last = words.last, last.isFediverseName, let glued = last.lastIndex(where: { !$0.isUppercase }),
                   last.index(after: glued) < last.endIndex, last[glued].isLowercase,
                   PlainTextRules.badges.contains(last[last.index(after: glued)...].lowercased()) {
                    header.role = AuthorLine.badged(String(last[last.index(after: glued)...])).role
                    words[words.index(before: words.endIndex)] = last[...glued]
                }
                // "Brookefemale[S]", "bunny1091[🍰]": old Reddit's mark of the submitter, a moderator ("[M]") or a cake day, glued to
                // the name. (Not a figure: a footnote's "[1]".)
                if let last = words.last, last.last == "]", let open = last.lastIndex(of: "["), open > last.startIndex,
                   case let mark = last[last.index(after: open)..<last.index(before: last.endIndex)], (1...2).contains(mark.count),
                   !mark.contains(where: { $0.isNumber || $0.isLowercase || $0 == " " }) {
                    header.role = header.role ?? (mark == "M" ? .moderator : mark == "A" ? .admin : nil)
                    words[words.index(before: words.endIndex)] = last[..<open]
                }
                header.role = header.role ?? AuthorLine.badged((words + [trailingBadge.map { $0[...] } ?? ""]).joined(separator: " ")).role
                words = AuthorLine.withoutBadges(words)
                header.author = name(words.joined(separator: " ")).flatMap { AuthorLine.isPlaceholder($0) ? nil : $0 }
                // A reply's header may name whom it answers after the author: Disqus's "Ann Mod Bob • 3 years ago". Where the
                // page's replies do, "Guest" after a name is the one answered too, a poster with no account and no name to find.
                if answersNamed, words.count > 1, let last = words.last, rules.guestNames.contains(last.lowercased()) {
                    header.author = name(words.dropLast().joined(separator: " "))
                }
                for split in words.indices.dropFirst() {
                    let named = words[split...].joined(separator: " ")
                    guard let answered = latest[named] else { continue }
                    var own = words[..<split]
                    // A layout word between the names ("Ann replied to Bob") goes, a capitalised one only when it is a badge: a
                    // prolific poster's name recurs as often as the layout's words ("Dana Whitfield Martin Ruiz").
                    while own.count > 1, let last = own.last, PlainTextRules.badges.contains(last.lowercased())
                            || layout.vocabulary.labels.contains(LineShape.key(last)) && last.first?.isUppercase != true { own = own.dropLast() }
                    // So do the words of a reply's marker ("JamesDavis in reply to stueysplace"), however seldom the page has them.
                    let ownText = own.joined(separator: " ").lowercased() + " "
                    if let marker = rules.replyMarkerOpeners.first(where: { ownText.hasSuffix(" " + $0) }) {
                        own = own.dropLast(marker.split(separator: " ").count)
                    }
                    header.author = name(own.joined(separator: " "))
                    header.answers = (answered, named)
                    answersNamed = true
                    break
                }
                header.authorEvidence = Evidence(.nameSlot, weight: 0, line: Int(lines[index].number), detail: layout.anchor.description)
                // "Rosa Lind @rosalind@typo.social": the handle beside the name is who a reply's "@rosalind" answers.
                header.handle = line.handle(after: slot).map(String.init)
            } else if layout.authorOffset != 0, var nameLine = nameLine(above: index) {
                // "Priya Raman" / "Dale Fennimore" / "• a day ago": the lower name, an earlier poster's, is the one answered.
                if layout.nesting == .answeredNames, nameLine == index - 1, nameLine > start, lines[nameLine].blanksBefore == 0,
                   isNameLine(nameLine - 1), !AuthorLine.isPlaceholder(lines[nameLine - 1].text),
                   PageLayout.namesTwo(lines[nameLine - 1].text, lines[nameLine].text),
                   let said = name(lines[nameLine].text), let answered = latest[said] {
                    header.answers = (answered, said)
                    nameLine -= 1
                }
                header.top = min(index, nameLine)
                header.bottom = max(index, nameLine)
                header.depthLine = nameLine
                let text = lines[nameLine].text
                let named = text.listItem.map(String.init) ?? text
                // "packet_gremlin OP": the badge beside the name line's name is the header's.
                let badged = AuthorLine.badged(named)
                header.role = badged.role
                header.author = name(badged.name)
                header.authorEvidence = Evidence(.nameBesideHeader, weight: lines[nameLine].nameScore ?? 0, line: Int(lines[nameLine].number),
                                                 detail: layout.anchor.description)
            }
            // A header a text browser wrapped at its width goes on on the next line, as indented, with no gap, mid-phrase, for
            // a few words: not the first line of a body in small letters glued under it ("my chuwi tablet had the eMMC …").
            let anchorLine = lines[index]
            if anchorLine.reachedWrapWidth, index + 1 < lines.count,
               lines[index + 1].blanksBefore == 0, lines[index + 1].indent == anchorLine.indent, lines[index + 1].isShort,
               !lines[index + 1].text.endsWithSentencePunctuation, header.bottom == index,
               !lines[index + 1].text.hasMoreWords(than: rules.layoutMaxNameWords),
               lines[index + 1].text.first.map({ $0.isLowercase || $0.isNumber || "([".contains($0) }) == true {
                header.bottom = index + 1
            }
            // Deep in a thread a text browser wraps a header at its column's narrow width: the pieces of its tail under it, glued
            // and as indented, words of the page's labels and marks only ("2024 | root | parent |" / "next [–]"), are the header's;
            // so are those that stand there beside a rule drawn in the margin (w3m's "━━━━ parent | next [–]").
            func standsUnder(_ line: Int) -> Bool {
                lines[line].indent == anchorLine.indent || lines[line].textColumnAfterRule == Int(anchorLine.indent)
            }
            while header.bottom == index || header.bottom - index < 3 && header.bottom > index && standsUnder(header.bottom),
                  header.bottom + 1 < lines.count, lines[header.bottom + 1].blanksBefore == 0, standsUnder(header.bottom + 1),
                  let tail = shape(header.bottom + 1), tail.isHeaderTail(layout.vocabulary) {
                header.bottom += 1
            }
            // The parts below: a date, "Join Date: …", "Posts: …", with at most one other short line among them (a user title).
            // A line that may be a name is the next comment's, unless a part of this block is glued under it ("Staff pick" /
            // "Recommend 64": a badge some comments have).
            func isPartGluedUnder(_ line: Int) -> Bool {
                line + 1 < lines.count && lines[line + 1].blanksBefore == 0 && shape(line + 1).map(layout.parts.contains) == true
            }
            // A header with no date of its own, the post's date further down its block over the poster's details ("Beasly 82" /
            // "* Advanced Member" / "* 1,142 posts" / "Posted August 19, 2013"): the block reaches it, over short lines only.
            if !layout.anchor.hasTime, layout.anchor.tokens.allSatisfy({ $0 == .name || $0 == .count }) {
                var dated = false
                var probe = header.bottom + 1
                // (A field of the details may take the anchor's shape, "OS: Linux Mint 19", and so does the header printed again,
                // "(BUTTON) OP Wanyoike Alex 5".)
                while probe < min(lines.count, header.bottom + 1 + rules.layoutDateBelowLines), lines[probe].isShort,
                      !lines[probe].text.endsWithSentencePunctuation, lines[probe].text.isLabelledField
                        || shaped.line(probe).map({ again in
                            again.match(layout.anchor, whole: layout.anchorIsWhole, labels: layout.vocabulary.labels, rules: rules) == nil
                                || header.author.map { Self.names($0, in: again) } == true
                        }) ?? true {
                    if let date = shape(probe), date.hasTime, layout.furniture.contains(date) || layout.parts.contains(date) {
                        header.bottom = probe
                        dated = true
                        break
                    }
                    probe += 1
                }
                if layout.datedBelow, !dated { continue }
            }
            var skipped = 0
            var below = header.bottom + 1
            // Within reach of the last part found: a block of fields may be long ("Joined", DATE, "Messages", 64, …).
            while below < lines.count, below <= header.bottom + rules.layoutBlockReach {
                guard lines[below].isShort, let lineShape = shape(below), !ShownReplies.isAttribution(lines[below].text, rules: rules),
                      // The next comment's header ends the block.
                      shaped.line(below)?
                        .match(layout.anchor, whole: layout.anchorIsWhole, labels: layout.vocabulary.labels, rules: rules) == nil else { break }
                let afterPart = skipped == 0 && below == header.bottom + 1
                if header.handle == nil, lines[below].text.isHandle, lines[below].text.last != ":", below <= header.bottom + 1 {
                    // "@tomek@mastodon.gdansk.pl" under the display name: who "@tomek" answers. ("@Scherf:" opens a text that
                    // answers Scherf.)
                    header.handle = lines[below].text
                    header.bottom = below
                    skipped = 0
                } else if below == header.bottom + 1, lines[below].blanksBefore == 0, let author = header.author,
                          (lines[below].text.listItem ?? lines[below].text[...]) == author[...],
                          !rules.removedNotices.contains(author.lowercased()) {
                    // The poster's name again glued under the header (the picture's text beside it, "* 小鳳"): the header's. Not
                    // a body apart that says no more than the name ("[deleted]" under "[deleted] 2 points"), nor a removed
                    // comment's notice where its name was ("[deleted]" / "[deleted]").
                    header.bottom = below
                    skipped = 0
                } else if layout.parts.contains(lineShape) || afterPart && lineShape.tokens == [.count] && header.bottom > header.anchor
                            || below == header.bottom + 1 && lines[below].text.isStatistics
                            // A listed name's date glued under it, however it goes on ("vor 3 Stunden (bearbeitet)").
                            || layout.listedNames && lineShape.hasTime && lines[below].blanksBefore == 0
                                && !lines[below].text.hasMoreWords(than: rules.layoutMaxNameWords) && !lines[below].text.endsWithSentencePunctuation {
                    // A poster's figures under the name ("41122 silver badges77 bronze badges") are theirs, however they vary.
                    // A count right after a part is its value or the post's number ("Messages" / 64, "Add bookmark" / "#1").
                    header.bottom = below
                    skipped = 0
                } else if lineShape.isLabelsOnly(layout.vocabulary), lineShape.tokens.count <= 3, layout.furniture.contains(lineShape) || layout.parts.contains(lineShape),
                          !AuthorLine.isPlaceholder(lines[below].text),
                          below + 1 < lines.count, lines[below + 1].blanksBefore == 0, lines[below + 1].text.count <= rules.maxFieldValueLength,
                          !lines[below + 1].text.endsWithSentencePunctuation,
                          // Its value is no furniture: a column of actions ("permalink" / "embed" / "save") has none.
                          shape(below + 1).map({ $0.isDetail || !layout.furniture.contains($0) }) == true {
                    // A field's label the layout knows, with its value under it ("Location" / "Ceredigion"). A picture's stand-in is no
                    // label: the text under a spacer ("[s]" / "Really? Link?") is the body.
                    header.bottom = below + 1
                    skipped = 0
                    below += 2
                    continue
                } else if afterPart, below > 0, let label = shape(below - 1), label.isLabelsOnly(layout.vocabulary), layout.parts.contains(label),
                          lines[below].text.hasAtMost(characters: rules.maxFieldValueLength), !AuthorLine.isPlaceholder(lines[below - 1].text),
                          !rules.replyButtons.contains(lines[below - 1].text.lowercased()) {
                    // The value under a field's label; a longer line is the text under a control ("(BUTTON)" / "I am now using …"), and
                    // so is any under a reply's button ("Antworten" / "Liebe Swantje,").
                    header.bottom = below
                    skipped = 0
                } else if lines[below].blanksBefore == 0, lineShape.opensWithField
                            || below - 1 == header.bottom && below - 1 > header.anchor && shape(below - 1)?.opensWithField == true
                                && (lines[below].indent > lines[below - 1].indent || !lines[below].text.contains(" ")) {
                    // A mail's header fields ("To:", "Cc:", "Subject:"), their folded lines and the sender's id under them
                    // ("dotpembury") go on the block.
                    header.bottom = below
                    skipped = 0
                } else if layout.furniture.contains(lineShape), lines[below].blanksBefore == 0 {
                    // A rule or a line of actions inside the block ("____", "View Profile") neither ends it nor extends it.
                } else {
                    skipped += 1
                    // A line apart from the block (a blank above it), or a sentence, is the body's, not a user title; two short
                    // lines may stand in the block ("Ann is offline", "Senior Member"). So is a line longer than a name that ends
                    // a sentence inside it ("Fair enough. I'll give it a go 🙂"), and a line of no words ("👍"): a title has some.
                    let words = lines[below].text.split(separator: " ")
                    let holdsSentenceEnd = words.dropLast().contains { $0.last.map { ".!?".contains($0) } == true && $0.count > 1 }
                    if skipped > 2 || skipped == 2 && words.count > rules.layoutMaxNameWords || words.count > rules.layoutMaxTitleWords
                        || words.count > rules.layoutMaxNameWords && holdsSentenceEnd
                        || lines[below].blanksBefore > 0 || lines[below].text.endsWithSentencePunctuation
                        || isNameLine(below) && lineShape.isBareName && layout.authorOffset < 0 && !isPartGluedUnder(below)
                        || !lines[below].text.contains(where: { $0.isLetter || $0.isNumber }) { break }
                }
                below += 1
            }
            // The date over the header opens its block ("14 March 2024, 7:12am" / "by Gwen Parry").
            if header.top > start, lines[header.top].blanksBefore == 0, let lead = shape(header.top - 1), layout.leads.contains(lead) {
                header.top -= 1
            }
            // A letter alone above the name is its avatar ("P" over "Perrin Alderholt").
            if header.top > start, lines[header.top - 1].text.count == 1, lines[header.top - 1].text.first?.isLetter == true {
                header.top -= 1
            }
            // The anchor again under a header, glued to it with at most marks between ("5 Mar" / "8:03 a.m.", "7 mo. ago" / "·" /
            // "edited 7 mo. ago"): the same header, longer.
            let again = headers.last.map { last in
                header.author == nil && index > last.bottom && index - last.bottom <= 2
                    && (last.bottom + 1...index).allSatisfy { lines[$0].blanksBefore == 0 }
                    && (last.bottom + 1..<index).allSatisfy { !lines[$0].text.contains { $0.isLetter || $0.isNumber } }
            } ?? false
            // The header printed again a few short lines under itself, naming the same poster ("Beasly 82" / "Beasly" / "Beasly
            // 82": the poster's card and the post's own): the same header, longer.
            // (Its words searched last: asked of every header, most stand far from the one above. Whole words: "Elaine" under
            // "Ela" is another poster.)
            let repeated = headers.last.map { last in
                layout.authorOffset == 0 && header.author != nil && index - last.anchor <= rules.layoutBlockReach
                    && (last.anchor + 1..<index).allSatisfy { lines[$0].isShort && !lines[$0].text.endsWithSentencePunctuation }
                    && last.author.map { Self.names($0, in: line) } == true
            } ?? false
            if let last = headers.last, header.top <= last.bottom || again || repeated {
                if again || repeated { headers[headers.count - 1].bottom = max(last.bottom, header.bottom) }
                continue
            }
            // "* Finbar" / "in reply to Ann Lee" / DATE: a marker inside the block names whom the comment answers.
            if header.answers == nil, header.anchor > header.top,
               let marker = (header.top + 1..<header.anchor).first(where: { ShownReplies.isReplyMarker(lines[$0].text, rules: rules) }),
               let said = ShownReplies.opening(of: lines[marker].text, rules: rules)?.rest.trimmingSpaces,
               let answered = latest[String(said)] {
                header.answers = (answered, String(said))
            }
            if let author = header.author { latest[author] = headers.count }
            headers.append(header)
        }
        if layout.placement == .header { headers = withHeadersAfterFooters(headers) }
        withoutBadges(&headers)
        withoutDoubledNames(&headers)
        if layout.authorOffset <= -2 { withoutSharedTitles(&headers, lines: lines, mayBeName: mayBeName) }
        withProfileNames(&headers, lines: lines, rules: rules)
        withoutDisplayNames(&headers, rules: rules)
        withoutPlaces(&headers, rules: rules)
        if layout.placement == .header { withFlairs(&headers, lines: lines, rules: rules) }
        if layout.placement == .trailer { withoutEditors(&headers, lines: lines, layout: layout, shape: shape, rules: rules) }
        return (headers, shapes)
    }

    /// The verb of posting over or in a trailer ("answered" of "answered Mar 3, 2019 at 8:02" / "user avatar" / NAME), if any.
    static func postingVerb(of header: LayoutHeader, in lines: [PageLine], rules: PlainTextRules) -> Substring? {
        (max(0, header.top - 2)..<header.anchor + 1).lazy.compactMap { lines[$0].text.postingWords(rules)?.first }.first
    }

    /// Where most trailers share a verb of posting ("answered"), one with another verb before the first of theirs ("asked") signs
    /// the article, the question they answer: it and the trailers above it (the site's bar) are the page's, not comments.
    static func withoutArticleSigner(_ headers: [LayoutHeader], lines: [PageLine], rules: PlainTextRules) -> [LayoutHeader] {
        let verbs = headers.map { postingVerb(of: $0, in: lines, rules: rules) }
        let counts = Dictionary(verbs.compactMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +)
        guard let common = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), common.value >= rules.layoutMinimumRepeats,
              common.value * 2 > headers.count, let first = verbs.firstIndex(of: common.key),
              let signer = verbs[..<first].lastIndex(where: { $0 != nil }) else { return headers }
        return Array(headers[(signer + 1)...])
    }

    /// Two trailers with nothing but furniture between them are one post's: "edited DATE / Mateusz" over "answered DATE /
    /// Jonah" names its editor and its poster. The poster's is the one a verb of posting stands over.
    private static func withoutEditors(_ headers: inout [LayoutHeader], lines: [PageLine], layout: PageLayout,
                                       shape: (Int) -> LineShape?, rules: PlainTextRules) {
        func posted(_ header: LayoutHeader) -> Bool {
            (max(0, header.top - 2)..<header.anchor + 1).contains { lines[$0].text.postingWords(rules) != nil }
        }
        var index = 1
        while index < headers.count {
            // Blocks that overlap (a block reaching over the next header's top) have nothing between them to weigh.
            guard headers[index - 1].bottom < headers[index].top else {
                index += 1
                continue
            }
            let between = headers[index - 1].bottom + 1..<headers[index].top
            // Between them only what a trailer block holds: furniture, a date, a name (the one above's again, however weakly it
            // scores: "Sur's user avatar" / "Sur"), the poster's figures.
            let empty = between.allSatisfy { line in
                lines[line].isShort && (shape(line).map { layout.furniture.contains($0) || $0.hasTime } ?? false
                    || lines[line].text.isStatistics || PageLayout.isNameLine(line, in: lines, rules: rules)
                    || lines[line].text == headers[index - 1].author)
            }
            if empty, posted(headers[index]) != posted(headers[index - 1]) {
                let poster = posted(headers[index]) ? index : index - 1
                headers[poster].top = headers[index - 1].top
                headers[poster].bottom = headers[index].bottom
                headers.remove(at: poster == index ? index - 1 : index)
            } else {
                index += 1
            }
        }
    }

    /// "Native 🇹🇼 | teacher", "HSK 5": on a page whose bodies stand a blank line below their header, a short line joined to
    /// the header with that blank under it is the header's (a flair, a user title), not the first line of the body.
    private static func withFlairs(_ headers: inout [LayoutHeader], lines: [PageLine], rules: PlainTextRules) {
        func flair(_ index: Int) -> Int? {
            let flair = headers[index].bottom + 1, body = flair + 1
            let next = index + 1 < headers.count ? headers[index + 1].top : lines.count
            // A body of one line stays one: the flair must have a body below it, before the next comment. A reply marker
            // ("In reply to Ann") opens the body, under a flair too ("Observer reporter" / "In reply to Ann").
            // A flair is a few words, as a name is, or the header's figures ("6 hours ago - stickied comment (0 children)"), or names
            // the poster again ("sunsetkilling ist offline Mich gibt's schon länger"): "That's iron chef futamura to you" is a
            // body of one line.
            guard body < next, lines[flair].isShort, lines[flair].blanksBefore == 0,
                  !lines[flair].text.hasMoreWords(than: rules.layoutMaxNameWords) || lines[flair].text.utf8.contains(where: { $0 &- 0x30 < 10 })
                    || headers[index].author.map(lines[flair].text.opensWithPoster) == true,
                  lines[body].blanksBefore > 0 || ShownReplies.isReplyMarker(lines[body].text, rules: rules),
                  !lines[flair].text.endsWithSentencePunctuation, !ShownReplies.isReplyMarker(lines[flair].text, rules: rules) else { return nil }
            return flair
        }
        // The page parts bodies from headers: most stand a blank line below theirs, or below such a line.
        let flairs = headers.indices.map(flair)
        let parted = headers.indices.filter { index in
            let below = headers[index].bottom + 1
            return flairs[index] != nil || below < lines.count && (lines[below].blanksBefore > 0 || ShownReplies.isReplyMarker(lines[below].text, rules: rules)
                && below + 1 < lines.count && lines[below + 1].blanksBefore > 0)
        }
        guard Double(parted.count) >= Double(headers.count) * rules.layoutPartedBodyShare else { return }
        for (index, flair) in flairs.enumerated() { if let flair { headers[index].bottom = flair } }
    }

    /// "Noreen, Ardnacarrig" over the date: where several places each follow the names of several posters on the name lines
    /// beside the headers, the page names its posters' places there, and the place after any name's comma is no part of it.
    private static func withoutPlaces(_ headers: inout [LayoutHeader], rules: PlainTextRules) {
        func parted(_ author: String) -> (name: Substring, place: Substring)? {
            guard let comma = author.range(of: ", ", options: .backwards) else { return nil }
            let name = author[..<comma.lowerBound], place = author[comma.upperBound...]
            guard !name.isEmpty, place.isPlaceName(rules: rules) else { return nil }
            return (name, place)
        }
        var posters: [Substring: Set<Substring>] = [:]
        for header in headers where header.authorEvidence.kind == .nameBesideHeader {
            if let (name, place) = header.author.flatMap(parted) { posters[place, default: []].insert(name) }
        }
        guard posters.values.count(where: { $0.count >= rules.postersSharingAPlace }) >= rules.sharedPlaces else { return }
        for index in headers.indices where headers[index].authorEvidence.kind == .nameBesideHeader {
            if let (name, _) = headers[index].author.flatMap(parted) { headers[index].author = String(name) }
        }
    }

    /// "PendooPendoo 46 replies4 threads", "coolguy40coolguy40 2886 replies": where most of the page's names are printed twice
    /// with no space (an avatar's text and the link beside it), each is its name once. Where few are, those few are names that
    /// only look so ("tartar").
    private static func withoutDoubledNames(_ headers: inout [LayoutHeader]) {
        // Each one-word name's half, or nil when it is no name printed twice; no entry for a header with no name or one of words.
        let halves = headers.map { header in header.author.flatMap { $0.holdsByte(0x20) ? nil : Optional($0.doubledHalf) } }
        let names = halves.compactMap { $0 }
        guard names.filter({ $0 != nil }).count * 2 > names.count else { return }
        for (index, half) in halves.enumerated() { if let half = half ?? nil { headers[index].author = half } }
    }

    /// "Blogger Elspeth Laidlaw", "Blogger Hamish Drummond": a word before several different full names is a badge (an
    /// icon's alt text), not part of each name; two people who share a first name differ in one word after it. A title
    /// ends with a full stop ("Dr.") and stays.
    private static func withoutBadges(_ headers: inout [LayoutHeader]) {
        var followers: [Substring: Set<Substring>] = [:]
        // A pingback's author is a page's title, no person's name.
        for header in headers where header.authorEvidence.kind != .pingback {
            guard let author = header.author, let space = author.firstIndex(of: " ") else { continue }
            followers[author[..<space], default: []].insert(author[author.index(after: space)...])
        }
        // Before two names only, the word is a badge when one of them posts without it too: two posters may share a first word
        // (the site's name, "Wexbury Born and Bred" and "Wexbury Live Community Team").
        let authors = Set(headers.compactMap { $0.author?[...] })
        let badges = Set(followers.filter { word, names in
            names.filter { $0.contains(" ") }.count >= 2 && word.last != "." && (names.count > 2 || !names.isDisjoint(with: authors))
        }.keys.map(String.init))
        guard !badges.isEmpty else { return }
        for index in headers.indices where headers[index].authorEvidence.kind != .pingback {
            guard let author = headers[index].author, let space = author.firstIndex(of: " "),
                  badges.contains(String(author[..<space])), author[author.index(after: space)...].contains(" ") else { continue }
            headers[index].author = String(author[author.index(after: space)...])
        }
    }

    /// "aikman" / "Established Member" / "Joined" / DATE, where the block's first line scored too weakly alone to be taken: a
    /// line that stands right under other posters' names in more blocks than it heads as a name is a title they share (a rank,
    /// "Senior Member"), no name; the line over it, in the block, is the poster's. (A name depends on no other line of the
    /// block; a title is shared.)
    private static func withoutSharedTitles(_ headers: inout [LayoutHeader], lines: [PageLine], mayBeName: (Int) -> Bool) {
        // The names each short line stands right under, as authors of their blocks, and how often (the name printed again under
        // itself passed over: the picture's text, then the name); how often it is a block's name line itself.
        var namesOver: [String: [String]] = [:]
        var heads: [String: Int] = [:]
        for header in headers {
            let name = lines[header.depthLine].text
            heads[name, default: 0] += 1
            guard header.depthLine < header.anchor, let under = (header.depthLine + 1..<header.anchor).first(where: { lines[$0].text != name }),
                  lines[under].isShort else { continue }
            namesOver[lines[under].text, default: []].append(name)
        }
        for index in headers.indices {
            let header = headers[index], above = header.depthLine - 1
            guard header.authorEvidence.kind == .nameBesideHeader, above >= 0, index == 0 || above > headers[index - 1].bottom,
                  lines[above].text.count > 1, mayBeName(above),
                  case let title = lines[header.depthLine].text, let names = namesOver[title], names.count > heads[title, default: 0],
                  names.contains(where: { $0 != lines[above].text }) else { continue }
            let badged = AuthorLine.badged(lines[above].text)
            headers[index].author = name(badged.name)
            headers[index].role = badged.role
            headers[index].depthLine = above
            headers[index].top = min(header.top, above)
            headers[index].authorEvidence = Evidence(.nameOverSharedTitle, weight: lines[above].nameScore ?? 0, line: Int(lines[above].number),
                                                     detail: lines[header.depthLine].text)
        }
    }

    /// "jonesMUFCforever" / "Forumite" / "27.3K posts" / "Part of the Furniture 10,000 Posts": where the page itself marks a line a
    /// little above most headers' names as a poster's (a link to their own page, `ProfileLinks`) and never those names, the
    /// marked line names the poster, and the header's name is a title or a rank.
    private static func withProfileNames(_ headers: inout [LayoutHeader], lines: [PageLine], rules: PlainTextRules) {
        let linked = headers.indices.map { index -> Int? in
            let header = headers[index]
            guard !lines[header.depthLine].linksToProfile else { return nil }
            let floor = max(index == 0 ? 0 : headers[index - 1].bottom + 1, header.depthLine - rules.profileNameReach)
            return floor < header.depthLine ? (floor..<header.depthLine).last { lines[$0].linksToProfile } : nil
        }
        let found = linked.compactMap { $0 }.count
        guard found >= rules.layoutMinimumRepeats, found * 2 > headers.count else { return }
        for (index, above) in linked.enumerated() {
            guard let above else { continue }
            let badged = AuthorLine.badged(lines[above].text)
            headers[index].authorEvidence = Evidence(.profileLinkedName, weight: lines[above].nameScore ?? 0, line: Int(lines[above].number),
                                                     detail: headers[index].author)
            headers[index].author = name(badged.name)
            headers[index].role = badged.role
            headers[index].depthLine = above
            headers[index].top = min(headers[index].top, above)
        }
    }

    /// "wanda_k Wanda Kowalski", "tmoreau Thibault Moreau Meshlight Team": where the posters' names open with a handle in
    /// small letters and go on with the name they show (and their title), the handle is the poster's name on the page.
    private static func withoutDisplayNames(_ headers: inout [LayoutHeader], rules: PlainTextRules) {
        func handleOpening(_ author: String) -> Substring? {
            let words = author.split(separator: " ")
            guard words.count >= 2, let second = words[1].first, second.isUppercase || second.isLetter && !second.isLowercase,
                  words[0].contains(where: \.isLetter), words[0].isUserName || words[0].allSatisfy({ $0.isLowercase || $0.isNumber || "_.-".contains($0) })
            else { return nil }
            return words[0]
        }
        let severalWords = headers.filter { $0.authorEvidence.kind != .pingback && $0.author?.contains(" ") == true }
        let handled = severalWords.filter { $0.author.flatMap(handleOpening) != nil }.count
        guard handled >= rules.layoutMinimumRepeats, Double(handled) >= Double(severalWords.count) * rules.layoutHandleShare else { return }
        for index in headers.indices where headers[index].authorEvidence.kind != .pingback {
            if let handle = headers[index].author.flatMap(handleOpening) { headers[index].author = String(handle) }
        }
    }

    /// Whether the words of `line` hold the poster's name `author` whole, each word as `name` reads it ("+Raze" is "Raze").
    static func names(_ author: String, in line: ShapedLine) -> Bool {
        let named = author.split(separator: " ").map(String.init)
        let words: [String] = line.words.map { name(String($0)) ?? "" }
        guard words.count >= named.count else { return false }
        return (0...words.count - named.count).contains { start in words[start..<start + named.count].elementsEqual(named) }
    }

    /// The name as the header shows it, without the marks around it ("Ann:", "Ann's avatar").
    static func name(_ text: String) -> String? {
        var name = Substring(text)
        // (Most names are no alt text: looked at in lower case only when "avatar" or "Avatar" may be in them, its bytes found.)
        if name.utf8.count > 10, name.holds("vatar") {
            // The avatar's text in the last cell of a row a text browser printed side by side ("Tieftöner      Avatar von
            // Lookbehind", the user title first): that cell names the poster.
            if let cell = name.ranges(of: "  ").last.map({ name[$0.upperBound...].drop { $0 == " " || $0 == "\u{A0}" } }),
               PlainTextRules.avatarOpenings.contains(where: cell.lowercased().hasPrefix) {
                name = cell
            }
            let lower = name.lowercased()
            if let opening = PlainTextRules.avatarOpenings.first(where: lower.hasPrefix) { name = name.dropFirst(opening.count) }
            if let ending = PlainTextRules.avatarEndings.first(where: lower.hasSuffix) { name = name.dropLast(ending.count) }
        }
        for suffix in ["'s", "’s"] where name.hasSuffix(suffix) { name = name.dropLast(2) }
        // A badge drawn after the name ("Ann♦", "Ann ✓") is none of it; an emoji a person puts in their name is theirs (drawn as
        // one, "✒️" with its variation selector), and so is a custom one's code ("Mina :ablobcatheart:").
        func isEmojiCode(_ name: Substring) -> Bool {
            guard name.last == ":", let open = name.dropLast().lastIndex(of: ":") else { return false }
            let code = name[name.index(after: open)..<name.index(before: name.endIndex)]
            return code.count >= 2 && code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                && (open == name.startIndex || name[name.index(before: open)] == " ")
        }
        while let last = name.last, ":,|•·»".contains(last) && !isEmojiCode(name)
                || last.isSymbol && last.unicodeScalars.first?.properties.isEmojiPresentation == false
                    && !last.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { name = name.dropLast() }
        // (A "+" before it marks a group the poster is in, "+Raze", as a list's dash or bullet marks nothing of the name.)
        while let first = name.first, "—–―-|•·+".contains(first) { name = name.dropFirst() }
        // "\"Dorothy Pembury\"": a mail's display name in quotes.
        if name.count > 2, let first = name.first, let last = name.last, "\"“'".contains(first), "\"”'".contains(last) {
            name = name.dropFirst().dropLast()
        }
        // "*Fiona Marsh*": a browser's "Save as text" marks bold so.
        if name.count > 2, name.first == "*", name.last == "*" { name = name.dropFirst().dropLast() }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed.withoutRepeat
    }
}

extension String {
    /// "linghua linghua", "小鳳小鳳" (w3m sets no space between ideographs): a name printed twice, as an avatar's text and as
    /// the link beside it, once. A name of one ideograph doubled ("娜娜") is a name of its own.
    var withoutRepeat: String {
        let words = split(separator: " ")
        if words.count >= 2, words.count % 2 == 0, words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...]) {
            return words[..<(words.count / 2)].joined(separator: " ")
        }
        if words.count == 1, count >= 4, count % 2 == 0, isCaselessScript, prefix(count / 2) == suffix(count / 2) {
            return String(prefix(count / 2))
        }
        return self
    }
}

extension Substring {
    /// "ann@lemmy.ca": a name on a fediverse instance, its domain after the "@".
    var isFediverseName: Bool {
        guard let at = firstIndex(of: "@"), at > startIndex else { return false }
        return self[index(after: at)...].contains(".")
    }
}

extension LayoutHeader {
    /// "Dot Fenwick" among one-word handles ("Post by Dot Fenwick »" beside "Post by mirela_pots »"): a few capitalised
    /// words of letters, where a flair after a handle opens with the handle or holds figures or a comma ("HiveMind_Hal
    /// Zone 7a", "ann Oulu, FI").
    /// Initials count as words of it ("C. M.").
    fileprivate static func isPersonsName(_ words: ArraySlice<Substring>, rules: PlainTextRules) -> Bool {
        guard words.count > 1, words.count <= rules.layoutPersonsNameWords, let first = words.first, !first.isUserName else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && (word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } || word.count == 2 && word.last == ".")
        }
    }
    /// "smarter than you", "Why I Love Football": a name made of a phrase, whose small words of prose no flair or display name
    /// after a user name holds ("mkern Mia Kern"); taken whole among one-word handles.
    fileprivate static func isPhrase(_ words: ArraySlice<Substring>, rules: PlainTextRules) -> Bool {
        words.count > 1 && words.count <= rules.layoutMaxNameWords && words.dropFirst().contains { rules.proseWords.contains($0.lowercased()) }
    }
}

extension Substring {
    /// "ann@example.org", in quotes or not, even printed twice with no space ("drzhutchinson@att.net'drzhutchinson@att.net'"):
    /// a mail address, no name's word.
    var isMailAddress: Bool {
        guard let at = firstIndex(of: "@"), at > startIndex else { return false }
        let domain = self[index(after: at)...].prefix { !"'\">,".contains($0) }
        return domain.contains(".") && domain.last != "."
    }

    /// A place as a poster gives it: a few words, each opening with a capital or a figure, no sentence's end ("Paisley",
    /// "Plot 14", "NC").
    func isPlaceName(rules: PlainTextRules) -> Bool {
        !isEmpty && !hasMoreWords(than: rules.maxPlaceWords) && !String(self).endsWithSentencePunctuation
            && lazyWords.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } == true }
    }
}

extension String {
    /// "Gender: Male", "Who in your life has "personality" issues: Ex-romantic partner": a label of at most seven words closed
    /// by a colon, and a value after it.
    var isLabelledField: Bool {
        let words = split(separator: " ", maxSplits: 7)
        guard let label = words.dropLast().prefix(7).firstIndex(where: { $0.count > 1 && $0.hasSuffix(":") && !$0.hasPrefix(":") })
        else { return false }
        return words[label].dropLast().last?.isLetter == true
    }
}
