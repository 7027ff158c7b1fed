/// A sign-off at the end of a comment ("— Sue", "Cheers, Martin", "Thanks, M."): it stays with the
/// comment it closes, and is neither an author line nor the start of another comment.
enum Signature {
    /// A word or two of `author`'s own name, alone: "Terry" for "Terry from Plot 7".
    static func isName(_ text: String, of author: String) -> Bool {
        let words = text.words.map { String.bare($0) }, name = Set(author.words.map { String.bare($0) })
        return (1...2).contains(words.count) && words.allSatisfy { !$0.isEmpty && name.contains($0) }
    }

    static func isSignature(_ line: String, of author: String?, rules: PlainTextRules = .standard) -> Bool {
        // A title in parentheses after the name is no part of it: "Regards, R. Lee (Secretary, Residents' Association)".
        var text = line
        if line.hasSuffix(")"), let open = line.lastIndex(of: "("), open > line.startIndex {
            text = String(line[..<open].trimmingSpaces)
        }
        guard !text.hasMoreWords(than: rules.maxSignatureWords + 1) else { return false }
        let words = text.words
        guard !words.isEmpty, !text.holds("?") else { return false }
        // "— Sue", "-- Martin", "~ kb": a dash or tilde, then a name-like word or two.
        if let first = text.unicodeScalars.first, "—–-~".unicodeScalars.contains(first) {
            let name = text.drop { "—–-~ ".contains($0) }
            return !name.isEmpty && name.words.count <= rules.maxSignatureWords && !name.hasSuffix(".")
        }
        // "Cheers, Martin", "Best, Ann": a sign-off word with a comma, then a name-like word or two.
        guard words.count >= 2, words[0].hasSuffix(",") else { return false }
        let rest = words.dropFirst()
        // A sign-off the list does not hold (another language's: "Hwyl, Llinos") before the author's own name.
        guard rules.signOffs.contains(String.bare(words[0])) else {
            return words[0].first?.isUppercase == true && author.map { isName(rest.joined(separator: " "), of: $0) } == true
        }
        let matchesAuthor = author.map { name in rest.contains { name.localizedCaseInsensitiveContains(String($0.alphanumericCore)) } } ?? false
        return matchesAuthor || AuthorLine.isTitleCase(Array(rest)) && !text.hasSuffix(".")
    }
}
