/// How an author is told apart: a colour from the theme's palette and a badge shape,
/// both chosen by a hash of the name that is the same on every run.
struct AuthorLook {
    let theme: Theme
    let glyphs: GlyphSet

    func style(of author: String?) -> Style {
        guard let author else { return theme.style(.authorAnonymous).layered(with: Style(attributes: .italic)) }
        var style = theme.style(.author)
        if !theme.authorPalette.isEmpty {
            style.foreground = theme.authorPalette[Self.hash(author) % theme.authorPalette.count]
        }
        style.attributes.insert(.bold)
        return style
    }

    /// The badge and name as shown on author lines and in the commenter list; the badge uses
    /// other bits of the hash than the colour, so two authors rarely share both.
    func label(of author: String?) -> String {
        guard let author else { return "anonymous" }
        return glyphs.badges[(Self.hash(author) >> 16) % glyphs.badges.count] + " " + author
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
