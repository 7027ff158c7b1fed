import Foundation

/// Tells an author's name line from a short comment body ("Exactly", "Well said").
///
/// Each feature of a line adds to a score; `PlainTextRules` says how much is enough.
/// A name that recurs on lines of its own is the strongest evidence there is.
struct AuthorLine {
    /// How often each short line stands alone in the page.
    let recurrences: [String: Int]
    /// Names known from elsewhere on the page (the article's byline).
    let knownNames: Set<String>

    init(lines: [PageLine], knownNames: Set<String>) {
        var counts: [String: Int] = [:]
        for line in lines where Self.couldBeName(line.text) { counts[line.text, default: 0] += 1 }
        self.init(recurrences: counts, knownNames: knownNames)
    }

    init(recurrences: [String: Int], knownNames: Set<String>) {
        self.recurrences = recurrences
        self.knownNames = knownNames
    }

    /// How often each short line of `lines` occurs in `bytes`, a whole page of which `lines` are the
    /// start: lines are matched by a hash of their bytes, and no String is made of the rest. A large
    /// page is counted in pieces of at least `pieceSize` bytes on every core: its first screen waits on this.
    static func recurrences(of lines: [PageLine], in bytes: [UInt8], pieceSize: Int = 4 << 20) -> [String: Int] {
        var wanted: [UInt64: String] = [:]
        // Most lines of a page differ from every wanted one in length or in their first or last byte:
        // two table lookups rule them out before any hashing.
        var lengths = [Bool](repeating: false, count: PlainTextRules.maxNameLength * 4 + 1)
        var ends = [Bool](repeating: false, count: 1 << 16)
        for line in lines where couldBeName(line.text) {
            let utf8 = line.text.utf8
            wanted[utf8.fnv1a] = line.text
            lengths[utf8.count] = true
            ends[Int(utf8.first!) << 8 | Int(utf8.last!)] = true
        }
        let (wantedText, wantedLength, wantedEnds) = (wanted, lengths, ends) // not vars: no boxes, no access checks
        func count(_ piece: UnsafeBufferPointer<UInt8>) -> [String: Int] {
            var counts: [String: Int] = [:]
            PageLine.forEachLine(in: piece) { range, _ in
                guard range.count < wantedLength.count, wantedLength[range.count],
                      wantedEnds[Int(piece[range.lowerBound]) << 8 | Int(piece[range.upperBound - 1])] else { return }
                let line = UnsafeBufferPointer(rebasing: piece[range])
                guard let text = wantedText[line.fnv1a], line.elementsEqual(text.utf8) else { return }
                counts[text, default: 0] += 1
            }
            return counts
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let pieces = PageLine.pieces(of: buffer, count: min(ProcessInfo.processInfo.activeProcessorCount, buffer.count / pieceSize))
            var counts = [[String: Int]](repeating: [:], count: pieces.count)
            counts.withUnsafeMutableBufferPointer { results in
                DispatchQueue.concurrentPerform(iterations: pieces.count) { results[$0] = count(pieces[$0]) }
            }
            return counts.reduce(into: [:]) { total, piece in total.merge(piece, uniquingKeysWith: +) }
        }
    }

    /// Short enough to be a name; the byte length first, since counting the characters of every long
    /// paragraph is slow.
    private static func couldBeName(_ text: String) -> Bool {
        text.utf8.count <= PlainTextRules.maxNameLength * 4 && text.count <= PlainTextRules.maxNameLength
    }

