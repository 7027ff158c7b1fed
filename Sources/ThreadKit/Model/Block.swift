/// One paragraph-level piece of text in an article or a comment.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case paragraph
        /// Text repeated from an earlier comment or set in quotation marks.
        case quote
        case subheading
        /// Preformatted text (code, signatures) whose line breaks matter.
        case preformatted
    }

    // Declared in this order so a block packs into 32 bytes (kind last fills quotedComment's padding).
    public var text: String
    /// For a quote that repeats an earlier comment: that comment's index.
    public var quotedComment: Int?
    public var kind: Kind

    public init(_ kind: Kind, _ text: String, quotedComment: Int? = nil) {
        self.kind = kind
        self.text = text
        self.quotedComment = quotedComment
    }

    public static func paragraph(_ text: String) -> Block { Block(.paragraph, text) }
    public static func quote(_ text: String) -> Block { Block(.quote, text) }
}
