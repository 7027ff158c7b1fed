/// A comment that signs off at the end of its own text, on the same line: Stack Exchange's comments under a post
/// ("Is the duct insulated? – Harper Vale Mar 3, 2019 at 5:14"), a blog's "… thanks! — Tom, March 3, 2019".
/// A page that has them signs most of them alike, so the tail's shape is learnt like a header's (`NAME DATE`).
/// A text browser may set the signature on lines of its own under the text, the name being a link ("– Peter Mortensen" /
/// "Jan 2 at 3:18"): the same signature, split (`split(at:in:)`).
struct InlineSignature {
    /// Where the comment's own text ends in the line: before the dash (the line's start when the signature is split).
    var textEnd: String.Index
    var author: String
    var shape: LineShape
    /// The signature opens its line: the comment's text is all above it.
    var opensLine = false
    /// The signature goes on onto the line under it: its date there, or the date's end.
    var goesOnBelow = false
    /// The dash that opens the signature ends the line above ("… does not have API ? –" / "Nishant Bhakta Oct 30 '13 at 16:09").
    var dashAbove = false
    /// The signature stands on a line of its own, its date on the line under it.
    var isSplit: Bool { opensLine && goesOnBelow }
    /// The lines the signature takes below its first.
    var linesBelow: Int { goesOnBelow ? 1 : 0 }

    /// The signature at the end of `text`: a spaced dash, then a name and a date (and nothing else but words of the page's
    /// labels between the times, "at"). A name alone after a dash is too common in prose to tell a comment by.
    init?(_ text: String, vocabulary: LineShape.Vocabulary, rules: PlainTextRules) {
        guard let dash = Self.lastDash(in: text, within: rules.signatureMaxLength), dash.lowerBound > text.startIndex else { return nil }
        self.init(tail: String(text[dash.upperBound...]), textEnd: dash.lowerBound, vocabulary: vocabulary, rules: rules)
    }

    /// The signature split over line `index` and the one under it: a dash opening the line ("– ", "— "), a name and nothing
    /// else, and glued under it a short line that dates it. The comment's text is the lines above.
    static func split(at index: Int, in lines: [PageLine], vocabulary: LineShape.Vocabulary, rules: PlainTextRules) -> InlineSignature? {
        let text = lines[index].text
        guard index + 1 < lines.count, lines[index + 1].blanksBefore == 0, lines[index + 1].isShort, let name = afterOpeningDash(text),
              text.hasAtMost(characters: rules.signatureMaxLength) else { return nil }
        guard !name.isEmpty, var signature = InlineSignature(tail: name + " " + lines[index + 1].text, textEnd: text.startIndex,
                                                             vocabulary: vocabulary, rules: rules) else { return nil }
        (signature.opensLine, signature.goesOnBelow) = (true, true)
        // The name is its line's, whole: the date's line may open with a word of posting ("Commented Sep 21, 2008 at 4:09").
        if let own = LayoutHeader.name(String(name)) { signature.author = own }
        return signature
    }

    /// What follows a dash opening `text` and the space after it ("– ", "— ", w3m's no-break space), or nil.
    private static func afterOpeningDash(_ text: String) -> String? {
        // "–" and "—" open with the byte E2: most lines are passed over on their first byte.
        guard text.utf8.first == 0xE2, text.hasPrefix("–") || text.hasPrefix("—"),
              case let rest = text.dropFirst(), rest.first == " " || rest.first == "\u{A0}" else { return nil }
        return String(rest.drop { $0 == " " || $0 == "\u{A0}" }.trimmingSpaces)
    }

    private init?(tail text: String, textEnd: String.Index, vocabulary: LineShape.Vocabulary, rules: PlainTextRules) {
        let tail = ShapedLine(text, vocabulary: vocabulary, rules: rules)
        let tokens = tail.shape.tokens
        // The name may hold words the page repeats (a prolific commenter's): it runs up to the date. A mark after it is a
        // badge ("fennel ♦": a moderator's), no part of the name.
        guard let date = tokens.firstIndex(of: .time), date >= 1, date <= 3, tokens[0] == .name || tokens[0].isWord,
              let nameEnd = tokens[..<date].lastIndex(where: { $0 == .name || $0.isWord }),
              tokens[..<nameEnd].allSatisfy({ $0 == .name || $0.isWord }), tokens[(nameEnd + 1)..<date].allSatisfy(\.isMark),
              tokens[date...].allSatisfy({ $0.isWord || $0 == .time || $0 == .count }) else { return nil }
        self.textEnd = textEnd
        guard let name = LayoutHeader.name(tail.words[tail.spans[0].lowerBound..<tail.spans[nameEnd].upperBound].joined(separator: " ")) else { return nil }
        author = name
        shape = LineShape(tokens: [.name] + tokens[date...])
    }

