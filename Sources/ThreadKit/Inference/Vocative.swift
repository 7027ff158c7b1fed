/// Finds commenters addressed by name: "Don't scare him Hunter, …", "Thanks Daniel", "…, Алексей."
///
/// A name counts only where it stands as a form of address: at the start of a
/// paragraph before a comma, after `@` or a greeting, or before punctuation.
/// Mentions in running prose ("like Marta says") do not count.
struct Vocative {
    /// Distinctive words of each author's name → the authors they may stand for.
    private var authorsByToken: [String: [String]] = [:]
    /// Names of several words, which count wherever they appear ("So Just Saying is right"),
    /// by their first word, so a paragraph is checked once per word rather than once per name.
    private var fullNamesByFirstWord: [String: [String]] = [:]

    init(authors: some Sequence<String>) {
        for author in authors {
            for token in Self.tokens(of: author) { authorsByToken[token, default: []].append(author) }
            if author.holds(" "), author.count >= 6, let first = author.words.first {
                fullNamesByFirstWord[String(first.alphanumericCore), default: []].append(author)
            }
        }
    }

    /// Words a commenter may be called by: each distinctive word of the name, and a handle in parentheses.
    static func tokens(of author: String) -> Set<String> {
        var tokens: Set<String> = []
        let pieces = author.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "@" })
        for piece in pieces {
            let word = piece.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
            guard word.count >= 3, let first = word.first, first.isUppercase || !first.isLowercase || word.contains(where: \.isNumber)
            else { continue }
            if PlainTextRules.commonNameWords.contains(word.lowercased()) { continue }
            tokens.insert(word)
        }
        if !author.holds(" "), author.count >= 2 { tokens.insert(author) }
        return tokens
    }

    /// Authors addressed in `text`, in order of appearance. `strictly` counts only unmistakable address
    /// (a greeting, `@`, or commas around the name), not a name ending a sentence ("…as much as on Haigh.").
    func addressed(in text: String, strictly: Bool = false) -> [String] {
        let words = text.words
        var found: [String] = [], mentioned: [String] = []
        for (index, raw) in words.enumerated() {
            let atSign = raw.utf8.first == UInt8(ascii: "@")
            let word = raw.alphanumericCore
            let key = String(word)
            if !strictly, let names = fullNamesByFirstWord[key] {
                let rest = text[word.startIndex...]
                mentioned.append(contentsOf: names.filter { rest.hasPrefix($0) })
            }
            guard let authors = authorsByToken[key] else { continue }
            let after = raw[word.endIndex...].first
            // Only emoji, punctuation or kisses after it: "Don't encourage him Pat 🙄", "Night Old Git x"
            let isLast = words[(index + 1)...].allSatisfy { word in
                !word.contains(where: { $0.isLetter || $0.isNumber }) || word.lowercased().allSatisfy { $0 == "x" }
            }
            let commaBefore = index > 0 && words[index - 1].utf8.last == UInt8(ascii: ",")
            let vocative = atSign
                || Self.greetingBefore(index, in: words)
                || after == "," || after == "!" || commaBefore
                || !strictly && ((after.map { "?.:;".contains($0) } ?? false) || (isLast && after == nil))
            if vocative { found.append(contentsOf: authors.filter { !found.contains($0) }) }
        }
        // Full names mentioned anywhere come after the names used in address.
        for name in mentioned where !found.contains(name) { found.append(name) }
        return found
    }

    /// A greeting just before the name, or before the capitalised words leading up to it ("Night Old Git").
    private static func greetingBefore(_ index: Int, in words: [Substring]) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3 {
            let word = String.bare(words[position])
            if PlainTextRules.greetings.contains(word) { return true }
            guard words[position].first?.isUppercase == true else { return false }
            position -= 1
        }
        return false
    }
}
