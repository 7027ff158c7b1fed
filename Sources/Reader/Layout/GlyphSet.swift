/// The drawing characters for tree guides, quote bars and author badges,
/// with an ASCII set for terminals or fonts without box drawing.
public struct GlyphSet: Sendable, Equatable {
    /// Tree guides are two columns each: a line past a comment, a branch, the last branch.
    public var vertical: String
    public var branch: String
    public var lastBranch: String
    public var quoteBar: String
    /// Drawn in the first column of every row of the selected comment, so it shows without colour.
    public var selectionMarker: String
    /// Before a reply deeper than the indentation goes: it answers the comment above.
    public var deepReply: String
    /// Shapes handed to authors next to their colour, so authors stay apart without colour.
    public var badges: [String]

    public static let unicode = GlyphSet(vertical: "│ ", branch: "├ ", lastBranch: "└ ", quoteBar: "▌", selectionMarker: "▌", deepReply: "↳ ",
                                         badges: ["●", "◆", "■", "▲", "★", "◇", "○", "□", "△", "☆", "✚", "♣"])
    public static let ascii = GlyphSet(vertical: "| ", branch: "|-", lastBranch: "`-", quoteBar: ">", selectionMarker: ">", deepReply: "->",
                                       badges: ["*", "+", "#", "@", "%", "&", "=", "~", "$", "^"])
}
