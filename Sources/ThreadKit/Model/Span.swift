/// Inline styling over part of a block's text, as the source marked it up.
public struct Span: Sendable, Equatable {
    public enum Style: String, Sendable, CaseIterable {
        case emphasis, strong, code, strikethrough, link, superscript, spoiler
    }

    /// UTF-8 offsets into the block's text.
    public var range: Range<Int>
    public var style: Style
    /// For a link: its place in the comment's (or article's) `links`.
    public var link: Int?

    public init(_ style: Style, _ range: Range<Int>, link: Int? = nil) {
        self.style = style
        self.range = range
        self.link = link
    }
}
