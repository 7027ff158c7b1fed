/// One paragraph-level piece of text in an article or a comment, with its inline styling.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case paragraph
        /// Text repeated from an earlier comment or set in quotation marks.
        case quote
        case subheading
        /// Preformatted text (code, patches, tables of text) whose line breaks and spacing matter.
        case preformatted
        /// One paragraph of a list item; `list` says its depth and marker.
        case listItem
        /// Rows separated by `\n`, cells by `\t`: laid out in columns when drawn.
        case table
        /// A thematic break; its text is empty.
        case rule
        /// A mail's or a comment's signature, after `-- `: shown dim.
        case signature
    }

    /// Where a list item sits: how deep (1 = top level) and what it shows before its text.
    public struct ListPlace: Sendable, Equatable {
        public enum Marker: Sendable, Equatable {
            case bullet
            case number(Int)
            /// A later paragraph of the same item: indented, no marker.
            case continuation
        }
        public var depth: Int
        public var marker: Marker

        public init(depth: Int, marker: Marker) {
            self.depth = depth
            self.marker = marker
        }
    }

    public var text: String
    /// For a quote that repeats an earlier comment: that comment's index.
    public var quotedComment: Int?
    /// Emphasis, code, links… over parts of `text`, in order of their start.
    public var spans: [Span]
    public var list: ListPlace?
    public var kind: Kind
    /// How many quote levels enclose the block (mail's `>>` is 2); at least 1 for a `.quote`.
    public var quoteLevel: Int

    public init(_ kind: Kind, _ text: String, quotedComment: Int? = nil, spans: [Span] = [],
                quoteLevel: Int? = nil, list: ListPlace? = nil) {
        self.kind = kind
        self.text = text
        self.quotedComment = quotedComment
        self.spans = spans
        self.quoteLevel = quoteLevel ?? (kind == .quote ? 1 : 0)
        self.list = list
    }

    public static func paragraph(_ text: String) -> Block { Block(.paragraph, text) }
    public static func quote(_ text: String) -> Block { Block(.quote, text) }

    /// Quoted in any way: a quoted paragraph, or a list, code or table inside a quotation.
    public var isQuoted: Bool { quoteLevel > 0 }
}
