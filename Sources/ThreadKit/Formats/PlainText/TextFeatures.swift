extension StringProtocol {
    /// Words split on white space.
    var words: [SubSequence] { split(whereSeparator: { $0 == " " }) }
}

/// Small questions about a line of text that several passes ask.
extension String {
    /// Lower-cased word with surrounding punctuation removed: "Thanks!" → "thanks".
    static func bare(_ word: Substring) -> String {
        String(word.drop(while: { !$0.isLetter && !$0.isNumber })
            .reversed().drop(while: { !$0.isLetter && !$0.isNumber }).reversed()).lowercased()
    }

    var firstBareWord: String? {
        // Leading dots and ellipses ("………….well") are decoration, not a word.
        words.lazy.map { String.bare($0) }.first { !$0.isEmpty }
    }

    var startsLowercase: Bool { first(where: { $0.isLetter })?.isLowercase ?? false }

    var containsQuestion: Bool { contains("?") }

    /// A question mark, or a sentence opening like a question: "Can somebody explain why he's captain".
    var asksQuestion: Bool {
        containsQuestion || sentences.contains { sentence in
            !sentence.hasSuffix(".") && sentence.words.count >= 3
                && sentence.words.first.map { PlainTextRules.questionOpeners.contains(String.bare($0)) } == true
        }
    }

    /// ":)", ";(", ":D", or an emoji at the very end.
    var endsWithSmiley: Bool {
        if [":)", ";)", ":(", ";(", ":D", ":P", ":-)", ";-)", ":-("].contains(where: { hasSuffix($0) }) { return true }
        guard let last = unicodeScalars.last(where: { $0.value != 0xFE0F && $0.value != 0x200D }) else { return false }
        return last.properties.isEmojiPresentation
    }

    var endsWithSentencePunctuation: Bool {
        guard let last = last else { return false }
        return ".!?…:;,".contains(last)
    }

    /// Letters from scripts without case (CJK, Arabic, Hebrew, Thai…): such names cannot be title case.
    var isCaselessScript: Bool {
        let letters = filter { $0.isLetter }
        return !letters.isEmpty && letters.allSatisfy { !$0.isUppercase && !$0.isLowercase }
    }

    /// Collapsed white space, for comparing text that was repeated.
    var normalisedForComparison: String {
        words.joined(separator: " ")
    }

    /// Sentences split after `.`, `?`, `!` or `…` followed by a space.
    var sentences: [Substring] {
        var result: [Substring] = []
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let next = self.index(after: index)
            if ".?!…".contains(self[index]) && next < endIndex && self[next] == " " {
                result.append(self[start..<next])
                start = self.index(after: next)
            }
            index = next
        }
        if start < endIndex { result.append(self[start...]) }
        return result
    }
}
