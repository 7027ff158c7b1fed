/// Page furniture: lines that belong to neither the article nor a comment.
enum ChromeLine {
    /// `bytes` open with `prefix` (lower-case ASCII), case-blind.
    static func opens(_ bytes: some Collection<UInt8>, with prefix: String) -> Bool {
        bytes.count >= prefix.utf8.count && zip(bytes, prefix.utf8).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
    }

    /// `bytes` hold `piece` (lower-case ASCII) somewhere, case-blind.
    private static func holdsCaseBlind(_ bytes: String.UTF8View, _ piece: StaticString) -> Bool {
        let count = piece.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return bytes.withContiguousStorageIfAvailable { bytes in
            piece.withUTF8Buffer { piece in
                (0...bytes.count - count).contains { start in
                    (0..<count).allSatisfy { let byte = bytes[start + $0]; return (byte &- 0x41 < 26 ? byte | 0x20 : byte) == piece[$0] }
                }
            }
        } ?? true
    }

    enum Kind { case none, furniture, sectionStart }

    /// A count of comments over the post's title, in any wording and however long the title:
    /// "27 thoughts on “Title”", "One Response to “Title”", "12 comments on "Title"".
    static func isCountHeader(_ text: String) -> Bool {
        guard let first = text.utf8.first, first &- 0x30 < 10 || first | 0x20 == UInt8(ascii: "o") else { return false }
        let words = text.words.prefix(4)
        guard words.count == 4, words[0].allSatisfy({ $0.isNumber || $0 == "," }) || words[0].lowercased() == "one",
              words[1].allSatisfy(\.isLetter), PlainTextRules.standard.countHeaderLinks.contains(words[2].lowercased()),
              let quote = words[3].first else { return false }
        return "“\"'‘«„".contains(quote)
    }

    /// "© 2025 Ledger Media", "Copyright 2024 …": the site's footer, or a photo credit inside an article; "Powered by
    /// vBulletin", "powered by Disqus": the software's credit under what it shows.
    static func opensSiteFooter(_ text: String) -> Bool {
        text.hasPrefix("©") || opens(text.utf8, with: "copyright ") || isSoftwareCredit(text)
    }