    /// The last spaced dash (" – ", " — ", " -- ", " - ") among the last `reach` bytes of `text`: a byte scan, since every
    /// line of the page's sample is asked.
    private static func lastDash(in text: String, within reach: Int) -> Range<String.Index>? {
        let utf8 = text.utf8
        var index = utf8.endIndex
        var scanned = 0
        while index > utf8.startIndex, scanned < reach * 2 {
            index = utf8.index(before: index)
            scanned += 1
            guard utf8[index] == 0x20, index > utf8.startIndex else { continue }
            // A space: is a dash and a space before it?
            var dashEnd = index
            var dashStart = index
            var cursor = utf8.index(before: index)
            var hyphens = 0
            while utf8[cursor] == 0x2D, hyphens < 2, cursor > utf8.startIndex {
                hyphens += 1
                dashStart = cursor
                cursor = utf8.index(before: cursor)
            }
            if hyphens == 0, utf8.distance(from: utf8.startIndex, to: index) >= 4 {
                // "–" (E2 80 93) or "—" (E2 80 94).
                let third = utf8.index(index, offsetBy: -1), second = utf8.index(index, offsetBy: -2), first = utf8.index(index, offsetBy: -3)
                if utf8[first] == 0xE2, utf8[second] == 0x80, utf8[third] == 0x93 || utf8[third] == 0x94 {
                    dashStart = first
                    cursor = utf8.index(before: first)
                }
            }
            guard dashStart < dashEnd, utf8[cursor] == 0x20 else { continue }
            dashEnd = utf8.index(after: index)
            return cursor..<dashEnd
        }
        return nil
    }

    /// The signature at line `index`, at the end of its text or split over it and the next, or wrapped as a text browser
    /// wraps a comment's last line at its width: the dash and the signature whole opening a line under the text ("– Inbar
    /// Rose Oct 30 '13 at 15:55"), the dash ending the line above, or the date going on onto the line under it ("… – Inbar
    /// Rose Oct 30 '13" / "at 15:55").
    /// `expected`: the page's signature, when known; a line that ends with its name and the start of its date ("… – Inbar Rose
    /// Oct 30 '13") is read with the line under it to match it.
    static func at(_ index: Int, in lines: [PageLine], vocabulary: LineShape.Vocabulary, rules: PlainTextRules,
                   expected: LineShape? = nil) -> InlineSignature? {
        if let split = split(at: index, in: lines, vocabulary: vocabulary, rules: rules) { return split }
        let text = lines[index].text
        // Under the text, glued: the dash opening this line, or ending the one above.
        if index > 0, lines[index].blanksBefore == 0, text.hasAtMost(characters: rules.signatureMaxLength) {
            let opened = afterOpeningDash(text)
            let above = lines[index - 1].text
            let dashAbove = opened == nil && (above.hasSuffix(" –") || above.hasSuffix(" —"))
            if opened != nil || dashAbove,
               var signature = InlineSignature(tail: opened ?? text, textEnd: text.startIndex, vocabulary: vocabulary, rules: rules) {
                (signature.opensLine, signature.dashAbove) = (true, dashAbove)
                return signature
            }
        }
        guard text.utf8.count > 12 else { return nil }
        let whole = InlineSignature(text, vocabulary: vocabulary, rules: rules)
        if let whole, expected == nil || whole.shape == expected { return whole }
        // The date going on below, glued, as indented, and nothing after it there.
        guard index + 1 < lines.count, lines[index + 1].blanksBefore == 0, lines[index + 1].indent == lines[index].indent,
              lines[index + 1].isShort, let dash = lastDash(in: text, within: rules.signatureMaxLength), dash.lowerBound > text.startIndex,
              case let tail = text[dash.upperBound...], tail.count + lines[index + 1].text.count < rules.signatureMaxLength,
              var signature = InlineSignature(tail: tail + " " + lines[index + 1].text, textEnd: dash.lowerBound, vocabulary: vocabulary, rules: rules),
              whole == nil || signature.shape == expected
        else { return whole }
        signature.goesOnBelow = true
        return signature
    }

