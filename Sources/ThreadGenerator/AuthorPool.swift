/// A cast of distinct commenters, each writing mostly in one language; names mix title-case
/// names, handles and CJK so every kind of name line the parser knows appears.
struct AuthorPool {
    struct Author {
        var name: String
        var language: Lexicon.Language
    }

    private(set) var authors: [Author] = []

    init(count: Int, random: inout SplitMix64) {
        var taken = Set<String>()
        while authors.count < count {
            let language: Lexicon.Language
            var name: String
            switch Double.random(in: 0..<1, using: &random) {
            case ..<0.55:
                language = random.chance(0.85) ? .english : .romance
                name = random.pick(Lexicon.firstNames) + " " + random.pick(Lexicon.lastNames)
            case ..<0.8:
                language = .english
                name = random.pick(Lexicon.handleWords) + "_" + String(Int.random(in: 1...999, using: &random))
            case ..<0.9:
                language = .russian
                name = random.pick(["Ольга", "Иван", "Сергей", "Наталья", "Дмитрий"]) + " "
                    + random.pick(["Иванов", "Смирнова", "Петров", "Кузнецова", "Волков"])
            default:
                language = .chinese
                name = random.pick(Lexicon.chineseNames)
            }
            // Recurring base names get a distinguishing suffix, as sites do.
            if taken.contains(name) { name += String(Int.random(in: 2...9999, using: &random)) }
            guard taken.insert(name).inserted else { continue }
            authors.append(Author(name: name, language: language))
        }
    }
}
