/// Finds commenters addressed by name: "Don't scare him Hunter, …", "Thanks Daniel", "…, Алексей.",
/// "@kb_1987", "thanks kb", "Doctor, …".
///
/// A name counts only where it stands as a form of address: at the start of a paragraph before a
/// comma or "you", after `@` or a greeting, or before punctuation. Mentions in running prose ("like
/// Marta says") do not count. Weaker forms of a name (a part of a handle, a word of a long
/// descriptive name, a title) count only in unmistakable address: after a greeting or `@`, or set
/// off by commas, and case-blind.
struct Vocative {
    /// A name's word as someone used it, and whose name it is.
    struct Address: Equatable {
        var author: String
        var word: String
    }

    /// Distinctive words of each author's name → the authors they may stand for.
    private var authorsByToken: [String: [String]] = [:]
    /// Weaker forms, lower-cased → authors.
    private var authorsByWeakToken: [String: [String]] = [:]
    /// Names of several words, which count wherever they appear ("So Just Saying is right"),
    /// by their first word, so a paragraph is checked once per word rather than once per name.
    private var fullNamesByFirstWord: [String: [String]] = [:]
    /// Keys (`KeyedWord.key`) of every word above: most words of a page are none of them, and are
    /// passed over on their key alone.
    private var candidates = KeySet(keys: [])
    private let rules: PlainTextRules

    init(authors: some Sequence<String>, rules: PlainTextRules = .standard) {
        self.rules = rules
        // A large page's thousands of names are taken apart on every core; the lists below are filled in order.
        let authors = Array(authors)
        let tokens = [(strong: Set<String>, weak: Set<String>)](count: authors.count,
                                                               concurrentlyInPieces: piecesWorthMaking(for: authors.count, smallest: 2_000)) {
            Self.tokens(of: authors[$0], rules: rules)
        }
        for (author, (strong, weak)) in zip(authors, tokens) {
            for token in strong { authorsByToken[token, default: []].append(author) }
            for token in weak.subtracting(strong.map { $0.lowercased() }) { authorsByWeakToken[token, default: []].append(author) }
            if author.holds(" "), author.count >= 6, let first = author.words.first {
                fullNamesByFirstWord[String(first.alphanumericCore), default: []].append(author)
            }
        }
        let words = [authorsByToken.keys, fullNamesByFirstWord.keys].joined().map { $0.lowercased() } + authorsByWeakToken.keys
        candidates = KeySet(words)
    }

