/// Finds commenters addressed by name: "Don't scare him Hunter, …", "Thanks Daniel", "…, Алексей."
///
/// A name counts only where it stands as a form of address: at the start of a
/// paragraph before a comma, after `@` or a greeting, or before punctuation.
/// Mentions in running prose ("like Marta says") do not count.
struct Vocative {
    /// Distinctive words of each author's name → the authors they may stand for.
    private var authorsByToken: [String: [String]] = [:]

    init(authors: some Sequence<String>) {
        for author in authors {
            for token in Self.tokens(of: author) { authorsByToken[token, default: []].append(author) }
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
        if !author.contains(" "), author.count >= 2 { tokens.insert(author) }
        return tokens
    }

    /// Authors addressed in `text`, in order of appearance.
    func addressed(in text: String) -> [String] {
        let words = text.words
        var found: [String] = []
        for (index, raw) in words.enumerated() {
            let atSign = raw.hasPrefix("@")
            let core = raw.drop(while: { !$0.isLetter && !$0.isNumber })
            var word = core
            while let last = word.last, !(last.isLetter || last.isNumber) { word = word.dropLast() }
            guard let authors = authorsByToken[String(word)] else { continue }
            let after = core.dropFirst(word.count).first
            let previous = index > 0 ? String.bare(words[index - 1]) : ""
            let isLast = index == words.count - 1
            let vocative = atSign
                || PlainTextRules.greetings.contains(previous)
                || (after.map { ",!?.:;".contains($0) } ?? false)
                || (isLast && after == nil)
            if vocative { found.append(contentsOf: authors.filter { !found.contains($0) }) }
        }
        return found
    }

    /// Whether `text` addresses `author` by name.
    static func addresses(_ author: String, in text: String) -> Bool {
        Vocative(authors: [author]).addressed(in: text).contains(author)
    }
}