    /// The shape most of `signatures` share (those a page's lines end with or open, split), when at least
    /// `layoutMinimumRepeats` do.
    static func commonShape(of signatures: some Sequence<InlineSignature>, rules: PlainTextRules) -> LineShape? {
        var counts: [LineShape: Int] = [:]
        for signature in signatures { counts[signature.shape, default: 0] += 1 }
        // Ties go the same way on every run (a dictionary's order is not): the longer shape, then by its words.
        guard let best = counts.max(by: { ($0.value, $0.key.tokens.count, $0.key.description) < ($1.value, $1.key.tokens.count, $1.key.description) }),
              best.value >= rules.layoutMinimumRepeats else { return nil }
        return best.key
    }
}

/// The comments of a page cut at its headers and at its signed lines, in page order.
struct LayoutCut {
    var header: LayoutHeader
    /// The lines of its body, furniture still among them.
    var body: [Int]
    /// For a signed comment: where its text ends on its last line, and the post it is listed under.
    var signature: InlineSignature?
    var listedUnder: Int?

    /// The page's signature at line `index`, if it has one there.
    static func signature(at index: Int, in lines: [PageLine], layout: PageLayout, rules: PlainTextRules) -> InlineSignature? {
        guard let signatures = layout.signatures,
              let signature = InlineSignature.at(index, in: lines, vocabulary: layout.vocabulary, rules: rules, expected: signatures),
              signature.shape == signatures else { return nil }
        return signature
    }

    /// Cuts the signed comments out of the bodies the headers give (`bodies[i]` is `headers[i]`'s): each signed line with the
    /// lines of its paragraph above it is a comment of its own, listed under the nearest post above it. Signed comments
    /// from `articleStart` on count too: a question's comments stand between it and the first answer.
    static func cut(headers: [LayoutHeader], bodies: [Range<Int>], lines: [PageLine], from articleStart: Int, to end: Int,
                    layout: PageLayout, shapes: [LineShape?], shapesStart: Int, rules: PlainTextRules) -> [LayoutCut] {
        var cuts = zip(headers, bodies).map { LayoutCut(header: $0, body: Array($1)) }
        guard let signatures = layout.signatures else { return cuts }
        var inHeader = Set<Int>()
        for header in headers { inHeader.formUnion(header.top...header.bottom) }
        func stops(_ index: Int) -> Bool {
            inHeader.contains(index) || index >= shapesStart && shapes[index - shapesStart].map(layout.furniture.contains) == true
        }
        var signed: [LayoutCut] = []
        var taken = Set<Int>()
        var floor = articleStart
        for index in articleStart..<end where !inHeader.contains(index) && !taken.contains(index) {
            guard let signature = Self.signature(at: index, in: lines, layout: layout, rules: rules) else { continue }
            // Its text goes up its paragraph: a text browser wraps a long comment over several lines. A split signature's text
            // is all above it, its date under it.
            var top = index
            while top > floor, lines[top].blanksBefore == 0, !stops(top - 1) { top -= 1 }
            let bottom = index + signature.linesBelow
            floor = bottom + 1
            let header = LayoutHeader(top: index, bottom: bottom, anchor: index, author: signature.author, depthLine: index,
                                      authorEvidence: Evidence(.inlineSignature, weight: 0, line: Int(lines[index].number),
                                                               detail: signatures.description))
            signed.append(LayoutCut(header: header, body: Array(top..<(signature.opensLine ? index : index + 1)), signature: signature))
            taken.formUnion(top...bottom)
        }
        guard !signed.isEmpty else { return cuts }
        for index in cuts.indices { cuts[index].body.removeAll(where: taken.contains) }
        // In page order: a header where it stands, a signed comment at its signature.
        cuts = (cuts + signed).sorted { $0.header.anchor < $1.header.anchor }
        var post: Int?
        for index in cuts.indices {
            if cuts[index].signature == nil { post = index } else { cuts[index].listedUnder = post }
        }
        return cuts
    }
}
