/// Sentences and paragraphs that read like comment text: varied length, final punctuation
/// (so the plain-text parser never mistakes a body for a name), now and then an emoji.
struct Prose {
    var random: SplitMix64

    mutating func sentence(in language: Lexicon.Language) -> String {
        let count = Int.random(in: 4...14, using: &random)
        var text: String
        switch language {
        case .chinese:
            text = (0..<max(3, count / 2)).map { _ in random.pick(Lexicon.chinese) }.joined() + random.pick(["。", "！", "？"])
            return random.chance(0.1) ? text + random.pick(Lexicon.emoji) : text
        case .english: text = words(count, from: Lexicon.english)
        case .romance: text = words(count, from: random.chance(0.5) ? Lexicon.romance : Lexicon.english)
        case .russian: text = words(count, from: Lexicon.russian)
        }
        text = text.prefix(1).uppercased() + text.dropFirst()
        if count > 9, random.chance(0.3) {
            // A comma mid-sentence, as people write.
            let words = text.split(separator: " ")
            text = words[..<(count / 2)].joined(separator: " ") + ", " + words[(count / 2)...].joined(separator: " ")
        }
        text += random.pick([".", ".", ".", ".", "?", "!", "…"])
        return random.chance(0.05) ? text + " " + random.pick(Lexicon.emoji) : text
    }

    mutating func paragraph(in language: Lexicon.Language) -> String {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in sentence(in: language) }.joined(separator: " ")
    }

    /// One to six paragraphs, most comments short.
    mutating func body(in language: Lexicon.Language) -> [String] {
        let roll = Double.random(in: 0..<1, using: &random)
        let count = roll < 0.5 ? 1 : roll < 0.8 ? 2 : roll < 0.95 ? 3 : Int.random(in: 4...6, using: &random)
        return (0..<count).map { _ in paragraph(in: language) }
    }

    mutating func title() -> String {
        words(Int.random(in: 6...11, using: &random), from: Lexicon.english)
            .split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private mutating func words(_ count: Int, from list: [String]) -> String {
        (0..<count).map { _ in random.pick(list) }.joined(separator: " ")
    }
}
