/// How an author is told apart: a colour from the theme's palette and a badge shape, chosen by a hash
/// of the name that is the same on every run. The thread's most prolific authors, in order, take the
/// next free one when theirs is taken by someone above them, so the twelve met most never share either.
struct AuthorLook {
    let theme: Theme
    let glyphs: GlyphSet
    /// Colour and badge indices of the most prolific authors, where the hash's pick was taken.
    private var colours: [String: Int] = [:]
    private var badges: [String: Int] = [:]

    /// `prolific`: the thread's most prolific authors, most first (`DocumentView.prolificAuthors`).
    init(theme: Theme, glyphs: GlyphSet, prolific: [String]) {
        self.theme = theme
        self.glyphs = glyphs
        colours = Self.distinct(prolific, among: theme.authorPalette.count) { Self.hash($0) }
        badges = Self.distinct(prolific, among: glyphs.badges.count) { Self.hash($0) >> 16 }
    }

    /// Each author's pick from `count` choices, stepping past those taken by authors before it while any is free.
    private static func distinct(_ authors: [String], among count: Int, pick: (String) -> Int) -> [String: Int] {
        guard count > 0 else { return [:] }
        var taken = Set<Int>(), chosen: [String: Int] = [:]
        for author in authors {
            var choice = pick(author) % count
            while taken.contains(choice) && taken.count < count { choice = (choice + 1) % count }
            taken.insert(choice)
            chosen[author] = choice
        }
        return chosen
    }

    func style(of author: String?) -> Style {
        guard let author else { return theme.style(.authorAnonymous).layered(with: Style(attributes: .italic)) }
        var style = theme.style(.author)
        if !theme.authorPalette.isEmpty {
            style.foreground = theme.authorPalette[colours[author] ?? Self.hash(author) % theme.authorPalette.count]
        }
        style.attributes.insert(.bold)
        return style
    }

    /// The badge and name as shown on author lines and in the commenter list; the badge uses other bits
    /// of the hash than the colour, so two authors rarely share both.
    func label(of author: String?) -> String {
        guard let author else { return "anonymous" }
        return glyphs.badges[badges[author] ?? (Self.hash(author) >> 16) % glyphs.badges.count] + " " + author
    }

    /// 32-bit FNV-1a over the UTF-8 bytes: Swift's `hashValue` changes from run to run.
    static func hash(_ name: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int(hash)
    }
}
