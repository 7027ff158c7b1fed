/// Named styles with fallback from specific to general, plus the colours authors get.
///
/// A lookup of `comment.author.anonymous` tries that name, then `comment.author`,
/// then `comment`, then `ui.text` (as helix themes do).
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [String: Style] { didSet { resolved = Self.resolve(styles) } }
    /// Each style name with its fallbacks followed: rows are drawn with many lookups, and names hash slowly.
    private var resolved: [StyleName: Style]
    /// Colours handed to authors by a stable hash of their name; never empty in a loaded theme.
    public var authorPalette: [Color]
    /// The terminal colours `default` stands for; used only to check contrast.
    public var terminalBackground: Color
    public var terminalForeground: Color

    public init(
        name: String, styles: [String: Style], authorPalette: [Color],
        terminalBackground: Color = .rgb(0, 0, 0), terminalForeground: Color = .rgb(255, 255, 255)
    ) {
        self.name = name
        self.styles = styles
        resolved = Self.resolve(styles)
        self.authorPalette = authorPalette
        self.terminalBackground = terminalBackground
        self.terminalForeground = terminalForeground
    }

    /// The selection's bar: the theme's own marker style, else the selection's colour as a bold bar.
    public var selectionMarkerStyle: Style {
        if let marker = styles[StyleName.selectionMarker.rawValue] { return marker }
        let selection = style(.selection)
        return Style(foreground: selection.background == .default ? selection.foreground : selection.background, attributes: .bold)
    }

    public func style(_ name: StyleName) -> Style {
        resolved[name] ?? .plain
    }

    private static func resolve(_ styles: [String: Style]) -> [StyleName: Style] {
        var resolved: [StyleName: Style] = [:]
        for name in StyleName.allCases {
            var key = Substring(name.rawValue)
            while styles[String(key)] == nil, let dot = key.lastIndex(of: ".") { key = key[..<dot] }
            resolved[name] = styles[String(key)] ?? styles[StyleName.text.rawValue] ?? .plain
        }
        return resolved
    }
}

/// Every style name the reader draws with; themes may set any of them.
public enum StyleName: String, CaseIterable, Sendable {
    case text = "ui.text"
    case status = "ui.status"
    case statusKey = "ui.status.key"
    case selection = "ui.selection"
    /// The bar in the gutter beside every row of the selected comment.
    case selectionMarker = "ui.selection.marker"
    case match = "ui.match"
    case border = "ui.border"
    case help = "ui.help"
    case helpKey = "ui.help.key"
    case overlay = "ui.overlay"
    case articleTitle = "article.title"
    case articleByline = "article.byline"
    case articleCaption = "article.caption"
    case articleSubheading = "article.subheading"
    case articleText = "article.text"
    case author = "comment.author"
    case authorAnonymous = "comment.author.anonymous"
    /// `OP` beside the submitter's name, `mod` beside a moderator's.
    case submitter = "comment.author.op"
    case meta = "comment.meta"
    case inferred = "comment.meta.inferred"
    case commentText = "comment.text"
    /// A comment read before: drawn dimmer. And the `new` mark of one that was not there last time.
    case read = "comment.read"
    case newMark = "comment.meta.new"
    /// Inline code and the colour a link's underline is drawn in.
    case code = "comment.text.code"
    case link = "comment.text.link"
    case quote = "comment.quote"
    /// Every second level of quoting (`>>`), so that levels stand apart.
    case quoteDeeper = "comment.quote.deeper"
    /// A signature after `-- `, and rules between blocks.
    case signature = "comment.signature"
    case guide = "comment.guide"
    case folded = "comment.folded"
    case context = "comment.context"
    case highlight = "comment.highlight"
    case placeholder = "ui.placeholder"
}