    /// Words a commenter may be called by: each distinctive word of a name of one or two words and a
    /// handle in parentheses (strong); parts of a handle split at digits, `_`, `.`, `-` and camel case,
    /// the words of a longer name, and the title a name carries (weak, lower-cased).
    static func tokens(of author: String, rules: PlainTextRules = .standard) -> (strong: Set<String>, weak: Set<String>) {
        var strong: Set<String> = [], weak: Set<String> = []
        let pieces = author.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "@" })
        let descriptive = pieces.count >= 3
        for piece in pieces {
            let word = piece.filter { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
            if let title = rules.nameTitles[word.lowercased().filter(\.isLetter)] { weak.formUnion(title) }
            for part in handleParts(word) where part.count >= 3 && !rules.commonNameWords.contains(part.lowercased()) {
                weak.insert(part.lowercased())
            }
            guard word.count >= 3, let first = word.first, first.isUppercase || !first.isLowercase || word.contains(where: \.isNumber)
            else { continue }
            if rules.commonNameWords.contains(word.lowercased()) { continue }
            if descriptive { weak.insert(word.lowercased()) } else { strong.insert(word) }
        }
        if !author.holds(" "), author.count >= 2 { strong.insert(author) }
        return (strong, weak)
    }

    /// "kb_1987" → kb; "night.owl" → night, owl; "TheRealDeal22" → The, Real, Deal.
    private static func handleParts(_ word: String) -> [String] {
        var parts: [String] = [], current = ""
        for character in word {
            if !character.isLetter {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else if character.isUppercase, let last = current.last, last.isLowercase {
                parts.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.count > 1 || parts.first != word ? parts : []
    }

    /// Authors addressed in `text` with the word used. `strictly` counts only unmistakable address
    /// (a greeting, `@`, or commas around the name), not a name ending a sentence ("…as much as on Haigh.").
    func addresses(in text: String, strictly: Bool = false) -> [Address] {
        addresses(in: text.keyedWords, strictly: strictly)
    }

    /// Whether `text` may address anyone: whether any of its words is a word of a name. Asked first of lines
    /// that are mostly no address, it spares keying their every word.
    func mayAddress(in text: String, cache: inout KeyedWord.Cache) -> Bool {
        text.hasWord(keyedIn: candidates, cache: &cache)
    }

    /// `addresses(in:strictly:)` of a paragraph whose words are already keyed.
    func addresses(in keyed: [KeyedWord], strictly: Bool = false) -> [Address] {
        guard keyed.contains(where: { candidates.contains($0.key) }) else { return [] }
        let words = keyed.map(\.text)
        var found: [Address] = [], mentioned: [Address] = []
        func add(_ authors: [String], _ word: Substring) {
            for author in authors where !found.contains(where: { $0.author == author }) {
                found.append(Address(author: author, word: String(word)))
            }
        }
        // A writer who uses no capitals at all ("thank you marg.") writes names in lower case too.
        let caseless = !words.contains { $0.contains(where: \.isUppercase) }
        for (index, raw) in words.enumerated() where candidates.contains(keyed[index].key) {
            let atSign = raw.utf8.first == UInt8(ascii: "@")
            let word = raw.alphanumericCore
            let key = String(word)
            if !strictly, let names = fullNamesByFirstWord[key] {
                let rest = raw.base[word.startIndex...]
                for name in names where rest.hasPrefix(name) { mentioned.append(Address(author: name, word: name)) }
            }
            let strong = authorsByToken[key] ?? (caseless ? authorsByToken[key.prefix(1).uppercased() + key.dropFirst()] : nil)
            let weak = authorsByWeakToken.isEmpty ? nil : authorsByWeakToken[key.lowercased()]
            guard strong != nil || weak != nil else { continue }
            let after = raw[word.endIndex...].first
            // Only emoji, punctuation or kisses after it: "Don't encourage him Pat 🙄", "Night Old Git x"
            let isLast = words[(index + 1)...].allSatisfy { word in
                !word.hasLetterOrFigure || word.lowercased().allSatisfy { $0 == "x" }
            }
            let commaBefore = index > 0 && words[index - 1].utf8.last == UInt8(ascii: ",")
            // "Hunter, …", "Hunter you are wrong": a name opening the paragraph and turning to someone.
            let opening = index == 0 && (after == "," || index + 1 < words.count && rules.secondPersonKeys.contains(keyed[index + 1].key))
            let greeted = Self.greetingBefore(index, in: words, rules: rules)
            let unmistakable = atSign || greeted || after == "," || after == "!" || commaBefore || opening
            // A part of a handle in lower case inside a sentence is the word it is ("Don't drain your pool, cover it" is no
            // call to PoolGuy): it addresses someone capitalised, first, after a greeting, a comma or an "@", or with a "!".
            if let weak, unmistakable, atSign || greeted || index == 0 || commaBefore || after == "!" || word.first?.isUppercase == true {
                add(weak, word)
            }
            guard let strong else { continue }
            if unmistakable || !strictly && ((after.map { "?.:;".contains($0) } ?? false) || (isLast && after == nil)) {
                add(strong, word)
            }
        }
        // Full names mentioned anywhere come after the names used in address.
        for name in mentioned where !found.contains(where: { $0.author == name.author }) { found.append(name) }
        return found
    }

    /// A greeting just before the name, or before the capitalised words leading up to it ("Night Old Git").
    private static func greetingBefore(_ index: Int, in words: [Substring], rules: PlainTextRules) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3 {
            let word = String.bare(words[position])
            if rules.greetings.contains(word) { return true }
            guard words[position].first?.isUppercase == true else { return false }
            position -= 1
        }
        return false
    }
}