    /// "Powered by vBulletin", "powered by Disqus": where the software shows it, under what it showed. A few words may come
    /// before it on its line (lynx's "Disqus.comments powered by Disqus"), not a sentence ("our barn is powered by the sun").
    static func isSoftwareCredit(_ text: String) -> Bool {
        if opens(text.utf8, with: "powered by ") { return true }
        // Asked of every short line: one without the word is passed over before it is split.
        guard holdsCaseBlind(text.utf8, "powered ") else { return false }
        // Three to five words: told by the spaces before any is made (asked of every short line).
        guard (2...4).contains(text.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) })) else { return false }
        let words = text.split(separator: " ")
        return words.count >= 3 && words.count <= 5 && words[words.count - 3].lowercased() == "powered"
            && words[words.count - 2].lowercased() == "by" && words[words.count - 1].first?.isUppercase == true
    }

    /// The line as the lists spell it, hashed: lower case, without the ellipsis that may close a button's
    /// label ("Join the discussion…"); nil for a line with other letters than ASCII, which the lists have none of.
    static func listKey(_ text: String) -> UInt64? {
        var text = Substring(text).withoutClosingEllipsis
        // A button's arrow: "Post Comment »", "Older comments ›" (the last bytes of », › and →: BB, BA, 92).
        if let byte = text.utf8.last, byte == 0xBB || byte == 0xBA || byte == 0x92, let last = text.last, "»›→".contains(last) {
            text = text.dropLast().trimmingSpaces[...]
        }
        return text.withBytes { bytes in
            var key: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                key = (key ^ UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)) &* 0x100_0000_01B3
            }
            return key
        }
    }

    /// A list entry's count of views or plays: "98K views", "1.2M views • 2 years ago", "870 watching".
    static func isListingCount(_ text: String) -> Bool {
        // Asked of every short line: the first byte, a figure, rules out nearly all of them before any word is made.
        guard let first = text.utf8.first, first &- 0x30 < 10 else { return false }
        let rules = PlainTextRules.standard
        let words = text.lowercased().words.prefix(3)
        guard words.count >= 2, rules.listingCountWords.contains(String(words[1])),
              words.count == 2 || words[2] == "•" || words[2] == "·",
              var count = words.first, count.first?.isNumber == true else { return false }
        if let last = count.last, rules.roundedCountSuffixes.contains(last) { count = count.dropLast() }
        return count.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// A video's length alone on its line: "12:08", "1:02:44".
    static func isDuration(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
            && parts.dropFirst().allSatisfy { $0.count == 2 }
    }

    /// A button that loads more comments ("View more comments", "Load more comments…"), not one that opens a thread's replies.
    static func loadsMoreComments(_ text: String) -> Bool {
        // "Load more" alone loads more of the list it ends; "Show more" alone may open a long comment's text.
        if listKey(text) == loadMoreKey { return true }
        // "View more comments", "Load 10 more comments": a verb of the list's, "more" (a count may come before it), comments.
        var words = text.words
        // A count after it: "Show more comments (12)".
        if let last = words.last, String.bare(last).allSatisfy(\.isNumber) { words.removeLast() }
        guard (3...4).contains(words.count), PlainTextRules.standard.moreVerbs.contains(String.bare(words[0])),
              String.bare(words[words.count - 1]) == "comments" else { return false }
        let between = words.dropFirst().dropLast()
        return between.last.map { String.bare($0) } == "more" && between.dropLast().allSatisfy { $0.allSatisfy(\.isNumber) }
    }
    private static let loadMoreKey = listKey("load more")

    /// "Show previous replies", "View earlier comments", "Read more of this conversation ›": a button that opens more of
    /// the thread, with no count, no comment.
    static func opensMoreOfTheThread(_ text: String) -> Bool {
        let rules = PlainTextRules.standard
        // Asked of every short line: the first byte turns most away before any word is cut.
        guard let first = text.utf8.first, rules.moreOfThreadOpenings.contains(first), text.hasMoreWords(than: 2), !text.hasMoreWords(than: 6)
        else { return false }
        var words = text.lowercased().words.map { String.bare($0) }
        // The arrow that marks it as a link ("›", ">") is no word.
        if words.last?.isEmpty == true { words.removeLast() }
        guard words.count >= 3, rules.moreOfThreadVerbs.contains(words[0]), rules.moreOfThreadClosers.contains(words[1]),
              let noun = words.last, rules.threadNouns.contains(noun) else { return false }
        return words.dropFirst(2).dropLast().allSatisfy(rules.moreOfThreadFillers.contains)
    }

    /// A letter alone on its line, just above a name that starts with it ("T" / "Truth_Seeker_77"), or the initials of
    /// the name's words in capitals ("GM" / "Gord McInnis"): the picture a comment widget draws for a commenter without
    /// one, not a one-letter name.
    static func isLetterAvatar(_ text: String, of next: String) -> Bool {
        guard text.utf8.count <= 12, (1...3).contains(text.count), let letter = text.first, letter.isLetter,
              let initial = next.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        if text.count == 1 { return letter.uppercased() == initial.uppercased() && next.count > 1 }
        guard text.allSatisfy(\.isUppercase) else { return false }
        let initials = next.split(separator: " ").compactMap { $0.first(where: \.isLetter).map { String($0).uppercased() } }
        return initials.count >= text.count && initials.count <= 4 && initials.prefix(text.count).joined() == text
    }

    /// Longer lines are never furniture.
    static let maximumLength = 80

    /// Read from the bytes as far as they tell, since every short line of a page is asked (names above all).
    static func classify(_ text: String) -> Kind {
        let bytes = text.utf8
        if isCountHeader(text) { return .sectionStart }
        // The byte count first: counting the characters of every long paragraph is slow.
        guard bytes.count <= maximumLength * 4, text.hasAtMost(characters: maximumLength) else { return .none }
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        // "(BUTTON)": what lynx prints for a control with no label, alone or as a list's entry ("* (BUTTON)").
        if bytes.last == UInt8(ascii: ")"), (text.listItem ?? text[...]) == "(BUTTON)" { return .furniture }
        if let key = listKey(text) {
            if PlainTextRules.standard.sectionStartLineKeys.contains(key) { return .sectionStart }
            if PlainTextRules.standard.chromeLineKeys.contains(key) { return .furniture }
        }
        // Notices of the comment widget: "Comments are moderated. Please …", "Your comment is awaiting moderation."
        if PlainTextRules.standard.noticeOpeners.contains(where: { opens(bytes, with: $0) }) { return .furniture }
        // "Sort by Newest", "Sorted by: Best", "Sort: Oldest first · Newest first"
        if opens(bytes, with: "sort by") || opens(bytes, with: "sorted by") || opens(bytes, with: "sort:") {
            return text.hasMoreWords(than: 8) ? .none : .sectionStart
        }
        if opensMoreOfTheThread(text) { return .furniture }
        // Everything below needs a count: a word of figures ("37", "(12)", "1.2k"; the Kelvin sign lower-cases to "k").
        if isASCII, !bytes.contains(where: { $0 &- 0x30 < 10 }) { return .none }
        let isCount = { (signed: Substring) in
            // A score may be below nothing or above it: "-1 points", "+12 votes" (the sign's byte looked at, as every word is).
            let sign = signed.utf8.first.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") } == true && signed.utf8.count > 1
            let word = sign ? signed.dropFirst() : signed
            // Most words open with an ASCII letter, which no count does (the byte answers before any Character).
            guard let first = word.utf8.first, first &- 0x30 < 10 || "(),.kK".utf8.contains(first)
                    // Beyond ASCII, the first Character a figure (its first scalar numeric) or the Kelvin sign.
                    || first >= 0x80 && word.unicodeScalars.first.map({ $0.properties.numericType != nil || $0 == "\u{212A}" }) == true
            else { return false }
            return word.allSatisfy { $0.isNumber || "(),.kK\u{212A}".contains($0) } && word.contains { $0.isNumber }
        }
        guard text.words.contains(where: isCount) else { return .none }
        let lower = text.lowercased()
        let words = lower.words
        // "37 Comments", "12 Likes", "Comments (37)", "View 3 more replies"
        let counted = words.filter { !$0.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" || $0 == "," } }
        guard counted.count <= 3, let last = counted.last.map({ String.bare($0) }) else { return .none }
        // "2 December 2017 | Reply": the figures are a date's, the line a comment's header, no count of replies.
        if counted.contains(where: { PlainTextRules.standard.isMonth(String.bare($0)) }) { return .none }
        let phrase = counted.suffix(2).map { String.bare($0) }.joined(separator: " ")
        if PlainTextRules.standard.countedSectionStartWords.contains(last) || PlainTextRules.standard.countedSectionStartWords.contains(counted.first.map { String.bare($0) } ?? "") {
            // "12 Comments", "Reader comments (31)" head the section; "View 3 more comments" is a button in it.
            return counted.count <= 2 && !counted.contains("more") ? .sectionStart : .furniture
        }
        if PlainTextRules.standard.countedChromeWords.contains(last) || PlainTextRules.standard.countedChromeWords.contains(phrase) {
            return .furniture
        }
        return .none
    }
}

extension Substring {
    /// Without the ellipsis that closes it ("Join the discussion…", "Grading takes my whole..."): one "…", or every "...".
    /// The last bytes first: comparing a suffix normalises the text's letters, slow for every line of other letters than ASCII.
    var withoutClosingEllipsis: Substring {
        if utf8.last == 0xA6, hasSuffix("…") { return dropLast() }
        var text = self
        while text.utf8.suffix(3).elementsEqual("...".utf8), text.hasSuffix("...") { text = text.dropLast(3) }
        return text
    }
}