    /// nil when the line cannot be a name at all; otherwise how name-like it is.
    func score(_ text: String) -> Int? {
        guard Self.couldBeName(text), !Self.looksLikeProse(text) else { return nil }
        if PlainTextRules.interjections.contains(Self.reactionKey(text)) { return nil }
        let words = text.words
        if words.count > 1, let first = text.firstBareWord, PlainTextRules.bodyOpeners.contains(first),
           !knownNames.contains(text), (recurrences[text] ?? 0) < 2 {
            return nil
        }
        let recurs = (recurrences[text] ?? 0) >= 2 || knownNames.contains(text)
        if words.count == 1, !recurs, Self.isOneWordBody(text) { return nil }
        var score = 0
        if recurs { score += 3 }
        let core = text.split(separator: "(", maxSplits: 1).first.map { $0.trimmingSpaces } ?? ""
        if let open = text.firstIndex(of: "(") {
            // "Retired Engineer (33 years at": a name cut off mid-parenthesis; "(gr8rambino)": a handle.
            let inside = text[text.index(after: open)...].prefix { $0 != ")" }
            score += !text.holds(")") ? 3 : inside.holds(" ") ? 1 : 2
        }
        let coreWords = core.words
        if coreWords.count == 1, let word = coreWords.first,
           word.dropFirst().dropLast().contains(where: { $0.isNumber || $0 == "_" || $0 == "." || $0 == "@" }) {
            score += 2 // user-name style: mike_t, dr.lens, pixelpusher_88
        } else if core.isCaselessScript, core.count <= 20 {
            score += 2 // 王伟, 陈晓明
        } else if Self.isTitleCase(coreWords) {
            let heading = coreWords.first.map { PlainTextRules.headingOpeners.contains($0.lowercased()) } ?? false
            score += (coreWords.count >= 2 ? 2 : 1) - (heading ? 1 : 0)
        } else if coreWords.count == 1, core.count >= 4, core.allSatisfy({ $0.isLetter }) {
            score += 1 // a lower-case handle: ovenspring
        }
        return score
    }

    /// Sentence-like lines are bodies: final punctuation (but "Kevin D."), inner sentence breaks, commas, links.
    static func looksLikeProse(_ text: String) -> Bool {
        let words = text.words
        if words.count > PlainTextRules.maxNameWords { return true }
        if text.holds("?") || text.holds("!") || text.holds("http") || text.holds("www.") { return true }
        // Commas belong to sentences, except inside a parenthesis or between capitalised words
        // ("Ray Dobbs (Ward 3 council, 1998", "Retired Bridge Inspector, Not Your Enemy").
        let outsideParentheses = text.prefix { $0 != "(" }
        if outsideParentheses.holds(","), !isTitleCase(outsideParentheses.words) { return true }
        if let first = text.first, "\"“”‘'«„>-*•".contains(first) { return true }
        if text.endsWithSentencePunctuation {
            guard text.last == ".", let last = words.last, Self.isInitialOrTitle(last) else { return true }
        }
        for (index, word) in words.enumerated().dropLast() where word.hasSuffix(".") && !isInitialOrTitle(word) {
            if words[index + 1].first?.isUppercase == true { return true }
        }
        return false
    }

    /// "D.", "J.R.", "Jr.", "Dr."
    private static func isInitialOrTitle(_ word: Substring) -> Bool {
        let letters = word.filter { $0.isLetter }
        return (letters.count <= 2 && letters.first?.isUppercase == true)
            || ["jr.", "sr.", "dr.", "mr.", "mrs.", "ms.", "st.", "prof."].contains(word.lowercased())
    }

    static func isTitleCase(_ words: [Substring]) -> Bool {
        var capitalised = 0
        for word in words {
            if PlainTextRules.nameParticles.contains(word.lowercased()) { continue }
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            guard first.isUppercase || first.isNumber else { return false }
            capitalised += 1
        }
        return capitalised > 0
    }

    /// "SPOILERS", "Also": a shouted word or a function word standing alone is a paragraph, not a name.
    private static func isOneWordBody(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
        let bare = String.bare(Substring(word))
        return PlainTextRules.continuationOpeners.contains(bare) || PlainTextRules.stopWords.contains(bare)
    }

    /// The line as the interjection list spells it: lower case, no trailing punctuation or emoji.
    static func reactionKey(_ text: String) -> String {
        text.words.map { String.bare($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
