/// Page furniture: lines that belong to neither the article nor a comment.
enum ChromeLine {
    enum Kind { case none, furniture, sectionStart }

    static func classify(_ text: String) -> Kind {
        // The byte count first: counting the characters of every long paragraph is slow.
        guard text.utf8.count <= 80 * 4, text.hasAtMost(characters: 80) else { return .none }
        let lower = text.lowercased()
        if PlainTextRules.standard.sectionStartLines.contains(lower) { return .sectionStart }
        if PlainTextRules.standard.chromeLines.contains(lower) { return .furniture }
        // "Sort by Newest", "Sorted by: Best"
        if lower.hasPrefix("sort by") || lower.hasPrefix("sorted by") { return lower.words.count <= 4 ? .sectionStart : .none }
        // Everything below needs a number; an ASCII line without a digit has none.
        if lower.utf8.allSatisfy({ $0 < 0x80 && $0 &- 0x30 >= 10 }) { return .none }
        let words = lower.words
        // "37 Comments", "12 Likes", "Comments (37)", "View 3 more replies"
        let counted = words.filter { !$0.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" || $0 == "," } }
        let hasNumber = words.contains { $0.contains { $0.isNumber } && $0.allSatisfy { $0.isNumber || "(),.k".contains($0) } }
        guard hasNumber, counted.count <= 3, let last = counted.last.map({ String.bare($0) }) else { return .none }
        let phrase = counted.suffix(2).map { String.bare($0) }.joined(separator: " ")
        if PlainTextRules.standard.countedSectionStartWords.contains(last) || PlainTextRules.standard.countedSectionStartWords.contains(counted.first.map { String.bare($0) } ?? "") {
            return counted.count == 1 ? .sectionStart : .furniture
        }
        if PlainTextRules.standard.countedChromeWords.contains(last) || PlainTextRules.standard.countedChromeWords.contains(phrase) {
            return .furniture
        }
        return .none
    }
}
